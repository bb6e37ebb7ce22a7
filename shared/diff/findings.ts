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
  const keysBefore = new Set(before.map((f) => f.key));
  const keysAfter = new Set(after.map((f) => f.key));
  return {
    appeared: after.filter((f) => !keysBefore.has(f.key)).map((f) => change('appeared', f)),
    resolved: before.filter((f) => !keysAfter.has(f.key)).map((f) => change('resolved', f)),
    persists: after.filter((f) => keysBefore.has(f.key)).map((f) => change('persists', f)),
  };
}
