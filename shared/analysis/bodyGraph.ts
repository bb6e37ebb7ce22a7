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
  /** Where a search reached each body from (made at the first `farthestChain`). */
  private parent: Int32Array | null = null;

  /** The graph of the rows `upStart`/`up` (made by the context from its edges). */
  constructor(upStart: Int32Array, up: Int32Array) {
    const n = upStart.length - 1;
    this.upStart = upStart;
    this.up = up;
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

  /**
   * The chain from `from` to the last body a breadth-first search along the edges reaches,
   * `from` first, as positions: the scratch arrays of the graph rather than a map and a queue
   * of ids each search.
   */
  farthestChain(from: number): number[] {
    const { upStart, up, seen, queue } = this;
    const parent = (this.parent ??= new Int32Array(seen.length));
    const stamp = this.nextStamp();
    seen[from] = stamp;
    parent[from] = -1;
    queue[0] = from;
    let tail = 1;
    for (let head = 0; head < tail; head++) {
      const v = queue[head] as number;
      for (let k = upStart[v] as number; k < (upStart[v + 1] as number); k++) {
        const w = up[k] as number;
        if (seen[w] !== stamp) {
          seen[w] = stamp;
          parent[w] = v;
          queue[tail++] = w;
        }
      }
    }
    // Walked back from the farthest body and turned round once.
    const chain: number[] = [];
    for (let cur = queue[tail - 1] as number; cur !== -1; cur = parent[cur] as number) chain.push(cur);
    return chain.reverse();
  }

  /** The one body directly above `b` (its edges are distinct, so: exactly one edge), or -1. */
  singleUp(b: number): number {
    const from = this.upStart[b] as number;
    return (this.upStart[b + 1] as number) - from === 1 ? (this.up[from] as number) : -1;
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
