import { RouteGrid, indexOf, snap, type Rect } from './routeGrid';
import { spreadParallels } from './routeNudge';
import { RouteSearch, type Direction } from './routeSearch';

import type { RoutePoint } from './routeGrid';

export type { RoutePoint } from './routeGrid';

/** A box lines go around; its id names it as the end of a line. */
export interface RouteBox extends Rect {
  readonly id: string;
}

/** Which side of its box a line leaves or enters by. */
export type RouteSide = 'top' | 'bottom';

/** One line to route: from a point on a side of one box to a point on a side of another. */
export interface RouteRequest {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly start: RoutePoint;
  readonly startSide: RouteSide;
  readonly end: RoutePoint;
  readonly endSide: RouteSide;
}

export interface RouteOptions {
  /** How far lines keep from boxes (px). */
  readonly clearance: number;
  /** How far apart lines that share a stretch are spread (px). */
  readonly spacing: number;
  /** How long a line's last segment is at least, for its arrowhead (px; at most the gap between boxes less the clearance). */
  readonly arrival: number;
}

export const ROUTE_DEFAULTS: RouteOptions = { clearance: 10, spacing: 6, arrival: 14 };

/** The clearance of a second try for lines whose ends another box comes too close to. */
const TIGHT = 3;

const COSTS = { bend: 24, crossing: 60, overlap: 8 };

/** The point a line's stub reaches: straight out of its side, to the box's clearance. */
function stubEnd(p: RoutePoint, side: RouteSide, box: Rect | undefined, clearance: number): RoutePoint {
  if (!box) return { x: p.x, y: p.y + (side === 'top' ? -clearance : clearance) };
  return { x: p.x, y: side === 'top' ? box.y - clearance : box.y + box.height + clearance };
}

/** Drops the points that do not turn (and repeats), keeping the ends. */
export function corners(points: readonly RoutePoint[]): RoutePoint[] {
  const out: RoutePoint[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last && Math.abs(last.x - p.x) < 1e-6 && Math.abs(last.y - p.y) < 1e-6) continue;
    const before = out[out.length - 2];
    if (before && last && ((Math.abs(before.x - last.x) < 1e-6 && Math.abs(last.x - p.x) < 1e-6) || (Math.abs(before.y - last.y) < 1e-6 && Math.abs(last.y - p.y) < 1e-6))) out.pop();
    out.push(p);
  }
  return out;
}

/**
 * Every line routed orthogonally around the boxes: out of its start side, along the
 * free lanes between boxes with as few bends and crossings as it can, into its end side;
 * lines that share a lane are then spread apart. The result is each line's corner points
 * from start to end. The same boxes and requests always give the same routes.
 */
export function routeLines(boxes: readonly RouteBox[], requests: readonly RouteRequest[], options: Partial<RouteOptions> = {}): Map<string, RoutePoint[]> {
  const o = { ...ROUTE_DEFAULTS, ...options };
  const byId = new Map(boxes.map((b) => [b.id, b]));
  const padded = boxes.map((b) => ({ x: b.x - o.clearance, y: b.y - o.clearance, width: b.width + 2 * o.clearance, height: b.height + 2 * o.clearance }));
  const stubs = requests.map((r) => ({
    r,
    a: stubEnd(r.start, r.startSide, byId.get(r.from), o.clearance),
    b: stubEnd(r.end, r.endSide, byId.get(r.to), Math.max(o.clearance, o.arrival)),
  }));
  const grid = new RouteGrid(
    padded,
    stubs.flatMap((s) => [s.a.x, s.b.x]),
    stubs.flatMap((s) => [s.a.y, s.b.y]),
  );
  const search = new RouteSearch(grid, COSTS);
  // Short lines first: they have the fewest ways round, and the long ones adapt to them.
  const order = [...stubs].sort((p, q) => Math.abs(p.a.x - p.b.x) + Math.abs(p.a.y - p.b.y) - (Math.abs(q.a.x - q.b.x) + Math.abs(q.a.y - q.b.y)) || (p.r.id < q.r.id ? -1 : p.r.id > q.r.id ? 1 : 0));
  const routes = new Map<string, RoutePoint[]>();
  const walledIn: RouteRequest[] = [];
  for (const { r, a, b } of order) {
    const leave: Direction = r.startSide === 'top' ? 3 : 2;
    // Into a bottom side the last step goes up (−y); into a top side, down.
    const arrive: Direction = r.endSide === 'bottom' ? 3 : 2;
    const nodes = search.find(indexOf(grid.xs, a.x), indexOf(grid.ys, a.y), leave, indexOf(grid.xs, b.x), indexOf(grid.ys, b.y), arrive);
    let middle: RoutePoint[];
    if (nodes) {
      search.occupy(nodes);
      middle = nodes.map(([i, j]) => ({ x: grid.xs[i] as number, y: grid.ys[j] as number }));
    } else if (o.clearance > TIGHT) {
      // Another box closer than the clearance walls an end in: tried again below, closer to the boxes.
      walledIn.push(r);
      continue;
    } else {
      // Walled in even so (boxes on top of each other): the plainest orthogonal path.
      const y = snap((a.y + b.y) / 2);
      middle = [a, { x: a.x, y }, { x: b.x, y }, b];
    }
    routes.set(r.id, corners([r.start, ...middle, r.end]));
  }
  const spread = spreadParallels(routes, o.spacing, o.clearance);
  if (walledIn.length > 0) for (const [id, points] of routeLines(boxes, walledIn, { clearance: TIGHT, arrival: TIGHT, spacing: 0 })) spread.set(id, points);
  // In the order asked for.
  return new Map(requests.map((r) => [r.id, spread.get(r.id) ?? []]));
}
