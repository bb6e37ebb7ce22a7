import type { RoutePoint } from '../../../shared/layout/route/routeLines';

/** A level stretch at least this long takes the label before any upright one. */
const LEVEL_FOR_LABEL = 48;

/**
 * Where a label sits on a route: the middle of its longest level segment between the first
 * and the last, else of its longest segment. A level stretch runs in the gap between two
 * rows of boxes, where a label fits; an upright one runs between two columns, 36 px wide,
 * where a label of a hundred was hidden under the boxes on either side.
 */
export function labelPoint(points: readonly RoutePoint[]): RoutePoint {
  let best = { x: 0, y: 0, length: -1 };
  let level = { x: 0, y: 0, length: -1 };
  const inner = points.length > 3 ? points.slice(1, -1) : points;
  for (let i = 1; i < inner.length; i++) {
    const a = inner[i - 1] as RoutePoint;
    const b = inner[i] as RoutePoint;
    const length = Math.abs(b.x - a.x) + Math.abs(b.y - a.y);
    const middle = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2, length };
    if (length > best.length) best = middle;
    if (Math.abs(b.y - a.y) < 1 && length > level.length) level = middle;
  }
  const at = level.length >= LEVEL_FOR_LABEL ? level : best;
  return { x: at.x, y: at.y };
}
