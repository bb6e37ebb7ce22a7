import type { PathSegment, SceneItem } from './scene';
import { ascentOf, descentOf, FIT_SAFETY, measureText } from './textFit';

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The point at `t` (0 to 1) on a cubic Bézier curve. */
export function cubicAt(p0: Point, c1: Point, c2: Point, p3: Point, t: number): Point {
  const u = 1 - t;
  const a = u * u * u;
  const b = 3 * u * u * t;
  const c = 3 * u * t * t;
  const d = t * t * t;
  return { x: a * p0.x + b * c1.x + c * c2.x + d * p3.x, y: a * p0.y + b * c1.y + c * c2.y + d * p3.y };
}

/** Points along a path: its corners, and enough of each curve that its extent is close. */
function pathPoints(segments: readonly PathSegment[]): Point[] {
  const out: Point[] = [];
  let last: Point = { x: 0, y: 0 };
  for (const s of segments) {
    if (s.op === 'C') {
      for (let i = 1; i <= 16; i++) out.push(cubicAt(last, { x: s.x1, y: s.y1 }, { x: s.x2, y: s.y2 }, s, i / 16));
    } else out.push(s);
    last = s;
  }
  return out;
}

/** The smallest box around the items as drawn (strokes, arrowheads and text included); null when there are none. */
export function boundsOf(items: readonly SceneItem[]): Box | null {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  const add = (ax: number, ay: number, bx: number, by: number): void => {
    x0 = Math.min(x0, ax);
    y0 = Math.min(y0, ay);
    x1 = Math.max(x1, bx);
    y1 = Math.max(y1, by);
  };
  const visit = (item: SceneItem): void => {
    switch (item.type) {
      case 'rect': {
        const half = item.stroke ? item.stroke.width / 2 : 0;
        add(item.x - half, item.y - half, item.x + item.width + half, item.y + item.height + half);
        break;
      }
      case 'path': {
        // Room for half the stroke, and for an arrowhead's wings.
        const pad = item.stroke.width / 2 + (item.arrow ? arrowSize(item.stroke.width).halfWidth : 0);
        for (const p of pathPoints(item.segments)) add(p.x - pad, p.y - pad, p.x + pad, p.y + pad);
        break;
      }
      case 'text': {
        const w = measureText(item.text, item.size, item.bold) * FIT_SAFETY;
        const left = item.anchor === 'start' ? item.x : item.anchor === 'middle' ? item.x - w / 2 : item.x - w;
        add(left, item.y - ascentOf(item.size), left + w, item.y + descentOf(item.size));
        break;
      }
      case 'group':
        item.items.forEach(visit);
        break;
    }
  };
  items.forEach(visit);
  return x0 === Infinity ? null : { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** The same items moved by (dx, dy). */
export function translateItems(items: readonly SceneItem[], dx: number, dy: number): SceneItem[] {
  const move = (item: SceneItem): SceneItem => {
    switch (item.type) {
      case 'rect':
      case 'text':
        return { ...item, x: item.x + dx, y: item.y + dy };
      case 'path':
        return {
          ...item,
          segments: item.segments.map((s) =>
            s.op === 'C'
              ? { ...s, x1: s.x1 + dx, y1: s.y1 + dy, x2: s.x2 + dx, y2: s.y2 + dy, x: s.x + dx, y: s.y + dy }
              : { ...s, x: s.x + dx, y: s.y + dy },
          ),
        };
      case 'group':
        return { ...item, items: item.items.map(move) };
    }
  };
  return items.map(move);
}

/** Whether two boxes overlap (touching edges do not). */
export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The area two boxes share. */
export function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * The arrowhead every writer draws at the end of a path with `arrow`, for a stroke of this
 * width: a closed triangle whose tip is the path's end.
 */
export function arrowSize(strokeWidth: number): { readonly length: number; readonly halfWidth: number } {
  // Grows with the line so a thick line does not hide its own arrowhead (as pdf.ts draws it).
  const length = 5 + 3 * strokeWidth;
  return { length, halfWidth: length * 0.4 };
}

/**
 * The arrowhead of a path ending at `tip` and coming from the direction of `from`: the
 * triangle's three corners, and where the stroke should stop so that its flat end hides
 * under the head instead of poking past the tip.
 */
export function arrowHead(from: Point, tip: Point, strokeWidth: number): { readonly corners: readonly [Point, Point, Point]; readonly shaftEnd: Point } {
  const { length, halfWidth } = arrowSize(strokeWidth);
  const dx = tip.x - from.x;
  const dy = tip.y - from.y;
  const d = Math.hypot(dx, dy) || 1;
  const ux = dx / d;
  const uy = dy / d;
  const base = { x: tip.x - ux * length, y: tip.y - uy * length };
  return {
    corners: [tip, { x: base.x - uy * halfWidth, y: base.y + ux * halfWidth }, { x: base.x + uy * halfWidth, y: base.y - ux * halfWidth }],
    shaftEnd: { x: tip.x - ux * length * 0.7, y: tip.y - uy * length * 0.7 },
  };
}
