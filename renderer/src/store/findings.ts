import { analyse } from '../../../shared/analysis/analyse';
import type { AnalysisResult, Finding } from '../../../shared/analysis/types';
import type { MandatModel } from '../../../shared/model/types';

let last: { model: MandatModel; asOf: string; result: AnalysisResult; byBody: Map<string, number> } | null = null;

/** The analysis of a snapshot on a date; recomputed only when either changes. */
export function findingsFor(model: MandatModel, asOf: string): { result: AnalysisResult; byBody: ReadonlyMap<string, number> } {
  if (last && last.model === model && last.asOf === asOf) return last;
  const result = analyse(model, { asOf });
  const byBody = new Map<string, number>();
  for (const f of result.findings) for (const b of new Set(f.elements.bodies)) byBody.set(b, (byBody.get(b) ?? 0) + 1);
  last = { model, asOf, result, byBody };
  return last;
}

/** The elements a finding points at, to highlight. */
export function highlightOf(f: Finding): { bodies: Set<string>; lines: Set<string>; members: Set<string> } {
  return { bodies: new Set(f.elements.bodies), lines: new Set(f.elements.reportingLines), members: new Set(f.elements.members) };
}
