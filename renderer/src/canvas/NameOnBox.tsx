import { useEffect, useRef, useState } from 'react';
import type { TFunction } from 'i18next';
import { plainIssue } from '../../../shared/model/plainIssue';
import { dispatch, useEditor, withRefusalShownByCaller } from '../store/editor';
import { applyTypedAhead, stopRename, takeTypedAhead, useRenaming } from './renaming';
import { bodyIdIn } from '../modelIds';
import { nameOn } from '../../../shared/time/names';
import type { Body, MandatModel } from '../../../shared/model/types';

/** The body as the store's model (not the deferred drawing's) has it now. */
function bodyNow(model: MandatModel, id: string): Body | undefined {
  const body = bodyIdIn(model, id);
  return body === null ? undefined : model.bodies.get(body);
}

/** The body's current name in the store's model, or null. */
const liveName = (model: MandatModel, id: string): string | null => bodyNow(model, id)?.name ?? null;

/** Puts the keyboard back on the body's box, so arrow keys, F2 and Delete go on working there. */
function focusBox(id: string): void {
  const box = document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
  box?.focus({ preventScroll: true });
}

/**
 * Where the canvas draws a box as being renamed (it follows the renaming a moment later, with
 * its deferred drawing): the name field while this box is the one being renamed, one field
 * for each time one is opened (renaming.ts: `session`), so that a field opened again on the
 * same box before the canvas has drawn the closing (Enter, then F2 at once) is a new one that
 * takes the keys, not the closed one. Once closed, the box's name at once, as the store has it
 * on the date (the name just committed, which the deferred drawing has yet to show; `shown`
 * if the body is gone): a closed field is never there to type into. The field starts with
 * what the opening set (a typed first letter), read once when it opens.
 */
export function NameField({ id, name, shown, t }: { id: string; name: string; shown: string; t: TFunction }) {
  const session = useRenaming((s) => (s.id === id ? s.session : null));
  const live = useEditor((s) => {
    const body = bodyNow(s.model, id);
    return body ? nameOn(body, s.asOf).name : null;
  });
  if (session === null) return <div className="body-node-name">{live ?? shown}</div>;
  return <NameOnBox key={session} id={id} name={name} session={session} initial={useRenaming.getState().text} t={t} />;
}

/**
 * The name field on a body's box: Enter or leaving the field commits the name as one
 * undoable edit, Escape puts the old name back. A name the model refuses (an empty one)
 * stays in the field with the reason under it.
 */
export function NameOnBox({ id, name, session, initial, t }: { id: string; name: string; session: number; initial: string | null; t: TFunction }) {
  const lang = useEditor((s) => s.lang);
  // The name as it is now. The box is drawn from the canvas's deferred model, which may not
  // have a rename made a moment ago (Enter, then F2 at once): the field starts from the
  // body's current name.
  const [draft, setDraft] = useState(() => initial ?? liveName(useEditor.getState().model, id) ?? name);
  const [error, setError] = useState<string | null>(null);
  const field = useRef<HTMLInputElement>(null);
  const done = useRef(false);
  const opened = useRef(false);
  useEffect(() => {
    const input = field.current;
    // Once per field: React's StrictMode runs the effect twice in development, and a second
    // run would select what was typed ahead (the next key replacing it) or refocus a closed field.
    if (!input || opened.current || done.current) return;
    opened.current = true;
    input.focus({ preventScroll: true });
    // Keys typed before the field was drawn go into it, as if it had been there.
    const ahead = takeTypedAhead();
    if (ahead.length > 0) {
      const { text, then } = applyTypedAhead(input.value, initial === null, ahead);
      if (then === 'cancel') return finish(true);
      input.value = text;
      setDraft(text);
      input.setSelectionRange(text.length, text.length);
      if (then === 'commit') commit(true, text);
      return;
    }
    // F2, double-click and a new body select the whole name; a typed first letter goes on after itself.
    if (initial === null) input.select();
    else input.setSelectionRange(input.value.length, input.value.length);
  }, [initial]);

  // What is typed, for the field's going (below).
  const typedNow = useRef(draft);
  typedNow.current = draft;
  // A field that goes without Enter, Escape or leaving it (another body's field opened with
  // Ctrl+B or a menu while this one had the keyboard: the box draws its name at once, and a
  // removed field gets no blur) keeps what was typed, as leaving it would. Not when this
  // field is still the one open (React's StrictMode unmounting to test) or when it closed.
  useEffect(
    () => () => {
      if (done.current) return;
      const now = useRenaming.getState();
      if (now.id === id && now.session === session) return;
      done.current = true;
      const value = typedNow.current.trim();
      const { model } = useEditor.getState();
      const body = bodyIdIn(model, id);
      if (body === null || value === '' || value === liveName(model, id)) return;
      dispatch({ type: 'updateBody', id: body, changes: { name: value } });
    },
    [id, session],
  );

  const finish = (refocus: boolean): void => {
    done.current = true;
    stopRename();
    if (refocus) focusBox(id);
  };
  const commit = (refocus: boolean, typed: string = draft): void => {
    if (done.current) return;
    const value = typed.trim();
    // Compared with the name the body has now (a colleague may have renamed it meanwhile).
    if (value === liveName(useEditor.getState().model, id)) return finish(refocus);
    const body = bodyIdIn(useEditor.getState().model, id);
    if (body === null) return finish(false);
    // Refused while the field is open (an empty name), the reason is said under the field, not in a toast as well.
    const rename = () => dispatch({ type: 'updateBody', id: body, changes: { name: value } });
    const result = refocus ? withRefusalShownByCaller(rename) : rename();
    if (result.ok) return finish(refocus);
    // Refused (an empty name): the field stays open with the reason in words, unless focus has gone elsewhere.
    if (!refocus) return finish(false);
    const issue = result.issues[0];
    setError(issue ? plainIssue(issue)[lang] : '');
  };

  return (
    <div className="name-on-box nodrag nopan">
      <input
        ref={field}
        className="name-on-box-input nodrag nopan nowheel"
        aria-label={t('manipulation.nameField')}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `name-error-${id}` : undefined}
        value={draft}
        onChange={(e) => {
          setDraft(e.target.value);
          setError(null);
        }}
        onKeyDown={(e) => {
          // The box (arrow keys move it) does not see keys typed into the name; Ctrl+S and the like still reach the window.
          if (!e.ctrlKey && !e.metaKey) e.stopPropagation();
          if (e.key === 'Enter') {
            e.preventDefault();
            commit(true);
          } else if (e.key === 'Escape') {
            e.preventDefault();
            finish(true);
          }
        }}
        onBlur={() => commit(false)}
        onDoubleClick={(e) => e.stopPropagation()}
      />
      {error ? (
        <small id={`name-error-${id}`} className="name-on-box-error" role="alert">
          {error}
        </small>
      ) : null}
    </div>
  );
}
