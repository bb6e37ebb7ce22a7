import type { BodyId } from '../model/ids';
import type { Body } from '../model/types';
import type { AnalysisContext } from './context';

/** Every existing body that has a chain of accountability edges to an accountable body. */
export function bodiesWithAccountablePath(ctx: AnalysisContext): Set<string> {
  const marks = accountablePathMarks(ctx);
  const out = new Set<string>();
  for (let b = 0; b < marks.length; b++) if (marks[b] === 1) out.add((ctx.bodies[b] as Body).id);
  return out;
}

/** `bodiesWithAccountablePath` by body position (1: has a chain), without a set of ids. */
export function accountablePathMarks(ctx: AnalysisContext): Uint8Array {
  return ctx.graph.reachingUp((b) => (ctx.bodies[b] as Body).accountable);
}

/** Every body from which a chain of `downward` edges (receiver → reporters) leads up to one of `tops`, the tops included. */
export function reachedDownward(tops: Iterable<string>, downward: ReadonlyMap<string, readonly string[]>): Set<string> {
  const reached = new Set<string>(tops);
  const queue = [...reached];
  for (let i = 0; i < queue.length; i++) {
    for (const from of downward.get(queue[i] as string) ?? []) {
      if (!reached.has(from)) {
        reached.add(from);
        queue.push(from);
      }
    }
  }
  return reached;
}

/** True when `from` reaches `to` along accountability edges (a search over `ctx.graph`, which leaves no garbage). */
export function reaches(ctx: AnalysisContext, from: string, to: string): boolean {
  if (from === to) return true;
  const f = ctx.bodyIndex.get(from);
  const t = ctx.bodyIndex.get(to);
  // Edges join bodies of the date only: one without a position reaches nothing and is reached by nothing.
  if (f === undefined || t === undefined) return false;
  return ctx.graph.reaches(f, t);
}

/** The chain from `from` to the farthest body it reaches (breadth-first), `from` first. */
export function farthestChain(ctx: AnalysisContext, from: BodyId): BodyId[] {
  const start = ctx.bodyIndex.get(from);
  // Edges join bodies of the date only: a body without a position reaches nothing.
  if (start === undefined) return [from];
  // A search over `ctx.graph` (typed arrays, its scratch reused), the chain turned into ids.
  const chain = ctx.graph.farthestChain(start);
  const out = new Array<BodyId>(chain.length);
  for (let i = 0; i < chain.length; i++) out[i] = (ctx.bodies[chain[i] as number] as Body).id;
  return out;
}

/** The one body above `id` (every upward edge to the same body), or null for none or several. */
function singleUp(ctx: AnalysisContext, id: string): BodyId | null {
  const b = ctx.bodyIndex.get(id);
  if (b === undefined) return null;
  const up = ctx.graph.singleUp(b);
  return up < 0 ? null : (ctx.bodies[up] as Body).id;
}

/**
 * `farthestChain` of each of `ids`, alike to the letter, at the cost of each chain's length
 * once rather than once for every body in it. A body with one body above it (the usual
 * shape: a group reports to one body) is searched from there in the same order, so its
 * chain is itself followed by that body's chain, unless that chain ends back at it (a loop).
 */
export function farthestChains(ctx: AnalysisContext, ids: Iterable<BodyId>): Map<string, readonly BodyId[]> {
  const memo = new Map<string, readonly BodyId[]>();
  for (const start of ids) {
    // Up the single links to a body whose chain is known, or must be searched.
    const stack: BodyId[] = [];
    const onStack = new Set<string>();
    let cur: BodyId = start;
    while (!memo.has(cur) && !onStack.has(cur)) {
      const up = singleUp(ctx, cur);
      if (up === null) break;
      stack.push(cur);
      onStack.add(cur);
      cur = up;
    }
    if (!memo.has(cur)) memo.set(cur, farthestChain(ctx, cur));
    // Back down: each body's chain from the one above it.
    for (let i = stack.length - 1; i >= 0; i--) {
      const v = stack[i] as BodyId;
      if (memo.has(v)) continue;
      const above = memo.get(singleUp(ctx, v) as string) as readonly BodyId[];
      memo.set(v, above[above.length - 1] === v ? farthestChain(ctx, v) : [v, ...above]);
    }
  }
  return memo;
}
