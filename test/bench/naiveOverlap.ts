/**
 * The overlap check done the obvious way, for comparison with the indexed rule in
 * shared/analysis/rules/overlap.ts: every pair of bodies existing on the date, the
 * intersection of their regular member sets, and the same threshold, minimum and
 * part-of exclusion. Returns the same keys the rule's findings carry.
 */
import type { MemberId } from '../../shared/model/ids';
import type { AnalysisContext } from '../../shared/analysis/context';

export interface NaiveOverlapOptions {
  /**
   * Only compare pairs whose first body (in the context's id order) has an index
   * this returns true for; for timing a sample of the pairs on a large map.
   */
  readonly rows?: (i: number) => boolean;
}

export interface NaiveOverlapResult {
  /** `overlap:<a>|<b>` for every overlapping pair, a before b in id order. */
  readonly keys: Set<string>;
  /** How many pairs were compared. */
  readonly pairs: number;
}

export function naiveOverlap(ctx: AnalysisContext, opts: NaiveOverlapOptions = {}): NaiveOverlapResult {
  const { overlapThreshold, overlapMinShared } = ctx.settings;
  const minShared = Math.max(2, overlapMinShared);
  const sets: ReadonlySet<MemberId>[] = ctx.bodies.map((b) => new Set(ctx.regularMembers(b.id)));
  const n = ctx.bodies.length;
  const keys = new Set<string>();
  let pairs = 0;
  for (let i = 0; i < n; i++) {
    if (opts.rows && !opts.rows(i)) continue;
    const a = ctx.bodies[i];
    const ma = sets[i] as ReadonlySet<MemberId>;
    for (let j = i + 1; j < n; j++) {
      pairs++;
      const mb = sets[j] as ReadonlySet<MemberId>;
      const small = ma.size <= mb.size ? ma : mb;
      const large = small === ma ? mb : ma;
      let count = 0;
      for (const m of small) if (large.has(m)) count++;
      if (count < minShared || count / small.size < overlapThreshold) continue;
      const b = ctx.bodies[j];
      if (!a || !b || ctx.partOfRelated(a.id, b.id)) continue;
      keys.add(`overlap:${a.id}|${b.id}`);
    }
  }
  return { keys, pairs };
}
