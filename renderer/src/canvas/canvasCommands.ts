import { showBodyForm } from '../review/bodyForm';
import type { Position } from '../../../shared/model/types';
import type { BodyKind, LineKind } from '../../../shared/model/vocabulary';
import { addBody, deleteSelection, duplicateSelection, paste } from '../clipboard';
import { autoLayout } from '../layout/autoLayout';
import { dispatch, select, setAsOf, showPanel, useEditor } from '../store/editor';
import { startConnect } from './connectFlow';
import { startRename } from './renaming';
import { lineIdIn } from '../modelIds';

/*
 * What the canvas's context menus do, as plain functions of the element they are about,
 * so that the window's menu bar and shortcuts can run the same commands on the selection.
 */

/**
 * Focuses the element `selector` finds once React has drawn the change just made (a panel
 * opened, or another body's form in place of the one shown): looked for from the next frame.
 */
function focusWhenDrawn(selector: string, tries = 20): void {
  requestAnimationFrame(() => {
    const el = document.querySelector<HTMLElement>(selector);
    if (el) el.focus();
    else if (tries > 0) focusWhenDrawn(selector, tries - 1);
  });
}

let lastKind: BodyKind = 'working_group';
/** The kind last added from a menu: a double-click on the empty canvas adds another of it (a working group at first). */
export const lastAddedKind = (): BodyKind => lastKind;

/** Adds a body of `kind` at a point of the canvas (flow coordinates), its name open for typing. */
export function addBodyAt(kind: BodyKind, at: Position | null): string | null {
  lastKind = kind;
  return addBody(kind, { at });
}
/** Adds a body of `kind` below `receiver`, reporting to it, in one undo step. */
export const addReportingBody = (receiver: string, kind: BodyKind): string | null => addBody(kind, { reportsTo: receiver });

export function renameBody(id: string): void {
  select([id]);
  startRename(id);
}

/** Starts a line from the body: the line dialog asks for the receiver, then the kind. */
export function newLineFrom(id: string): void {
  select([id]);
  startConnect(id);
}

/** Shows the body's form in the side panel with the cursor in its "add member" field. */
export function openMembers(id: string): void {
  select([id]);
  // The Body tab shows a body's profile first; adding members is part of its form.
  showBodyForm(id);
  showPanel('body');
  focusWhenDrawn('.add-member input');
}

export function duplicateBody(id: string): void {
  select([id]);
  duplicateSelection();
}

export function deleteBody(id: string): void {
  select([id]);
  deleteSelection();
}

/** Shows the whole map as it was on `date`. */
export const showAsOf = (date: string): void => setAsOf(date);

export const pasteHere = (): void => paste();
export const arrangeAutomatically = (): void => autoLayout();
/** Frames the whole map (the canvas listens for the desktop shell's zoom commands too). */
export const fitView = (): void => void window.dispatchEvent(new CustomEvent('mandat:zoom', { detail: 'fit' }));

export function setLineKind(id: string, kind: LineKind): void {
  const line = lineIdIn(useEditor.getState().model, id);
  if (line) dispatch({ type: 'updateReportingLine', id: line, changes: { kind } });
}

/** Documented becomes not documented; not documented or unknown becomes documented. */
export function toggleDocumented(id: string): void {
  const line = useEditor.getState().model.reportingLines.get(id);
  if (line) dispatch({ type: 'updateReportingLine', id: line.id, changes: { documented: line.documented === 'yes' ? 'no' : 'yes' } });
}

/** Turns the line round: the receiver now reports to the body that reported. */
export function reverseLine(id: string): void {
  const line = useEditor.getState().model.reportingLines.get(id);
  if (line) dispatch({ type: 'updateReportingLine', id: line.id, changes: { from: line.to, to: line.from } });
}

export function deleteLine(id: string): void {
  if (!lineIdIn(useEditor.getState().model, id)) return;
  select([], [id]);
  deleteSelection();
}
