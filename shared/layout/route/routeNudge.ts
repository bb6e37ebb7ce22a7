import type { RoutePoint } from './routeLines';

interface Stretch {
  readonly id: string;
  /** Index of the segment's first point in its route. */
  readonly k: number;
  readonly lo: number;
  readonly hi: number;
  /** Where the line goes on either side of the stretch, across it: sorts the stretches so they do not cross. */
  readonly side: number;
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
        const side = vertical ? before.x + after.x - 2 * at : before.y + after.y - 2 * at;
        const lo = Math.min(vertical ? a.y : a.x, vertical ? b.y : b.x);
        const hi = Math.max(vertical ? a.y : a.x, vertical ? b.y : b.x);
        const lane = lanes.get(at) ?? [];
        lane.push({ id, k, lo, hi, side });
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
  const gap = Math.min(spacing, (2 * Math.max(0, clearance - 3)) / (n - 1));
  const ordered = [...group].sort((p, q) => p.side - q.side || (p.id < q.id ? -1 : p.id > q.id ? 1 : p.k - q.k));
  ordered.forEach((s, index) => {
    const v = at + (index - (n - 1) / 2) * gap;
    const points = routes.get(s.id) as RoutePoint[];
    for (const k of [s.k, s.k + 1]) {
      const p = points[k] as RoutePoint;
      points[k] = vertical ? { x: v, y: p.y } : { x: p.x, y: v };
    }
  });
}
