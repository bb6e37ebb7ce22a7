import type { RoutePoint } from './routeGrid';

interface Stretch {
  readonly id: string;
  /** Index of the segment's first point in its route. */
  readonly k: number;
  readonly lo: number;
  readonly hi: number;
  /** Which way the line turns at the stretch's low end (−1 towards lower coordinates, 1 higher, 0 ends). */
  readonly turnLo: number;
  readonly turnHi: number;
}

/**
 * Which of two stretches of one lane goes on the lower side (−1: a first). At the far
 * end, the one that stops first goes on the side it turns to; at the near end, the one
 * that starts later goes on the side it comes from. Where the two ends disagree, the lines
 * must cross anyway and the far end decides.
 */
function order(a: Stretch, b: Stretch): number {
  const hi = a.hi < b.hi ? a.turnHi : b.hi < a.hi ? -b.turnHi : 0;
  const lo = a.lo > b.lo ? a.turnLo : b.lo > a.lo ? -b.turnLo : 0;
  return Math.sign(hi) || Math.sign(lo) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Lines that run along the same lane over the same stretch, spread apart side by side
 * (libavoid calls it nudging), so that each can be followed. A line's first and last
 * segments stay where they are: they meet the boxes at the ports. The spread stays within
 * the clearance, so a moved segment never reaches a box.
 */
export function spreadParallels(routes: ReadonlyMap<string, RoutePoint[]>, spacing: number, clearance: number): Map<string, RoutePoint[]> {
  const out = new Map<string, RoutePoint[]>();
  for (const [id, points] of routes) out.set(id, points.map((p) => ({ ...p })));
  for (const vertical of [true, false]) {
    const lanes = new Map<number, Stretch[]>();
    for (const [id, points] of out) {
      for (let k = 1; k + 2 < points.length; k++) {
        const a = points[k] as RoutePoint;
        const b = points[k + 1] as RoutePoint;
        if (vertical ? a.x !== b.x : a.y !== b.y) continue;
        const at = vertical ? a.x : a.y;
        const before = points[k - 1] as RoutePoint;
        const after = points[k + 2] as RoutePoint;
        const along = (p: RoutePoint): number => (vertical ? p.y : p.x);
        const across = (p: RoutePoint): number => Math.sign((vertical ? p.x : p.y) - at);
        const forward = along(a) <= along(b);
        const lo = Math.min(along(a), along(b));
        const hi = Math.max(along(a), along(b));
        const turnLo = across(forward ? before : after);
        const turnHi = across(forward ? after : before);
        const lane = lanes.get(at) ?? [];
        lane.push({ id, k, lo, hi, turnLo, turnHi });
        lanes.set(at, lane);
      }
    }
    for (const [at, lane] of [...lanes].sort((p, q) => p[0] - q[0])) {
      lane.sort((p, q) => p.lo - q.lo || p.hi - q.hi || (p.id < q.id ? -1 : 1));
      let group: Stretch[] = [];
      let reach = -Infinity;
      const flush = (): void => {
        if (group.length > 1) shift(out, group, at, vertical, spacing, clearance);
        group = [];
      };
      for (const s of lane) {
        if (s.lo >= reach) flush();
        group.push(s);
        reach = Math.max(reach, s.hi);
      }
      flush();
    }
  }
  return out;
}

function shift(routes: Map<string, RoutePoint[]>, group: Stretch[], at: number, vertical: boolean, spacing: number, clearance: number): void {
  const n = group.length;
  const ordered = [...group].sort(order);
  // A stretch just before a line's last segment must not move towards the box it enters:
  // the arrowhead needs that last segment's length. Then the group spreads away from it.
  let away = 0;
  for (const s of group) {
    const points = routes.get(s.id) as RoutePoint[];
    if (s.k + 3 !== points.length) continue;
    const end = points[points.length - 1] as RoutePoint;
    away = Math.sign(at - (vertical ? end.x : end.y));
  }
  const room = away === 0 ? 2 * Math.max(0, clearance - 3) : Math.max(0, clearance - 3);
  const gap = Math.min(spacing, room / (n - 1));
  ordered.forEach((s, index) => {
    const v = away === 0 ? at + (index - (n - 1) / 2) * gap : away > 0 ? at + index * gap : at - (n - 1 - index) * gap;
    const points = routes.get(s.id) as RoutePoint[];
    for (const k of [s.k, s.k + 1]) {
      const p = points[k] as RoutePoint;
      points[k] = vertical ? { x: v, y: p.y } : { x: p.x, y: v };
    }
  });
}
