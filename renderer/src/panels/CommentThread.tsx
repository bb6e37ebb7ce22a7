import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Thread } from '../../../shared/model/comments';
import type { Comment } from '../../../shared/model/types';
import type { Language } from '../../../shared/model/vocabulary';
import { isIsoDateTime } from '../../../shared/time/dateTime';
import { dispatch, notify, useEditor } from '../store/editor';

/** The moment in the reader's language and time zone: "2 maj 2024 14:30" / "2 May 2024, 14:30". */
function formatTime(at: string, lang: Language): string | null {
  if (!isIsoDateTime(at)) return null;
  return new Intl.DateTimeFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(at));
}

/** One thread: its first comment, the replies, and what the reader may do (reply, resolve, change or delete their own). */
export function CommentThread({ thread, me }: { thread: Thread; me: string | null }) {
  const { t } = useTranslation();
  const { root, replies } = thread;
  const [replying, setReplying] = useState(false);
  const headingId = useId();
  return (
    <li className={`comment-thread ${root.resolved ? 'is-resolved' : ''}`} aria-labelledby={headingId}>
      <CommentItem comment={root} me={me} headingId={headingId} />
      {replies.length > 0 ? (
        <ul className="comment-replies" aria-label={t('comments.replies', { count: replies.length })}>
          {replies.map((r) => (
            <li key={r.id}>
              <CommentItem comment={r} me={me} />
            </li>
          ))}
        </ul>
      ) : null}
      {me !== null ? (
        <div className="comment-actions">
          <button type="button" aria-expanded={replying} onClick={() => setReplying(!replying)}>
            {t('comments.reply')}
          </button>
          <button type="button" onClick={() => dispatch({ type: 'resolveThread', id: root.id, resolved: !root.resolved })}>
            {root.resolved ? t('comments.reopen') : t('comments.resolve')}
          </button>
        </div>
      ) : null}
      {me !== null && replying ? <ReplyForm root={root} author={me} onDone={() => setReplying(false)} /> : null}
    </li>
  );
}

function CommentItem({ comment, me, headingId }: { comment: Comment; me: string | null; headingId?: string }) {
  const { t } = useTranslation();
  const lang = useEditor((s) => s.lang);
  const [editing, setEditing] = useState(false);
  const own = me !== null && me === comment.author;
  const time = formatTime(comment.at, lang);
  return (
    <article className="comment" aria-labelledby={headingId}>
      <p className="comment-meta" id={headingId}>
        <strong>{comment.author || t('collab.anonymous')}</strong>{' '}
        {time ? <time dateTime={comment.at}>{time}</time> : <span>{t('comments.unknownTime')}</span>}
        {comment.replyTo === null && comment.resolved ? <span className="comment-resolved"> · {t('comments.resolvedBadge')}</span> : null}
      </p>
      {editing && own ? (
        <TextForm
          label={t('comments.editLabel')}
          initial={comment.text}
          submit={t('comments.save')}
          onSubmit={(text) => dispatch({ type: 'editComment', id: comment.id, text, by: me ?? '' }).ok}
          onDone={() => setEditing(false)}
        />
      ) : (
        <p className="comment-text">{comment.text}</p>
      )}
      {own && !editing ? (
        <div className="comment-own">
          <button type="button" className="link" onClick={() => setEditing(true)}>
            {t('comments.edit')}
          </button>
          <button
            type="button"
            className="link"
            onClick={() => {
              if (dispatch({ type: 'deleteComment', id: comment.id, by: me ?? '' }).ok) notify({ kind: 'info', key: 'comments.deleted' });
            }}
          >
            {t('comments.delete')}
          </button>
        </div>
      ) : null}
    </article>
  );
}

function ReplyForm({ root, author, onDone }: { root: Comment; author: string; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <TextForm
      label={t('comments.replyLabel', { author: root.author || t('collab.anonymous') })}
      initial=""
      submit={t('comments.sendReply')}
      onSubmit={(text) => dispatch({ type: 'addComment', comment: { replyTo: root.id, target: root.target, text, author } }).ok}
      onDone={onDone}
    />
  );
}

/** A text area with a submit and a cancel button; Ctrl+Enter submits, Escape cancels. */
function TextForm(props: { label: string; initial: string; submit: string; onSubmit: (text: string) => boolean; onDone: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState(props.initial);
  const submit = () => {
    if (text.trim() !== '' && props.onSubmit(text)) props.onDone();
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
        <label htmlFor={id}>{props.label}</label>
        <textarea
          id={id}
          rows={2}
          maxLength={5000}
          autoFocus
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              submit();
            } else if (e.key === 'Escape') props.onDone();
          }}
        />
      </div>
      <div className="comment-actions">
        <button type="submit" disabled={text.trim() === ''}>
          {props.submit}
        </button>
        <button type="button" onClick={props.onDone}>
          {t('comments.cancel')}
        </button>
      </div>
    </form>
  );
}
