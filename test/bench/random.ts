/** Seeded randomness for the synthetic maps: the same seed, the same map. */

/** mulberry32: a small, fast, seedable PRNG giving floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Rng {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(): number {
    return this.next();
  }
  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[this.int(items.length)] as T;
  }
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, w] of items) total += w;
    let r = this.next() * total;
    for (const [item, w] of items) {
      r -= w;
      if (r < 0) return item;
    }
    return (items[items.length - 1] as readonly [T, number])[0];
  }
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      const t = items[i] as T;
      items[i] = items[j] as T;
      items[j] = t;
    }
    return items;
  }
}

/**
 * Splits `total` over slots in proportion to `weights` (largest remainder), never
 * giving a slot more than its cap. Slots of weight 0 only get something when every
 * weighted slot is full.
 */
export function apportion(total: number, weights: readonly number[], caps?: readonly number[]): number[] {
  const n = weights.length;
  const cap = (i: number): number => (caps ? (caps[i] as number) : Infinity);
  let capTotal = 0;
  for (let i = 0; i < n; i++) capTotal += cap(i);
  if (total > capTotal) throw new Error(`cannot place ${total} in slots holding at most ${capTotal}`);
  const out = new Array<number>(n).fill(0);
  let remaining = total;
  while (remaining > 0) {
    const open: number[] = [];
    for (let i = 0; i < n; i++) if ((out[i] as number) < cap(i)) open.push(i);
    let w = open.map((i) => Math.max(0, weights[i] as number));
    let sum = w.reduce((a, b) => a + b, 0);
    if (sum === 0) {
      w = open.map(() => 1);
      sum = open.length;
    }
    const exact = w.map((x) => (remaining * x) / sum);
    const share = exact.map((x) => Math.floor(x));
    let left = remaining - share.reduce((a, b) => a + b, 0);
    const order = exact.map((x, k) => [x - Math.floor(x), k] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
    for (const [, k] of order) {
      if (left === 0) break;
      share[k] = (share[k] as number) + 1;
      left--;
    }
    let capped = false;
    open.forEach((i, k) => {
      const room = cap(i) - (out[i] as number);
      if ((share[k] as number) > room) {
        out[i] = cap(i);
        remaining -= room;
        capped = true;
      }
    });
    if (capped) continue;
    open.forEach((i, k) => (out[i] = (out[i] as number) + (share[k] as number)));
    remaining = 0;
  }
  return out;
}
