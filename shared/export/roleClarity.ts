import { reachedDownward } from '../analysis/paths';
import type { Finding, Severity } from '../analysis/types';
import type { Body, IsoDate, MandatModel } from '../model/types';
import { PATH_LINE_KINDS } from '../model/vocabulary';
import { isValidOn } from '../time/isoDate';

/** How clear the roles of a map are on one date, as counts (the report turns them into shares). */
export interface RoleClarity {
  /** Bodies counted: those that exist on the date (and are among `only`, when given). */
  readonly bodies: number;
  /** Bodies whose mandate has a text, a deciding body and a decision reference. */
  readonly completeMandate: number;
  /** Bodies with a documented reporting path to an accountable body (accountable bodies count). */
  readonly reportingPath: number;
  /** `completeMandate / bodies`; null when no body is counted (a share of nothing is not 0 %). */
  readonly completeMandateShare: number | null;
  /** `reportingPath / bodies`; null when no body is counted. */
  readonly reportingPathShare: number | null;
  /** Findings of the rule `overlap`. */
  readonly overlaps: number;
  readonly bySeverity: Readonly<Record<Severity, number>>;
}

/** True when the mandate says what, who decided it and where: a secretary can look it up. */
export function hasCompleteMandate(body: Body): boolean {
  const m = body.mandate;
  return m.text.trim() !== '' && m.decidedBy !== null && m.decidedBy !== '' && m.decisionRef.trim() !== '';
}

/**
 * Bodies on the date from which documented path-kind lines lead to an accountable body.
 * Stricter than the analysis' own paths: a line counts only when it is documented, and
 * being a part of a body is not a reporting line, since the summary is about what is written down.
 */
export function documentedPathBodies(model: MandatModel, asOf: IsoDate): Set<string> {
  const active = new Map<string, Body>();
  for (const b of model.bodies.values()) if (isValidOn(b, asOf)) active.set(b.id, b);
  const downward = new Map<string, string[]>();
  for (const l of model.reportingLines.values()) {
    if (!PATH_LINE_KINDS.has(l.kind) || l.documented !== 'yes' || !isValidOn(l, asOf)) continue;
    if (!active.has(l.from) || !active.has(l.to)) continue;
    const list = downward.get(l.to);
    if (list) list.push(l.from);
    else downward.set(l.to, [l.from]);
  }
  const tops: string[] = [];
  for (const b of active.values()) if (b.accountable) tops.push(b.id);
  return reachedDownward(tops, downward);
}

/**
 * The role-clarity summary of the map on `asOf`. `only` limits the bodies counted (the
 * report's levels and selection); paths may still run through bodies outside it.
 */
export function roleClarity(model: MandatModel, asOf: IsoDate, findings: readonly Finding[], only?: ReadonlySet<string>): RoleClarity {
  const counted = [...model.bodies.values()].filter((b) => isValidOn(b, asOf) && (only === undefined || only.has(b.id)));
  const withPath = documentedPathBodies(model, asOf);
  const completeMandate = counted.filter(hasCompleteMandate).length;
  const reportingPath = counted.filter((b) => withPath.has(b.id)).length;
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  let overlaps = 0;
  for (const f of findings) {
    bySeverity[f.severity]++;
    if (f.rule === 'overlap') overlaps++;
  }
  const n = counted.length;
  return {
    bodies: n,
    completeMandate,
    reportingPath,
    completeMandateShare: n === 0 ? null : completeMandate / n,
    reportingPathShare: n === 0 ? null : reportingPath / n,
    overlaps,
    bySeverity,
  };
}
