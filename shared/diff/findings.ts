import { analyse } from '../analysis/analyse';
import type { Finding } from '../analysis/types';
import type { IsoDate, MandatModel } from '../model/types';
import type { FindingChange, FindingsOn, FindingStatus, MapDifference } from './types';

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
 * Where each rule's findings start in `list` and where they end (a rule's findings follow
 * each other, as `analyse` lists them), or null when some rule's findings are apart.
 */
function ruleRuns(list: readonly Finding[]): Map<string, number> | null {
  const starts = new Map<string, number>();
  for (let i = 0; i < list.length; ) {
    const rule = (list[i] as Finding).rule;
    if (starts.has(rule)) return null;
    starts.set(rule, i);
    i++;
    while (i < list.length && (list[i] as Finding).rule === rule) i++;
  }
  return starts;
}

/** The end of the run of findings of one rule that starts at `start`. */
function runEnd(list: readonly Finding[], start: number): number {
  const rule = (list[start] as Finding).rule;
  let end = start + 1;
  while (end < list.length && (list[end] as Finding).rule === rule) end++;
  return end;
}

/**
 * Matches the findings of A in [aFrom, aTo) with those of B in [bFrom, bTo) by key, marking
 * both sides. One table of A's keys, looked up once per finding of B: a key is joined from the
 * rule's id and the subject (a cons string), and hashing it copies it, so each key is hashed
 * once rather than on both sides of two sets. A key A has twice is chained, so every finding
 * of A with a key B has counts as matched, as with two plain key sets.
 */
function matchRange(
  before: readonly Finding[], aFrom: number, aTo: number,
  after: readonly Finding[], bFrom: number, bTo: number,
  table: Map<string, number>, next: Int32Array, match: FindingMatch,
): void {
  table.clear();
  for (let i = aTo - 1; i >= aFrom; i--) {
    const key = (before[i] as Finding).key;
    const k = table.get(key);
    next[i] = k === undefined ? -1 : k;
    table.set(key, i);
  }
  for (let j = bFrom; j < bTo; j++) {
    let i = table.get((after[j] as Finding).key);
    if (i === undefined) continue;
    match.after[j] = 1;
    // Mark A's findings with this key once: a key B has twice finds them marked.
    while (i !== -1 && match.before[i] === 0) {
      match.before[i] = 1;
      i = next[i] as number;
    }
  }
}

/**
 * The findings of A and of B matched by their stable key. Keys begin with the rule's id, so
 * only findings of one rule can match: rule by rule, each rule's table is small (a table of
 * all twenty thousand keys of a large map was slower to fill and to search). Lists whose
 * rules are not each in one run are matched in one table.
 */
export function matchFindings(before: readonly Finding[], after: readonly Finding[]): FindingMatch {
  const match: FindingMatch = { before: new Uint8Array(before.length), after: new Uint8Array(after.length) };
  const table = new Map<string, number>();
  const next = new Int32Array(before.length);
  const runsBefore = ruleRuns(before);
  if (runsBefore === null || ruleRuns(after) === null) {
    matchRange(before, 0, before.length, after, 0, after.length, table, next, match);
    return match;
  }
  for (let j = 0; j < after.length; ) {
    const end = runEnd(after, j);
    const start = runsBefore.get((after[j] as Finding).rule);
    if (start !== undefined) matchRange(before, start, runEnd(before, start), after, j, end, table, next, match);
    j = end;
  }
  return match;
}

/** The findings as the checks give them, when the caller has none at hand. */
const analysedFindings: FindingsOn = (model, asOf) => analyse(model, { asOf }).findings;

/**
 * The findings of the checks on A (judged on `from`) and on B (judged on `to`), by their
 * stable key: those only B has appeared, those only A has were resolved, the rest persist.
 * Acknowledged findings are left out on both sides, as the Findings panel leaves them out.
 */
export function compareFindings(a: MandatModel, from: IsoDate, b: MandatModel, to: IsoDate, findingsOn: FindingsOn = analysedFindings): MapDifference['findings'] {
  return findingChanges(findingsOn(a, from), findingsOn(b, to));
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
