import type { RouteGrid } from './routeGrid';

/** Directions on the grid: 0 +x, 1 −x, 2 +y, 3 −y. */
export type Direction = 0 | 1 | 2 | 3;

/**
 * How much the remaining distance outweighs the cost so far: above 1 the search heads for
 * the goal instead of trying every equal detour (routing the 300-body bench map took 3×
 * as long at 1.5), at the price of a few more crossings on large maps.
 */
const GREED = 2.5;
const DI = [1, -1, 0, 0] as const;
const DJ = [0, 0, 1, -1] as const;

/** What a route pays besides its length (px): a bend, crossing another line, running along one. */
export interface RouteCosts {
  readonly bend: number;
  readonly crossing: number;
  readonly overlap: number;
}

/** A binary heap of grid nodes by cost, ties broken by node index so the same map routes the same way. */
class NodeHeap {
  private nodes = new Int32Array(1024);
  private keys = new Float64Array(1024);
  size = 0;

  clear(): void {
    this.size = 0;
  }

  private less(ka: number, na: number, kb: number, nb: number): boolean {
    return ka < kb || (ka === kb && na < nb);
  }

  push(node: number, key: number): void {
    if (this.size === this.nodes.length) {
      const nodes = new Int32Array(this.size * 2);
      nodes.set(this.nodes);
      this.nodes = nodes;
      const keys = new Float64Array(this.size * 2);
      keys.set(this.keys);
      this.keys = keys;
    }
    let i = this.size++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const pk = this.keys[p] as number;
      const pn = this.nodes[p] as number;
      if (!this.less(key, node, pk, pn)) break;
      this.keys[i] = pk;
      this.nodes[i] = pn;
      i = p;
    }
    this.keys[i] = key;
    this.nodes[i] = node;
  }

  pop(): number {
    const top = this.nodes[0] as number;
    const n = --this.size;
    if (n > 0) {
      const key = this.keys[n] as number;
      const node = this.nodes[n] as number;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= n) break;
        const r = l + 1;
        let m = l;
        if (r < n && this.less(this.keys[r] as number, this.nodes[r] as number, this.keys[l] as number, this.nodes[l] as number)) m = r;
        if (!this.less(this.keys[m] as number, this.nodes[m] as number, key, node)) break;
        this.keys[i] = this.keys[m] as number;
        this.nodes[i] = this.nodes[m] as number;
        i = m;
      }
      this.keys[i] = key;
      this.nodes[i] = node;
    }
    return top;
  }
}

/**
 * A* over the grid, reused for every line of one routing: the lines already routed are
 * remembered (which grid points they pass along x and along y) so that later lines pay
 * for crossing or running along them and find another way where one exists.
 */
export class RouteSearch {
  private readonly g: Float64Array;
  private readonly parent: Int32Array;
  private readonly dirIn: Int8Array;
  private readonly seen: Uint32Array;
  private readonly closed: Uint32Array;
  private readonly alongX: Uint16Array;
  private readonly alongY: Uint16Array;
  private round = 0;
  private readonly heap = new NodeHeap();

  constructor(
    private readonly grid: RouteGrid,
    private readonly costs: RouteCosts,
  ) {
    const n = grid.nx * grid.ny;
    this.g = new Float64Array(n);
    this.parent = new Int32Array(n);
    this.dirIn = new Int8Array(n);
    this.seen = new Uint32Array(n);
    this.closed = new Uint32Array(n);
    this.alongX = new Uint16Array(n);
    this.alongY = new Uint16Array(n);
  }

  /**
   * The cheapest orthogonal path from grid node (si, sj), leaving in direction `leave`, to
   * (ti, tj), arriving in direction `arrive`; as grid nodes [i, j] from start to goal, or
   * null when the obstacles wall the goal off.
   */
  find(si: number, sj: number, leave: Direction, ti: number, tj: number, arrive: Direction): [number, number][] | null {
    const { grid, costs } = this;
    const nx = grid.nx;
    const xs = grid.xs;
    const ys = grid.ys;
    const round = ++this.round;
    const start = sj * nx + si;
    const goal = tj * nx + ti;
    const gx = xs[ti] as number;
    const gy = ys[tj] as number;
    const heap = this.heap;
    heap.clear();
    this.g[start] = 0;
    this.parent[start] = -1;
    this.dirIn[start] = leave;
    this.seen[start] = round;
    heap.push(start, 0);
    while (heap.size > 0) {
      const node = heap.pop();
      if (this.closed[node] === round) continue;
      this.closed[node] = round;
      if (node === goal) return this.path(goal);
      const i = node % nx;
      const j = (node - i) / nx;
      const x = xs[i] as number;
      const y = ys[j] as number;
      const dir = this.dirIn[node] as Direction;
      for (let d = 0 as Direction; d < 4; d++) {
        // Never straight back the way it came.
        if ((d ^ 1) === dir) continue;
        if (!grid.canStep(i, j, d)) continue;
        const ni = i + DI[d];
        const nj = j + DJ[d];
        const next = nj * nx + ni;
        if (this.closed[next] === round) continue;
        const horizontal = d < 2;
        let cost = this.g[node] as number;
        cost += horizontal ? Math.abs((xs[ni] as number) - x) : Math.abs((ys[nj] as number) - y);
        if (d !== dir) cost += costs.bend;
        // Across a line that runs the other way here; along one that runs this way.
        if ((horizontal ? this.alongY[next] : this.alongX[next]) !== 0 && next !== goal) cost += costs.crossing;
        if ((horizontal ? this.alongX[next] : this.alongY[next]) !== 0 && (horizontal ? this.alongX[node] : this.alongY[node]) !== 0) cost += costs.overlap;
        if (next === goal && d !== arrive) cost += costs.bend;
        if (this.seen[next] === round && (this.g[next] as number) <= cost) continue;
        this.seen[next] = round;
        this.g[next] = cost;
        this.parent[next] = node;
        this.dirIn[next] = d;
        const hx = Math.abs((xs[ni] as number) - gx);
        const hy = Math.abs((ys[nj] as number) - gy);
        // A bend where one must still come.
        heap.push(next, cost + GREED * (hx + hy) + (hx > 0 && hy > 0 ? costs.bend : 0));
      }
    }
    return null;
  }

  private path(goal: number): [number, number][] {
    const nx = this.grid.nx;
    const out: [number, number][] = [];
    for (let n = goal; n !== -1; n = this.parent[n] as number) out.push([n % nx, Math.floor(n / nx)]);
    return out.reverse();
  }

  /** Remembers a routed path (grid nodes, orthogonal steps) for the lines after it. */
  occupy(nodes: readonly [number, number][]): void {
    const nx = this.grid.nx;
    for (let k = 1; k < nodes.length; k++) {
      const [i0, j0] = nodes[k - 1] as [number, number];
      const [i1, j1] = nodes[k] as [number, number];
      if (j0 === j1) for (let i = Math.min(i0, i1); i <= Math.max(i0, i1); i++) this.alongX[j0 * nx + i] = (this.alongX[j0 * nx + i] as number) + 1;
      else for (let j = Math.min(j0, j1); j <= Math.max(j0, j1); j++) this.alongY[j * nx + i0] = (this.alongY[j * nx + i0] as number) + 1;
    }
  }
}
