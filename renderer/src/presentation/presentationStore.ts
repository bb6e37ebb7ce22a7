import { useMemo } from 'react';
import { create } from 'zustand';
import type { NewView } from '../../../shared/commands/types';
import type { Level } from '../../../shared/model/vocabulary';
import { dispatch, useEditor, type Highlight } from '../store/editor';
import { inOrder, legacyViews, reordered, stepTo, type SavedView } from './savedViews';
import { forgetStoredViews, readStoredViews } from './viewStorage';

/** The editor's view state a presentation changes, kept to put back when it ends. */
export interface EditorView {
  /** Which opening of a map it belongs to (editor.mapVersion). */
  readonly mapVersion: number;
  readonly asOf: string;
  readonly selectedBodies: readonly string[];
  readonly selectedLines: readonly string[];
  readonly levels: ReadonlySet<Level>;
  readonly kind: SavedView['filters']['kind'];
  readonly showFunding: boolean;
  readonly showDecidedBy: boolean;
  readonly highlight: Highlight | null;
}

/** The views themselves are the map's (editor.model.views): only the dialog and the step are kept here. */
export interface PresentationState {
  /** The Saved views dialog is open. */
  readonly dialogOpen: boolean;
  /** The step shown while presenting, or null when not presenting. */
  readonly step: number | null;
}

export const usePresentation = create<PresentationState>()(() => ({ dialogOpen: false, step: null }));
const set = usePresentation.setState;
const get = usePresentation.getState;

/** The open map's views in presentation order, for a component (drawn again when they change, also from a live session). */
export function useSavedViews(): SavedView[] {
  const views = useEditor((s) => s.model.views);
  return useMemo(() => inOrder(views), [views]);
}

/** The open map's views in presentation order. */
export const viewsOfOpenMap = (): SavedView[] => inOrder(useEditor.getState().model.views);

/**
 * Moves the views the version before kept in this browser for a map of this name into the
 * open map, as one undo step, and forgets them once the map holds them. `canvas` is the
 * canvas's size now (an old view framed a box; the zoom that fits it here is kept).
 */
export function adoptStoredViews(canvas: { width: number; height: number }): void {
  const { model } = useEditor.getState();
  const text = readStoredViews(model.meta.name);
  if (text === null) return;
  const existing = viewsOfOpenMap();
  const firstOrder = existing.length === 0 ? 0 : (existing[existing.length - 1] as SavedView).order + 1;
  const views = legacyViews(text, canvas, model.bodies, firstOrder);
  if (views.length === 0 || dispatch({ type: 'batch', commands: views.map((view) => ({ type: 'addView' as const, view })) }).ok) forgetStoredViews(model.meta.name);
}

export function openViewsDialog(canvas: { width: number; height: number } = { width: 0, height: 0 }): void {
  adoptStoredViews(canvas.width > 0 ? canvas : { width: globalThis.innerWidth ?? 1024, height: globalThis.innerHeight ?? 768 });
  set({ dialogOpen: true });
}
export const closeViewsDialog = (): void => set({ dialogOpen: false });

/** Saves a view into the map (one undo step); false when the map refused it. */
export const addView = (view: NewView): boolean => dispatch({ type: 'addView', view }).ok;

export const removeView = (id: SavedView['id']): boolean => dispatch({ type: 'removeView', id }).ok;

/** Moves a view one place earlier (-1) or later (+1) in the presentation, as one undo step. */
export function moveView(id: SavedView['id'], delta: -1 | 1): void {
  const views = viewsOfOpenMap();
  const i = views.findIndex((v) => v.id === id);
  const changes = reordered(views, i, i + delta);
  if (changes.length > 0) dispatch({ type: 'batch', commands: changes.map((c) => ({ type: 'updateView' as const, id: c.id, changes: { order: c.order } })) });
}

/** Starts presenting from the first view; false when the map has none. */
export function startPresentation(): boolean {
  if (viewsOfOpenMap().length === 0) return false;
  set({ dialogOpen: false, step: 0 });
  return true;
}

export function stepPresentation(delta: number): void {
  const step = get().step;
  if (step === null) return;
  set({ step: stepTo(step, delta, viewsOfOpenMap().length) });
}

export function goToStep(step: number): void {
  if (get().step === null) return;
  set({ step: stepTo(0, step, viewsOfOpenMap().length) });
}

export const stopPresentation = (): void => set({ step: null });

/** The editor's view state now, to put back after presenting. */
export function editorView(): EditorView {
  const s = useEditor.getState();
  return { mapVersion: s.mapVersion, asOf: s.asOf, selectedBodies: s.selectedBodies, selectedLines: s.selectedLines, levels: s.levels, kind: s.kind, showFunding: s.showFunding, showDecidedBy: s.showDecidedBy, highlight: s.highlight };
}

/** Shows a saved view's date, filters and focus in the editor (the canvas centres its viewport). */
export function showInEditor(view: SavedView): void {
  const bodies = useEditor.getState().model.bodies;
  useEditor.setState({
    asOf: view.asOf,
    levels: new Set(view.filters.levels),
    kind: view.filters.kind,
    showFunding: view.filters.showFunding,
    showDecidedBy: view.filters.showDecidedBy,
    // The focus body is selected (a removed body clears it in the map; a guard all the same).
    selectedBodies: view.focus !== null && bodies.has(view.focus) ? [view.focus] : [],
    selectedLines: [],
    highlight: null,
  });
}

/**
 * Puts the editor back as it was before presenting: not at all when another map was opened
 * meanwhile (its own view stands), and without what was deleted meanwhile in the selection.
 */
export function restoreEditor(before: EditorView): void {
  const now = useEditor.getState();
  if (now.mapVersion !== before.mapVersion) return;
  const { mapVersion: _version, ...view } = before;
  useEditor.setState({
    ...view,
    selectedBodies: view.selectedBodies.filter((id) => now.model.bodies.has(id)),
    selectedLines: view.selectedLines.filter((id) => now.model.reportingLines.has(id)),
  });
}
