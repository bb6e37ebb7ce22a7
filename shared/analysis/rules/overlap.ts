import { lazyText, listOf, text } from '../../i18n/text';
import type { BodyId, MemberId } from '../../model/ids';
import type { AnalysisContext } from '../context';
import { elements, type Finding, type Rule } from '../types';

/**
 * Every pair of bodies that shares at least `min` regular members, counted through
 * each member's bodies rather than by comparing every pair of bodies, so the cost
 * follows the memberships: for each body, the bodies its members also sit in. Calls
 * `found(first, second, shared)` with body positions, first < second.
 */
export function forEachSharedPair(ctx: AnalysisContext, min: number, found: (first: number, second: number, shared: number) => void): void {
  const { seatStart, seats, bodyStart, bodyOf } = ctx;
  const counts = new Int32Array(ctx.bodies.length);
  // The bodies counted for body i, and those that reach `min`: typed scratch lists, so
  // that a hundred thousand pushes a run leave no garbage behind.
  const touched = new Int32Array(ctx.bodies.length);
  const hits = new Int32Array(ctx.bodies.length);
  // Index loops over typed arrays: at half a million steps anything else adds up.
  for (let i = 0; i < ctx.bodies.length; i++) {
    let nTouched = 0;
    for (let s = seatStart[i] as number; s < (seatStart[i + 1] as number); s++) {
      const m = seats[s] as number;
      const end = bodyStart[m + 1] as number;
      // Bodies are listed ascending, so the ones after i come last.
      for (let o = end - 1; o >= (bodyStart[m] as number); o--) {
        const j = bodyOf[o] as number;
        if (j <= i) break;
        const c = counts[j] as number;
        counts[j] = c + 1;
        if (c === 0) touched[nTouched++] = j;
      }
    }
    let nHits = 0;
    for (let t = 0; t < nTouched; t++) {
      const j = touched[t] as number;
      if ((counts[j] as number) >= min) hits[nHits++] = j;
      else counts[j] = 0;
    }
    // Only the few pairs that count are sorted (a typed array sorts by number), so the output follows body order.
    if (nHits > 1) hits.subarray(0, nHits).sort();
    for (let h = 0; h < nHits; h++) {
      const j = hits[h] as number;
      found(i, j, counts[j] as number);
      counts[j] = 0;
    }
  }
}

/** The members two bodies share (by position), in the order of the second body's memberships. */
export function sharedMembers(ctx: AnalysisContext, a: number, b: number): MemberId[] {
  const { seatStart, seats } = ctx;
  const mark = ctx.memberScratch();
  for (let k = seatStart[a] as number; k < (seatStart[a + 1] as number); k++) mark[seats[k] as number] = 1;
  const shared: MemberId[] = [];
  for (let k = seatStart[b] as number; k < (seatStart[b + 1] as number); k++) {
    const m = seats[k] as number;
    if (mark[m] === 1) shared.push(ctx.memberIds[m] as MemberId);
  }
  for (let k = seatStart[a] as number; k < (seatStart[a + 1] as number); k++) mark[seats[k] as number] = 0;
  return shared;
}

export const overlapRule: Rule = {
  id: 'overlap',
  severity: 'warning',
  description: text(
    'Två organ som till stor del har samma ordinarie ledamöter (andel av det mindre organet, minst två gemensamma).',
    'Two bodies that largely share their regular members (share of the smaller body, at least two in common).',
  ),
  run(ctx: AnalysisContext): Finding[] {
    const { overlapThreshold, overlapMinShared } = ctx.settings;
    const out: Finding[] = [];
    forEachSharedPair(ctx, Math.max(2, overlapMinShared), (first, second, count) => {
      const a = ctx.bodies[first];
      const b = ctx.bodies[second];
      if (!a || !b) return;
      const smaller = Math.min(ctx.seatCount(first), ctx.seatCount(second));
      if (count / smaller < overlapThreshold || ctx.partOfRelated(a.id, b.id)) return;
      const shared = sharedMembers(ctx, first, second);
      const pct = Math.round((count / smaller) * 100);
      out.push({
        rule: 'overlap',
        severity: 'warning',
        key: `overlap:${a.id}|${b.id}`,
        elements: elements({ bodies: [a.id, b.id] as BodyId[], members: shared }),
        message: lazyText(() => {
          const la = ctx.label(a.id);
          const lb = ctx.label(b.id);
          const names = listOf(shared.map((m) => ctx.memberName(m)));
          return text(
            `${la} och ${lb} har ${count} gemensamma ordinarie ledamöter (${pct} % av det mindre organet): ${names.sv}. När samma personer sitter i båda blir gränsen mellan organens uppdrag otydlig.`,
            `${la} and ${lb} share ${count} regular members (${pct}% of the smaller body): ${names.en}. When the same people sit in both, the line between their mandates blurs.`,
          );
        }),
        fix: FIX,
      });
    });
    return out;
  },
};

const FIX = text(
  'Renodla uppdragen eller slå ihop organen; eller kvittera fyndet om överlappet är avsiktligt.',
  'Separate the mandates or merge the bodies; or acknowledge the finding if the overlap is intended.',
);
