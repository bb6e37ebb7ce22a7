import { create } from 'zustand';
import { nameOn } from '../../../shared/time/names';
import { showBodyForm } from '../review/bodyForm';
import { editsRefused, notify, select, showPanel, useEditor } from '../store/editor';

/**
 * The body whose name is being edited on its box, if any. `text` is what the field starts
 * with: null for the current name selected whole (F2, double-click, a new body), or the
 * character typed on a selected body, which replaces the name as in a spreadsheet cell.
 */
export interface Renaming {
  readonly id: string | null;
  readonly text: string | null;
}

export const useRenaming = create<Renaming>()(() => ({ id: null, text: null }));

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
  useRenaming.setState({ id, text });
}

/** Closes the name field (after it committed or cancelled). */
export function stopRename(): void {
  if (useRenaming.getState().id !== null) useRenaming.setState({ id: null, text: null });
}
