import type { BodyId } from '../model/ids';
import type { Body } from '../model/types';
import { transpose } from './seats';

/**
 * The accountability edges of the context (`upward`: path-kind lines and partOf) as body
 * positions in typed arrays, with scratch space for searches. Built once per analysis, when a
 * rule first asks: a search per funding pair or per body then makes no sets or queues of ids,
 * which on a large map were megabytes of garbage the collector copied.
 */
export class BodyGraph {
  /** Body position b has edges up to `up[upStart[b]]` … `up[upStart[b + 1] - 1]`, in `upward`'s order. */
  readonly upStart: Int32Array;
  readonly up: Int32Array;
  private down: { start: Int32Array; items: Int32Array } | null = null;
  /** `seen[b] === stamp` marks a body reached by the current search; a new stamp clears them all. */
  private readonly seen: Int32Array;
  private stamp = 0;
  private readonly queue: Int32Array;

  constructor(bodies: readonly Body[], bodyIndex: ReadonlyMap<string, number>, upward: ReadonlyMap<string, readonly BodyId[]>) {
    const n = bodies.length;
    this.upStart = new Int32Array(n + 1);
    let edges = 0;
    for (let b = 0; b < n; b++) {
      edges += upward.get((bodies[b] as Body).id)?.length ?? 0;
      this.upStart[b + 1] = edges;
    }
    this.up = new Int32Array(edges);
    for (let b = 0, at = 0; b < n; b++) {
      const tos = upward.get((bodies[b] as Body).id);
      // upward only holds edges between bodies of the date, so every target has a position.
      if (tos) for (let k = 0; k < tos.length; k++) this.up[at++] = bodyIndex.get(tos[k] as string) as number;
    }
    this.seen = new Int32Array(n);
    this.queue = new Int32Array(n);
  }

  private nextStamp(): number {
    if (this.stamp === 0x7fffffff) {
      this.seen.fill(0);
      this.stamp = 0;
    }
    return ++this.stamp;
  }

  /** True when the body at `from` reaches the one at `to` along the edges (a body reaches itself). */
  reaches(from: number, to: number): boolean {
    if (from === to) return true;
    const { upStart, up, seen, queue } = this;
    const stamp = this.nextStamp();
    seen[from] = stamp;
    queue[0] = from;
    let tail = 1;
    for (let head = 0; head < tail; head++) {
      const v = queue[head] as number;
      for (let k = upStart[v] as number; k < (upStart[v + 1] as number); k++) {
        const w = up[k] as number;
        if (w === to) return true;
        if (seen[w] !== stamp) {
          seen[w] = stamp;
          queue[tail++] = w;
        }
      }
    }
    return false;
  }

  /** 1 for every body with a chain of edges up to a body for which `isTop` is true (the tops included), else 0. */
  reachingUp(isTop: (position: number) => boolean): Uint8Array {
    const n = this.upStart.length - 1;
    const down = (this.down ??= transpose(this.upStart, this.up, n));
    const reached = new Uint8Array(n);
    const { queue } = this;
    let tail = 0;
    for (let b = 0; b < n; b++)
      if (isTop(b)) {
        reached[b] = 1;
        queue[tail++] = b;
      }
    for (let head = 0; head < tail; head++) {
      const v = queue[head] as number;
      for (let k = down.start[v] as number; k < (down.start[v + 1] as number); k++) {
        const w = down.items[k] as number;
        if (reached[w] === 0) {
          reached[w] = 1;
          queue[tail++] = w;
        }
      }
    }
    return reached;
  }
}
