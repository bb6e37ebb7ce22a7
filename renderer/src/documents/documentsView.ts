import { create } from 'zustand';
import type { DocumentKind } from '../../../shared/model/vocabulary';
import { showPanel } from '../store/editor';

/**
 * What the window shows of the governing documents: the one open in the panel, the kind
 * the list is narrowed to, and whether the canvas draws them. View state only (not the
 * map's): kept beside the editor store so the documents part owns it.
 */
export interface DocumentsView {
  readonly selected: string | null;
  readonly kind: DocumentKind | 'all';
  readonly onCanvas: boolean;
}

export const useDocumentsView = create<DocumentsView>()(() => ({ selected: null, kind: 'all', onCanvas: false }));

const set = useDocumentsView.setState;

/** Opens a document in the Documents panel (from the list, a timeline bar or its sheet on the canvas). */
export function selectDocument(id: string | null): void {
  set({ selected: id });
  if (id !== null) showPanel('documents');
}

export const setDocumentKindFilter = (kind: DocumentKind | 'all'): void => set({ kind });
export const toggleDocumentsOnCanvas = (): void => set({ onCanvas: !useDocumentsView.getState().onCanvas });
