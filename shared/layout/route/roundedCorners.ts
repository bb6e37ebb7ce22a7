import type { RoutePoint } from './routeGrid';

/** Straight and cubic pieces of a drawn route (the same shape as the export scene's path segments). */
export type RouteSegment =
  | { readonly op: 'M' | 'L'; readonly x: number; readonly y: number }
  | { readonly op: 'C'; readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number; readonly x: number; readonly y: number };

/** A quarter circle as one cubic: the control points sit this far along the tangents. */
const KAPPA = 0.5523;

/**
 * A route's corners as a path with each bend rounded by up to `radius` px (less where a
 * segment is short, so two bends never overlap). The last segment stays straight into the
 * end, where the arrowhead sits.
 */
export function roundedCorners(points: readonly RoutePoint[], radius = 6): RouteSegment[] {
  const first = points[0];
  if (!first) return [];
  const out: RouteSegment[] = [{ op: 'M', x: first.x, y: first.y }];
  for (let k = 1; k < points.length - 1; k++) {
    const prev = points[k - 1] as RoutePoint;
    const p = points[k] as RoutePoint;
    const next = points[k + 1] as RoutePoint;
    const inLength = Math.hypot(p.x - prev.x, p.y - prev.y);
    const outLength = Math.hypot(next.x - p.x, next.y - p.y);
    const r = Math.min(radius, inLength / 2, outLength / 2);
    if (r < 0.5) {
      out.push({ op: 'L', x: p.x, y: p.y });
      continue;
    }
    const ux = (p.x - prev.x) / inLength;
    const uy = (p.y - prev.y) / inLength;
    const vx = (next.x - p.x) / outLength;
    const vy = (next.y - p.y) / outLength;
    const a = { x: p.x - ux * r, y: p.y - uy * r };
    const b = { x: p.x + vx * r, y: p.y + vy * r };
    out.push({ op: 'L', x: a.x, y: a.y });
    out.push({ op: 'C', x1: a.x + ux * r * KAPPA, y1: a.y + uy * r * KAPPA, x2: b.x - vx * r * KAPPA, y2: b.y - vy * r * KAPPA, x: b.x, y: b.y });
  }
  const last = points[points.length - 1];
  if (last && points.length > 1) out.push({ op: 'L', x: last.x, y: last.y });
  return out;
}

const num = (v: number): string => String(Math.round(v * 100) / 100);

/** The path as an SVG `d` attribute (the canvas draws it so). */
export function routePathData(points: readonly RoutePoint[], radius = 6): string {
  return roundedCorners(points, radius)
    .map((s) => (s.op === 'C' ? `C${num(s.x1)} ${num(s.y1)} ${num(s.x2)} ${num(s.y2)} ${num(s.x)} ${num(s.y)}` : `${s.op}${num(s.x)} ${num(s.y)}`))
    .join(' ');
}
