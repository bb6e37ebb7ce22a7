import type { Obstacles } from './labelPlacement';
import type { Box, Point } from './sceneGeometry';

/** Fractions along a segment a label tries, best first: the middle, then out towards its ends. */
const ALONG = [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8];

/**
 * Where a label of this size goes on a routed line: on its longest free segment first
 * (a label on a short stub between two bends hides the bend), then the others by
 * length; failing that just beside a segment; failing that, the least covered spot.
 * Never on the first or last segment when there are others: those meet the boxes.
 */
export function placeLabelOnRoute(points: readonly Point[], width: number, height: number, obstacles: Obstacles): Box {
  const segments: { a: Point; b: Point; length: number; index: number }[] = [];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] as Point;
    const b = points[i] as Point;
    segments.push({ a, b, length: Math.hypot(b.x - a.x, b.y - a.y), index: i });
  }
  const inner = segments.length > 2 ? segments.slice(1, -1) : segments;
  const ranked = [...inner].sort((p, q) => q.length - p.length || p.index - q.index);
  let best: { box: Box; covered: number } | null = null;
  // On the line first; then beside it: above or below a horizontal segment, left or right of a vertical one.
  for (const away of [0, -1, 1]) {
    for (const s of ranked) {
      const horizontal = Math.abs(s.b.y - s.a.y) < 1e-6;
      const dx = horizontal ? 0 : away * (width / 2 + 3);
      const dy = horizontal ? away * (height / 2 + 3) : 0;
      for (const t of ALONG) {
        const p = { x: s.a.x + (s.b.x - s.a.x) * t, y: s.a.y + (s.b.y - s.a.y) * t };
        const box = { x: p.x + dx - width / 2, y: p.y + dy - height / 2, width, height };
        const covered = obstacles.covered(box);
        if (covered === 0) return box;
        if (best === null || covered < best.covered) best = { box, covered };
      }
    }
  }
  const fallback = points[0] ?? { x: 0, y: 0 };
  return best?.box ?? { x: fallback.x - width / 2, y: fallback.y - height / 2, width, height };
}
