import type { MandatModel } from '../../../shared/model/types';

export interface Selection {
  readonly selectedBodies: readonly string[];
  readonly selectedLines: readonly string[];
}

/**
 * The selection without the ids the model no longer has, or null when nothing must go.
 * An undone "add body" leaves its id selected; React Flow then has no node to deselect,
 * and the next click on a body made a selection of two ("2 organ markerade").
 */
export function pruneSelection(model: MandatModel, selection: Selection): Selection | null {
  const bodies = selection.selectedBodies.filter((id) => model.bodies.has(id));
  const lines = selection.selectedLines.filter((id) => model.reportingLines.has(id));
  if (bodies.length === selection.selectedBodies.length && lines.length === selection.selectedLines.length) return null;
  return { selectedBodies: bodies, selectedLines: lines };
}
