import type { BodyId } from '../model/ids';
import type { AnalysisContext } from './context';

/** Every existing body that has a chain of accountability edges to an accountable body. */
export function bodiesWithAccountablePath(ctx: AnalysisContext): Set<string> {
  const downward = new Map<string, string[]>();
  for (const [from, tos] of ctx.upward) {
    for (const to of tos) {
      const list = downward.get(to);
      if (list) list.push(from);
      else downward.set(to, [from]);
    }
  }
  return reachedDownward(
    ctx.bodies.filter((b) => b.accountable).map((b) => b.id),
    downward,
  );
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

/** True when `from` reaches `to` along accountability edges. */
export function reaches(ctx: AnalysisContext, from: string, to: string): boolean {
  if (from === to) return true;
  const seen = new Set<string>([from]);
  const queue = [from];
  for (let i = 0; i < queue.length; i++) {
    for (const next of ctx.upward.get(queue[i] as string) ?? []) {
      if (next === to) return true;
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return false;
}

/** The chain from `from` to the farthest body it reaches (breadth-first), `from` first. */
export function farthestChain(ctx: AnalysisContext, from: BodyId): BodyId[] {
  const parent = new Map<string, string | null>([[from, null]]);
  const queue: string[] = [from];
  for (let i = 0; i < queue.length; i++) {
    for (const next of ctx.upward.get(queue[i] as string) ?? []) {
      if (!parent.has(next)) {
        parent.set(next, queue[i] as string);
        queue.push(next);
      }
    }
  }
  const chain: BodyId[] = [];
  let cur: string | null = queue[queue.length - 1] ?? null;
  while (cur !== null) {
    chain.unshift(cur as BodyId);
    cur = parent.get(cur) ?? null;
  }
  return chain;
}
