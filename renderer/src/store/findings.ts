import { analyse } from '../../../shared/analysis/analyse';
import type { AnalysisResult, Finding } from '../../../shared/analysis/types';
import type { MandatModel } from '../../../shared/model/types';
import { differsOnlyInPlaces } from './placesOnly';

interface Analysed {
  readonly model: MandatModel;
  readonly asOf: string;
  readonly result: AnalysisResult;
  readonly byBody: Map<string, number>;
}

/**
 * The analyses last used, most recently used first. After an edit the side panel's count
 * analyses the new snapshot while the findings list and the canvas, deferred, still read
 * the one before: both must stay here. Kept in order of use, not of computing: ordered by
 * computing, the list's deferred analysis of the older snapshot pushed the current one
 * out, and every edit on a large map then analysed it a second time before the count
 * showed (on the 1,000-body map, as long again as the analysis the count needs).
 */
const KEEP = 3;
let recent: Analysed[] = [];

/** The analysis of a snapshot on a date; recomputed only when either changes. */
export function findingsFor(model: MandatModel, asOf: string): { result: AnalysisResult; byBody: ReadonlyMap<string, number> } {
  const at = recent.findIndex((a) => a.model === model && a.asOf === asOf);
  if (at >= 0) {
    const hit = recent[at] as Analysed;
    if (at > 0) recent = [hit, ...recent.slice(0, at), ...recent.slice(at + 1)];
    return hit;
  }
  // A body moved (the end of a drag, an arrangement) changes no finding: the analysis of the
  // snapshot before it is kept, so that dropping a body on a large map does not freeze the
  // frames after the drop for a full analysis.
  const moved = recent.find((a) => a.asOf === asOf && differsOnlyInPlaces(a.model, model));
  const made = moved ? { model, asOf, result: moved.result, byBody: moved.byBody } : analysed(model, asOf);
  recent = [made, ...recent].slice(0, KEEP);
  return made;
}

/** The analysis of a snapshot on a date if one is kept (no analysing), else null. */
export function keptFindings(model: MandatModel, asOf: string): { result: AnalysisResult; byBody: ReadonlyMap<string, number> } | null {
  return recent.some((a) => a.model === model && a.asOf === asOf) ? findingsFor(model, asOf) : null;
}

function analysed(model: MandatModel, asOf: string): Analysed {
  const result = analyse(model, { asOf });
  const byBody = new Map<string, number>();
  for (const f of result.findings) for (const b of new Set(f.elements.bodies)) byBody.set(b, (byBody.get(b) ?? 0) + 1);
  return { model, asOf, result, byBody };
}

/** Forgets the analyses kept (for tests that count them). */
export function forgetAnalyses(): void {
  recent = [];
}

/** The elements a finding points at, to highlight. */
export function highlightOf(f: Finding): { bodies: Set<string>; lines: Set<string>; members: Set<string> } {
  return { bodies: new Set(f.elements.bodies), lines: new Set(f.elements.reportingLines), members: new Set(f.elements.members) };
}
