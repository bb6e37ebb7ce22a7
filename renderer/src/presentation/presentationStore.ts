import { create } from 'zustand';
import type { Level } from '../../../shared/model/vocabulary';
import { useEditor, type Highlight } from '../store/editor';
import { stepTo, type SavedView } from './savedViews';
import { loadViews, storeViews } from './viewStorage';

/** The editor's view state a presentation changes, kept to put back when it ends. */
export interface EditorView {
  /** Which opening of a map it belongs to (editor.mapVersion). */
  readonly mapVersion: number;
  readonly asOf: string;
  readonly selectedBodies: readonly string[];
  readonly selectedLines: readonly string[];
  readonly levels: ReadonlySet<Level>;
  readonly kind: SavedView['kind'];
  readonly showFunding: boolean;
  readonly showDecidedBy: boolean;
  readonly highlight: Highlight | null;
}

export interface PresentationState {
  /** The map whose views these are (by name: see savedViews.ts). */
  readonly mapName: string;
  readonly views: readonly SavedView[];
  /** The Saved views dialog is open. */
  readonly dialogOpen: boolean;
  /** The step shown while presenting, or null when not presenting. */
  readonly step: number | null;
}

export const usePresentation = create<PresentationState>()(() => ({ mapName: '', views: [], dialogOpen: false, step: null }));
const set = usePresentation.setState;
const get = usePresentation.getState;

/** The views of the open map, read again when another map is opened or renamed. */
export function viewsOfOpenMap(): readonly SavedView[] {
  const name = useEditor.getState().model.meta.name;
  if (get().mapName !== name) set({ mapName: name, views: loadViews(name) });
  return get().views;
}

function setViews(views: readonly SavedView[]): void {
  storeViews(get().mapName, views);
  set({ views });
}

export const openViewsDialog = (): void => {
  viewsOfOpenMap();
  set({ dialogOpen: true });
};
export const closeViewsDialog = (): void => set({ dialogOpen: false });

export function addView(view: SavedView): void {
  viewsOfOpenMap();
  setViews([...get().views, view]);
}

export function removeView(id: string): void {
  setViews(get().views.filter((v) => v.id !== id));
}

/** Moves a view one place earlier (-1) or later (+1) in the presentation. */
export function moveView(id: string, delta: -1 | 1): void {
  const views = [...get().views];
  const i = views.findIndex((v) => v.id === id);
  const j = i + delta;
  if (i < 0 || j < 0 || j >= views.length) return;
  [views[i], views[j]] = [views[j] as SavedView, views[i] as SavedView];
  setViews(views);
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
  set({ step: stepTo(step, delta, get().views.length) });
}

export function goToStep(step: number): void {
  if (get().step === null) return;
  set({ step: stepTo(0, step, get().views.length) });
}

export const stopPresentation = (): void => set({ step: null });

/** The editor's view state now, to put back after presenting. */
export function editorView(): EditorView {
  const s = useEditor.getState();
  return { mapVersion: s.mapVersion, asOf: s.asOf, selectedBodies: s.selectedBodies, selectedLines: s.selectedLines, levels: s.levels, kind: s.kind, showFunding: s.showFunding, showDecidedBy: s.showDecidedBy, highlight: s.highlight };
}

/** Shows a saved view's date, filters and selection in the editor (the canvas frames its box). */
export function showInEditor(view: SavedView): void {
  const bodies = useEditor.getState().model.bodies;
  useEditor.setState({
    asOf: view.asOf,
    levels: new Set(view.levels),
    kind: view.kind,
    showFunding: view.showFunding,
    showDecidedBy: view.showDecidedBy,
    // A body deleted since the view was saved is not selected.
    selectedBodies: view.selectedBodies.filter((id) => bodies.has(id)),
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
