import { analyse } from '../../../shared/analysis/analyse';
import type { AnalysisResult, Finding } from '../../../shared/analysis/types';
import type { MandatModel } from '../../../shared/model/types';

interface Analysed {
  readonly model: MandatModel;
  readonly asOf: string;
  readonly result: AnalysisResult;
  readonly byBody: Map<string, number>;
}

// The last two analyses: after an edit the findings panel shows the new snapshot while the
// canvas, deferred, still draws the one before; neither should make the other recompute.
let recent: Analysed[] = [];

/** The analysis of a snapshot on a date; recomputed only when either changes. */
export function findingsFor(model: MandatModel, asOf: string): { result: AnalysisResult; byBody: ReadonlyMap<string, number> } {
  const hit = recent.find((a) => a.model === model && a.asOf === asOf);
  if (hit) return hit;
  const result = analyse(model, { asOf });
  const byBody = new Map<string, number>();
  for (const f of result.findings) for (const b of new Set(f.elements.bodies)) byBody.set(b, (byBody.get(b) ?? 0) + 1);
  const made = { model, asOf, result, byBody };
  recent = [made, ...recent].slice(0, 2);
  return made;
}

/** The elements a finding points at, to highlight. */
export function highlightOf(f: Finding): { bodies: Set<string>; lines: Set<string>; members: Set<string> } {
  return { bodies: new Set(f.elements.bodies), lines: new Set(f.elements.reportingLines), members: new Set(f.elements.members) };
}
