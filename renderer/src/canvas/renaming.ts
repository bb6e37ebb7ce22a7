import { create } from 'zustand';
import { nameOn } from '../../../shared/time/names';
import { showBodyForm } from '../review/bodyForm';
import { dispatch, editsRefused, notify, select, showPanel, useEditor } from '../store/editor';
import { bodyIdIn } from '../modelIds';
import { visibleBodies } from './visibleBodies';
import { UNDO_KEYS } from '../shell/undoKeys';

/**
 * The body whose name is being edited on its box, if any. `text` is what the field starts
 * with: null for the current name selected whole (F2, double-click, a new body), or the
 * character typed on a selected body, which replaces the name as in a spreadsheet cell.
 */
export interface Renaming {
  readonly id: string | null;
  readonly text: string | null;
  /**
   * Counts the fields opened: each opening is a field of its own (NameOnBox.tsx: NameField
   * keys the field by it), so a field closed and opened again on the same box before the canvas drew
   * the closing (Enter, then F2 at once) is a fresh one that takes the keys, not the closed one.
   */
  readonly session: number;
}

export const useRenaming = create<Renaming>()(() => ({ id: null, text: null, session: 0 }));

/**
 * Opens the name field on the body's box, where the name can be changed there. Not where
 * the map cannot change (review mode, told once why; a viewer's session), and not on a date
 * on which the box shows a name the body had before: the field would change its current
 * name while showing the old one, so the body's form opens instead, with a word on where
 * its names are changed.
 */
export function startRename(id: string, text: string | null = null): void {
  const { model, asOf, collab } = useEditor.getState();
  if (collab?.readOnly) {
    notify({ kind: 'error', key: 'collab.viewOnly' });
    return;
  }
  if (editsRefused()) return;
  const body = model.bodies.get(id);
  const shown = body ? nameOn(body, asOf).name : undefined;
  if (body && shown !== undefined && shown !== body.name) {
    select([id]);
    showPanel('body');
    showBodyForm(id);
    notify({ kind: 'info', key: 'manipulation.formerName', values: { date: asOf, shown, current: body.name } });
    return;
  }
  holdKeysForField();
  useRenaming.setState((s) => ({ id, text, session: s.session + 1 }));
}

/** Closes the name field (after it committed or cancelled). */
export function stopRename(): void {
  releaseKeys();
  typedAhead = [];
  if (useRenaming.getState().id !== null) useRenaming.setState({ id: null, text: null });
}

/**
 * Keys typed between asking for the name field and the field being there. The canvas draws
 * a new body a render or two later (longer on a slow laptop), and until then the keyboard is
 * still on the button or menu that added it: a name typed at once went nowhere, and an Enter
 * pressed the button again and added a second body. They are held here and given to the field.
 */
let typedAhead: string[] = [];
let releaseKeys: () => void = () => undefined;
/** Longest the keys are held back from the page for a field still to come; a body the filters hide is then named without it. */
const HOLD_MS = 2000;

/** On a Mac, Option types characters (@ | [ ] { on a Swedish keyboard); shortcuts there take Cmd. */
const OPTION_TYPES = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);

function isHeld(e: KeyboardEvent): boolean {
  if (e.isComposing) return false;
  // AltGr (Ctrl+Alt on Windows) types @, £, $, { and the like on a Swedish keyboard; other Ctrl and Alt keys are shortcuts.
  const altTypes = e.getModifierState('AltGraph') || (OPTION_TYPES && !e.ctrlKey && !e.metaKey);
  const shortcut = (e.ctrlKey || e.metaKey || e.altKey) && !altTypes;
  if (shortcut) return false;
  // One character (an emoji is two UTF-16 units), or a key the field acts on.
  if ([...e.key].length !== 1 && e.key !== 'Enter' && e.key !== 'Escape' && e.key !== 'Backspace') return false;
  // A key typed into another field (the search) belongs to that field.
  const target = e.target;
  return !(target instanceof HTMLElement && (target.isContentEditable || target.matches('input, textarea, select')));
}

function holdKeysForField(): void {
  releaseKeys();
  typedAhead = [];
  const hold = (e: KeyboardEvent): void => {
    if (!isHeld(e)) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    if (e.type === 'keydown') typedAhead.push(e.key);
  };
  window.addEventListener('keydown', hold, true);
  // The key's release too: a button pressed with the space bar clicks when it is released.
  window.addEventListener('keyup', hold, true);
  const timer = window.setTimeout(() => {
    releaseKeys();
    nameWithoutField();
  }, HOLD_MS);
  releaseKeys = () => {
    window.removeEventListener('keydown', hold, true);
    window.removeEventListener('keyup', hold, true);
    window.clearTimeout(timer);
    releaseKeys = () => undefined;
  };
}

/**
 * The field never comes (the filters hide the new body's level or kind): what was typed for
 * it names the body all the same, as one undoable edit, and the person is told where it
 * went, rather than the keys being dropped without a word. A box the filters show is only
 * slow to be drawn, and its field takes the keys when it comes.
 */
function nameWithoutField(): void {
  const { id, text: initial } = useRenaming.getState();
  if (typedAhead.length === 0 || id === null) return;
  const state = useEditor.getState();
  // A box the filters let through is only slow to come (a large map, a slow laptop): its field takes the keys when it does.
  if (visibleBodies(state.model, state).some((b) => b.id === id)) return;
  const keys = typedAhead;
  typedAhead = [];
  useRenaming.setState({ id: null, text: null });
  const { model } = state;
  const body = bodyIdIn(model, id);
  const current = body === null ? undefined : model.bodies.get(body);
  if (body === null || !current) return;
  const { text, then } = applyTypedAhead(initial ?? current.name, initial === null, keys);
  const name = text.trim();
  if (then === 'cancel' || name === '' || name === current.name) return;
  if (dispatch({ type: 'updateBody', id: body, changes: { name } }).ok) notify({ kind: 'info', key: 'manipulation.namedWithoutField', values: { name, undo: UNDO_KEYS } });
}

/** Called by the name field once it has the keyboard: the keys typed before it was there, in order. */
export function takeTypedAhead(): readonly string[] {
  releaseKeys();
  const keys = typedAhead;
  typedAhead = [];
  return keys;
}

/** What the field holds, and whether it was closed, after keys typed ahead: as if typed into it. */
export function applyTypedAhead(
  start: string,
  wholeSelected: boolean,
  keys: readonly string[],
): { readonly text: string; readonly then: 'edit' | 'commit' | 'cancel' } {
  let text = start;
  let whole = wholeSelected;
  for (const key of keys) {
    if (key === 'Enter') return { text, then: 'commit' };
    if (key === 'Escape') return { text, then: 'cancel' };
    if (key === 'Backspace') text = whole ? '' : Array.from(text).slice(0, -1).join('');
    else text = whole ? key : text + key;
    whole = false;
  }
  return { text, then: 'edit' };
}
