import { useEditor } from '../store/editor';
import { newLineFrom } from './canvasCommands';
import { startRename } from './renaming';

/**
 * The keys that act on the one selected body, as in a spreadsheet cell: F2 opens its name
 * on the box, a letter typed while the canvas has the focus starts a new name with that
 * letter, Ctrl+L starts a line from it (the line dialog asks for the receiver). Returns
 * whether it took the key. Fields and dialogs keep their keys (the caller checks fields).
 */
export function handleBodyKey(e: KeyboardEvent): boolean {
  const { selectedBodies, model } = useEditor.getState();
  const id = selectedBodies.length === 1 ? selectedBodies[0] : undefined;
  if (id === undefined || !model.bodies.has(id)) return false;
  const target = e.target instanceof HTMLElement ? e.target : null;
  if (target?.closest('[role="dialog"], [role="menu"]')) return false;
  const mod = e.ctrlKey || e.metaKey;
  if (e.key === 'F2' && !mod && !e.shiftKey && !e.altKey) {
    e.preventDefault();
    startRename(id);
    return true;
  }
  if (mod && !e.shiftKey && !e.altKey && e.key.toLowerCase() === 'l') {
    e.preventDefault();
    newLineFrom(id);
    return true;
  }
  // Typing renames only where the canvas has the focus: a letter typed on a toolbar button is not a name.
  const onCanvas = target === null || target === document.body || target.closest('.canvas') !== null;
  if (onCanvas && e.key.length === 1 && e.key !== ' ' && !mod && !e.altKey) {
    e.preventDefault();
    startRename(id, e.key);
    return true;
  }
  return false;
}
