import { create } from 'zustand';

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

/** Opens the name field on the body's box. */
export function startRename(id: string, text: string | null = null): void {
  useRenaming.setState({ id, text });
}

/** Closes the name field (after it committed or cancelled). */
export function stopRename(): void {
  if (useRenaming.getState().id !== null) useRenaming.setState({ id: null, text: null });
}
