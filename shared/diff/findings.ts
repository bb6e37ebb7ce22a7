import { analyse } from '../analysis/analyse';
import type { Finding } from '../analysis/types';
import type { IsoDate, MandatModel } from '../model/types';
import type { FindingChange, FindingStatus, MapDifference } from './types';

function change(status: FindingStatus, f: Finding): FindingChange {
  return {
    status,
    key: f.key,
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    bodies: f.elements.bodies,
    lines: f.elements.reportingLines,
  };
}

/**
 * The findings of the checks on A (judged on `from`) and on B (judged on `to`), by their
 * stable key: those only B has appeared, those only A has were resolved, the rest persist.
 * Acknowledged findings are left out on both sides, as the Findings panel leaves them out.
 */
export function compareFindings(a: MandatModel, from: IsoDate, b: MandatModel, to: IsoDate): MapDifference['findings'] {
  const before = analyse(a, { asOf: from }).findings;
  const after = analyse(b, { asOf: to }).findings;
  const keysBefore = new Set<string>();
  for (let i = 0; i < before.length; i++) keysBefore.add((before[i] as Finding).key);
  const keysAfter = new Set<string>();
  const appeared: FindingChange[] = [];
  const persists: FindingChange[] = [];
  for (let i = 0; i < after.length; i++) {
    const f = after[i] as Finding;
    keysAfter.add(f.key);
    if (keysBefore.has(f.key)) persists.push(change('persists', f));
    else appeared.push(change('appeared', f));
  }
  const resolved: FindingChange[] = [];
  for (let i = 0; i < before.length; i++) {
    const f = before[i] as Finding;
    if (!keysAfter.has(f.key)) resolved.push(change('resolved', f));
  }
  return { appeared, resolved, persists };
}
