/**
 * The orthogonal visibility grid a router searches, in the manner of libavoid: the lines
 * through every obstacle's (padded) sides and every port, and which steps between
 * neighbouring grid points would enter an obstacle. Pure arithmetic, no DOM.
 */

/** A point of a route (kept here, below every other routing module, so none imports another in a ring). */
export interface RoutePoint {
  readonly x: number;
  readonly y: number;
}

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Coordinates are kept on a quarter-pixel lattice so the same value found twice is one grid line. */
export const snap = (v: number): number => Math.round(v * 4) / 4;

function sortedUnique(values: Iterable<number>): Float64Array {
  const out = Float64Array.from(new Set(Array.from(values, snap)));
  out.sort();
  return out;
}

/** The index of `v` in the sorted array (which holds it). */
export function indexOf(sorted: Float64Array, v: number): number {
  const target = snap(v);
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class RouteGrid {
  readonly xs: Float64Array;
  readonly ys: Float64Array;
  /** Step from (i, j) to (i + 1, j) blocked: index j * nx + i. */
  private readonly hBlocked: Uint8Array;
  /** Step from (i, j) to (i, j + 1) blocked: index i * ny + j. */
  private readonly vBlocked: Uint8Array;

  /**
   * @param obstacles the boxes, already padded by the clearance lines keep from them
   * @param extraXs, extraYs grid lines through the ports and their stubs
   */
  constructor(obstacles: readonly Rect[], extraXs: Iterable<number>, extraYs: Iterable<number>) {
    const xs: number[] = [...extraXs];
    const ys: number[] = [...extraYs];
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (const o of obstacles) {
      xs.push(o.x, o.x + o.width);
      ys.push(o.y, o.y + o.height);
      minX = Math.min(minX, o.x);
      minY = Math.min(minY, o.y);
      maxX = Math.max(maxX, o.x + o.width);
      maxY = Math.max(maxY, o.y + o.height);
    }
    // A free lane all round, so a line can always go around the outside.
    if (obstacles.length > 0) {
      xs.push(minX - 20, maxX + 20);
      ys.push(minY - 20, maxY + 20);
    }
    this.xs = sortedUnique(xs);
    this.ys = sortedUnique(ys);
    const nx = this.xs.length;
    const ny = this.ys.length;
    this.hBlocked = new Uint8Array(nx * ny);
    this.vBlocked = new Uint8Array(nx * ny);
    for (const o of obstacles) {
      const i0 = indexOf(this.xs, o.x);
      const i1 = indexOf(this.xs, o.x + o.width);
      const j0 = indexOf(this.ys, o.y);
      const j1 = indexOf(this.ys, o.y + o.height);
      // Along a grid line strictly inside the box, every step between its sides is blocked;
      // steps along its sides are free (that is where lines hug it).
      for (let j = j0 + 1; j < j1; j++) for (let i = i0; i < i1; i++) this.hBlocked[j * nx + i] = 1;
      for (let i = i0 + 1; i < i1; i++) for (let j = j0; j < j1; j++) this.vBlocked[i * ny + j] = 1;
    }
  }

  get nx(): number {
    return this.xs.length;
  }

  get ny(): number {
    return this.ys.length;
  }

  /** Whether a step from node (i, j) in direction d (0 +x, 1 −x, 2 +y, 3 −y) is allowed. */
  canStep(i: number, j: number, d: number): boolean {
    const nx = this.xs.length;
    const ny = this.ys.length;
    switch (d) {
      case 0:
        return i + 1 < nx && this.hBlocked[j * nx + i] === 0;
      case 1:
        return i > 0 && this.hBlocked[j * nx + i - 1] === 0;
      case 2:
        return j + 1 < ny && this.vBlocked[i * ny + j] === 0;
      default:
        return j > 0 && this.vBlocked[i * ny + j - 1] === 0;
    }
  }
}
