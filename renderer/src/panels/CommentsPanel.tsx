import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { threadsOf, type Thread } from '../../../shared/model/comments';
import type { CommentTarget, MandatModel } from '../../../shared/model/types';
import { labelOn } from '../../../shared/time/names';
import { setUserName, userName } from '../collab/identity';
import { dispatch, useEditor } from '../store/editor';
import { CommentThread } from './CommentThread';
import { bodyIdIn, lineIdIn } from '../modelIds';

type Filter = 'open' | 'resolved' | 'all';

/** What the panel comments on: the one selected body or line, else (nothing selected) the map. */
function useTarget(): CommentTarget | { kind: 'several'; count: number } {
  const bodies = useEditor((s) => s.selectedBodies);
  const lines = useEditor((s) => s.selectedLines);
  const model = useEditor((s) => s.model);
  const body = bodies.length === 1 && lines.length === 0 ? bodyIdIn(model, bodies[0]) : null;
  if (body) return { kind: 'body', id: body };
  const line = bodies.length === 0 && lines.length === 1 ? lineIdIn(model, lines[0]) : null;
  if (line) return { kind: 'line', id: line };
  if (bodies.length === 0 && lines.length === 0) return { kind: 'map' };
  return { kind: 'several', count: bodies.length + lines.length };
}

function targetName(model: MandatModel, target: CommentTarget, asOf: string, onMap: string): string {
  const body = (id: string) => {
    const b = model.bodies.get(id);
    return b ? labelOn(b, asOf) : id;
  };
  if (target.kind === 'map') return onMap;
  if (target.kind === 'body') return body(target.id);
  const line = model.reportingLines.get(target.id);
  return line ? `${body(line.from)} → ${body(line.to)}` : target.id;
}

/** The comment threads of the selected body or line, or of the whole map: read, write, reply, resolve. */
export function CommentsPanel() {
  const { t } = useTranslation();
  const model = useEditor((s) => s.model);
  const asOf = useEditor((s) => s.asOf);
  const readOnly = useEditor((s) => s.collab?.readOnly ?? false);
  const target = useTarget();
  const [me, setMe] = useState(userName);
  const [renaming, setRenaming] = useState(false);
  const [filter, setFilter] = useState<Filter>('open');
  if (target.kind === 'several') return <p className="empty">{t('comments.several', { count: target.count })}</p>;

  const threads = threadsOf(model, target);
  const open = threads.filter((th) => !th.root.resolved);
  const shown: Thread[] = filter === 'open' ? open : filter === 'resolved' ? threads.filter((th) => th.root.resolved) : threads;
  const counts: Record<Filter, number> = { open: open.length, resolved: threads.length - open.length, all: threads.length };
  const canWrite = !readOnly && me !== '' && !renaming;

  return (
    <div className="comments">
      <h2>{t('comments.title', { target: targetName(model, target, asOf, t('comments.onMap')) })}</h2>
      {readOnly ? null : me === '' || renaming ? (
        <NameForm
          initial={me}
          onSave={(name) => {
            setUserName(name);
            setMe(name);
            setRenaming(false);
          }}
        />
      ) : (
        <p className="muted comment-writer">
          {t('comments.writingAs', { name: me })}{' '}
          <button type="button" className="link" onClick={() => setRenaming(true)}>
            {t('comments.changeName')}
          </button>
        </p>
      )}
      {canWrite ? <NewComment target={target} author={me} /> : null}
      <fieldset className="comment-filter">
        <legend>{t('comments.filter')}</legend>
        {(['open', 'resolved', 'all'] as const).map((f) => (
          <label key={f} className="chip">
            <input type="radio" name="comment-filter" value={f} checked={filter === f} onChange={() => setFilter(f)} /> {t(`comments.${f}`, { count: counts[f] })}
          </label>
        ))}
      </fieldset>
      {threads.length === 0 ? <p className="empty">{t('comments.none')}</p> : null}
      {threads.length > 0 && shown.length === 0 ? <p className="empty">{t('comments.noneShown')}</p> : null}
      <ul className="comment-threads">
        {shown.map((th) => (
          <CommentThread key={th.root.id} thread={th} me={canWrite ? me : null} />
        ))}
      </ul>
    </div>
  );
}

/** Asks for the name written on one's comments; kept in this browser (collab/identity). */
function NameForm({ initial, onSave }: { initial: string; onSave: (name: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState(initial);
  return (
    <form
      className="comment-name"
      onSubmit={(e) => {
        e.preventDefault();
        if (name.trim() !== '') onSave(name.trim());
      }}
    >
      <div className="field">
        <label htmlFor={id}>{t('comments.yourName')}</label>
        <input id={id} type="text" required autoComplete="name" value={name} aria-describedby={`${id}-hint`} onChange={(e) => setName(e.target.value)} />
        <small id={`${id}-hint`} className="hint">
          {t('comments.nameHint')}
        </small>
      </div>
      <button type="submit">{t('comments.saveName')}</button>
    </form>
  );
}

/** A new thread on the target. */
function NewComment({ target, author }: { target: CommentTarget; author: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const submit = () => {
    if (text.trim() === '') return;
    if (dispatch({ type: 'addComment', comment: { target, text, author } }).ok) setText('');
  };
  return (
    <form
      className="comment-form"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <div className="field">
        <label htmlFor={id}>{t('comments.new')}</label>
        <textarea
          id={id}
          rows={3}
          maxLength={5000}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              submit();
            }
          }}
        />
      </div>
      <button type="submit" disabled={text.trim() === ''}>
        {t('comments.add')}
      </button>
    </form>
  );
}
