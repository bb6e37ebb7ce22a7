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

/** Which findings of A have a finding of B with the same key, and which of B have one of A (1 = yes). */
export interface FindingMatch {
  readonly before: Uint8Array;
  readonly after: Uint8Array;
}

/**
 * The findings of A and of B matched by their stable key. One table of A's keys, looked up
 * once per finding of B: a key is joined from the rule's id and the subject (a cons string),
 * and hashing it flattens it, so each key is hashed once rather than on both sides of two
 * sets (tens of thousands of findings on a large map). A key A has twice is chained, so every
 * finding of A with a key B has counts as matched, as with two plain key sets.
 */
export function matchFindings(before: readonly Finding[], after: readonly Finding[]): FindingMatch {
  const first = new Map<string, number>();
  // next[i]: the following finding of A with the same key as finding i, or -1.
  const next = new Int32Array(before.length);
  for (let i = before.length - 1; i >= 0; i--) {
    const key = (before[i] as Finding).key;
    const k = first.get(key);
    next[i] = k === undefined ? -1 : k;
    first.set(key, i);
  }
  const matchedBefore = new Uint8Array(before.length);
  const matchedAfter = new Uint8Array(after.length);
  for (let j = 0; j < after.length; j++) {
    let i = first.get((after[j] as Finding).key);
    if (i === undefined) continue;
    matchedAfter[j] = 1;
    // Mark A's findings with this key once: a key B has twice finds them marked.
    while (i !== -1 && matchedBefore[i] === 0) {
      matchedBefore[i] = 1;
      i = next[i] as number;
    }
  }
  return { before: matchedBefore, after: matchedAfter };
}

/**
 * The findings of the checks on A (judged on `from`) and on B (judged on `to`), by their
 * stable key: those only B has appeared, those only A has were resolved, the rest persist.
 * Acknowledged findings are left out on both sides, as the Findings panel leaves them out.
 */
export function compareFindings(a: MandatModel, from: IsoDate, b: MandatModel, to: IsoDate): MapDifference['findings'] {
  return findingChanges(analyse(a, { asOf: from }).findings, analyse(b, { asOf: to }).findings);
}

/**
 * The appeared, resolved and persisting findings of two lists. The persisting ones (most of
 * them, between two versions of one map) are listed on first reading: the Compare view and
 * the text of `mandat diff` only count them (`persistsCount`), the JSON lists them.
 */
export function findingChanges(before: readonly Finding[], after: readonly Finding[]): MapDifference['findings'] {
  const match = matchFindings(before, after);
  const appeared: FindingChange[] = [];
  let persistsCount = 0;
  for (let j = 0; j < after.length; j++) {
    if (match.after[j] === 1) persistsCount++;
    else appeared.push(change('appeared', after[j] as Finding));
  }
  const resolved: FindingChange[] = [];
  for (let i = 0; i < before.length; i++) {
    if (match.before[i] === 0) resolved.push(change('resolved', before[i] as Finding));
  }
  let persists: FindingChange[] | null = null;
  return {
    appeared,
    resolved,
    get persists(): readonly FindingChange[] {
      if (persists === null) {
        persists = new Array<FindingChange>(persistsCount);
        for (let j = 0, n = 0; j < after.length; j++) if (match.after[j] === 1) persists[n++] = change('persists', after[j] as Finding);
      }
      return persists;
    },
    persistsCount,
  };
}
