import type { Box, Point } from './sceneGeometry';
import { cubicAt } from './sceneGeometry';

/**
 * How readable a diagram's lines are: lines that run through a box that is not one of
 * their ends, and crossings between lines. Measured on geometry alone (the exported SVG or
 * a scene), so the exports, the bench and ELK's layout are counted the same way.
 */
export interface Readability {
  readonly lines: number;
  /** Line–box pairs where the line passes through a box that is neither of its ends. */
  readonly intrusions: number;
  /** Lines with at least one intrusion. */
  readonly linesThroughBoxes: number;
  /** Points where two different lines cross. */
  readonly crossings: number;
}

/** A line as drawn: its points in order, curves already flattened, the arrow's tip last. */
export interface DrawnLine {
  readonly id: string;
  readonly points: readonly Point[];
}

export interface DrawnBox extends Box {
  readonly id: string;
}

/** A line touching a box this close (px) at its first or last point has the box as its end. */
const END_TOLERANCE = 3;
/** Grazing a box's edge is not running through it. */
const INSIDE_TOLERANCE = 1;

function near(p: Point, b: Box, d: number): boolean {
  return p.x >= b.x - d && p.x <= b.x + b.width + d && p.y >= b.y - d && p.y <= b.y + b.height + d;
}

function touches(a: Box, b: Box): boolean {
  return a.x <= b.x + b.width && b.x <= a.x + a.width && a.y <= b.y + b.height && b.y <= a.y + a.height;
}

/** Whether the segment a–b enters the open box (Liang–Barsky clipping). */
export function segmentEntersBox(a: Point, b: Point, box: Box): boolean {
  const x0 = box.x + INSIDE_TOLERANCE;
  const x1 = box.x + box.width - INSIDE_TOLERANCE;
  const y0 = box.y + INSIDE_TOLERANCE;
  const y1 = box.y + box.height - INSIDE_TOLERANCE;
  if (x1 <= x0 || y1 <= y0) return false;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  let t0 = 0;
  let t1 = 1;
  const clip = (p: number, q: number): boolean => {
    if (p === 0) return q > 0;
    const r = q / p;
    if (p < 0) {
      if (r > t1) return false;
      if (r > t0) t0 = r;
    } else {
      if (r < t0) return false;
      if (r < t1) t1 = r;
    }
    return true;
  };
  return clip(-dx, a.x - x0) && clip(dx, x1 - a.x) && clip(-dy, a.y - y0) && clip(dy, y1 - a.y) && t1 - t0 > 1e-9;
}

function orient(a: Point, b: Point, c: Point): number {
  const v = (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x);
  return Math.abs(v) < 1e-9 ? 0 : Math.sign(v);
}

/** Whether two segments cross at a point inside both (touching and running along each other do not count). */
export function segmentsCross(a: Point, b: Point, c: Point, d: Point): boolean {
  return orient(a, b, c) * orient(a, b, d) < 0 && orient(c, d, a) * orient(c, d, b) < 0;
}

interface Seg {
  readonly line: number;
  readonly a: Point;
  readonly b: Point;
  readonly x0: number;
  readonly x1: number;
  readonly y0: number;
  readonly y1: number;
}

/** The readability count of lines among boxes. */
export function countReadability(lines: readonly DrawnLine[], boxes: readonly DrawnBox[]): Readability {
  let intrusions = 0;
  let linesThroughBoxes = 0;
  const segs: Seg[] = [];
  lines.forEach((line, index) => {
    const pts = line.points;
    const first = pts[0];
    const last = pts[pts.length - 1];
    if (!first || !last) return;
    let through = 0;
    const xs = pts.map((p) => p.x);
    const ys = pts.map((p) => p.y);
    const extent = { x: Math.min(...xs), y: Math.min(...ys), width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
    for (const box of boxes) {
      if (!touches(extent, box) || near(first, box, END_TOLERANCE) || near(last, box, END_TOLERANCE)) continue;
      for (let i = 1; i < pts.length; i++) {
        const a = pts[i - 1] as Point;
        const b = pts[i] as Point;
        if (Math.max(a.x, b.x) <= box.x || Math.min(a.x, b.x) >= box.x + box.width || Math.max(a.y, b.y) <= box.y || Math.min(a.y, b.y) >= box.y + box.height) continue;
        if (segmentEntersBox(a, b, box)) {
          through++;
          break;
        }
      }
    }
    intrusions += through;
    if (through > 0) linesThroughBoxes++;
    for (let i = 1; i < pts.length; i++) {
      const a = pts[i - 1] as Point;
      const b = pts[i] as Point;
      segs.push({ line: index, a, b, x0: Math.min(a.x, b.x), x1: Math.max(a.x, b.x), y0: Math.min(a.y, b.y), y1: Math.max(a.y, b.y) });
    }
  });
  return { lines: lines.length, intrusions, linesThroughBoxes, crossings: countCrossings(segs) };
}

const CELL = 64;

/**
 * Crossings between segments of different lines. A grid of cells keeps a large map from
 * comparing every segment with every other; a crossing is counted in the one cell its
 * point lies in, so a pair met in several cells counts once.
 */
function countCrossings(segs: readonly Seg[]): number {
  const cells = new Map<string, Seg[]>();
  for (const s of segs) {
    for (let cx = Math.floor(s.x0 / CELL); cx <= Math.floor(s.x1 / CELL); cx++) {
      for (let cy = Math.floor(s.y0 / CELL); cy <= Math.floor(s.y1 / CELL); cy++) {
        const key = `${cx},${cy}`;
        const cell = cells.get(key);
        if (cell) cell.push(s);
        else cells.set(key, [s]);
      }
    }
  }
  let crossings = 0;
  for (const [key, cell] of cells) {
    const [cx, cy] = key.split(',').map(Number) as [number, number];
    for (let i = 0; i < cell.length; i++) {
      const s = cell[i] as Seg;
      for (let j = i + 1; j < cell.length; j++) {
        const t = cell[j] as Seg;
        if (t.line === s.line || t.x0 > s.x1 || t.x1 < s.x0 || t.y0 > s.y1 || t.y1 < s.y0) continue;
        if (!segmentsCross(s.a, s.b, t.a, t.b)) continue;
        const p = crossingPoint(s.a, s.b, t.a, t.b);
        if (Math.floor(p.x / CELL) === cx && Math.floor(p.y / CELL) === cy) crossings++;
      }
    }
  }
  return crossings;
}

function crossingPoint(a: Point, b: Point, c: Point, d: Point): Point {
  const r = { x: b.x - a.x, y: b.y - a.y };
  const q = { x: d.x - c.x, y: d.y - c.y };
  const t = ((c.x - a.x) * q.y - (c.y - a.y) * q.x) / (r.x * q.y - r.y * q.x);
  return { x: a.x + t * r.x, y: a.y + t * r.y };
}


const NUMBER = /-?\d*\.?\d+(?:e-?\d+)?/gi;

/** The points of an SVG path's `d` of M, L, H, V, Q and C commands (absolute), curves flattened. */
export function pathPoints(d: string): Point[] {
  const out: Point[] = [];
  let last: Point = { x: 0, y: 0 };
  for (const m of d.matchAll(/([MLHVCQ])([^MLHVCQZ]*)/gi)) {
    const op = (m[1] as string).toUpperCase();
    const n = ((m[2] as string).match(NUMBER) ?? []).map(Number);
    const take = (k: number): number[][] => {
      const groups: number[][] = [];
      for (let i = 0; i + k <= n.length; i += k) groups.push(n.slice(i, i + k));
      return groups;
    };
    if (op === 'M' || op === 'L') for (const [x, y] of take(2)) out.push((last = { x: x as number, y: y as number }));
    else if (op === 'H') for (const [x] of take(1)) out.push((last = { x: x as number, y: last.y }));
    else if (op === 'V') for (const [y] of take(1)) out.push((last = { x: last.x, y: y as number }));
    else if (op === 'C' || op === 'Q') {
      for (const g of take(op === 'C' ? 6 : 4)) {
        const [x1, y1, x2, y2, x, y] = op === 'C' ? g : [g[0], g[1], g[0], g[1], g[2], g[3]];
        const c1 = op === 'C' ? { x: x1 as number, y: y1 as number } : { x: last.x + (2 / 3) * ((x1 as number) - last.x), y: last.y + (2 / 3) * ((y1 as number) - last.y) };
        const end = { x: x as number, y: y as number };
        const c2 = op === 'C' ? { x: x2 as number, y: y2 as number } : { x: end.x + (2 / 3) * ((x1 as number) - end.x), y: end.y + (2 / 3) * ((y1 as number) - end.y) };
        const start = last;
        for (let i = 1; i <= 8; i++) out.push(cubicAt(start, c1, c2, end, i / 8));
        last = end;
      }
    }
  }
  return out;
}

function attr(tag: string, name: string): number {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? Number(m[1]) : NaN;
}

/**
 * The lines and boxes of an SVG that `sceneToSvg` wrote: a body is the first rect of its
 * `body-…` group; a line is the path of its `line-…`, `funding-…` or `decided-…` group, with the tip of
 * its arrowhead added (the drawn shaft stops inside the head).
 */
export function svgGeometry(svg: string): { lines: DrawnLine[]; boxes: DrawnBox[] } {
  const lines: DrawnLine[] = [];
  const boxes: DrawnBox[] = [];
  for (const m of svg.matchAll(/<g id="((?:body|line|funding|decided)-[^"]*)">([\s\S]*?)<\/g>/g)) {
    const id = m[1] as string;
    const inner = m[2] as string;
    if (id.startsWith('body-')) {
      const rect = /<rect\b[^>]*>/.exec(inner);
      if (rect) boxes.push({ id, x: attr(rect[0], 'x'), y: attr(rect[0], 'y'), width: attr(rect[0], 'width'), height: attr(rect[0], 'height') });
      continue;
    }
    if (id.endsWith('-label')) continue;
    const d = /<path\b[^>]*\sd="([^"]*)"/.exec(inner);
    if (!d) continue;
    const points = pathPoints(d[1] as string);
    const tip = /<polygon\b[^>]*\spoints="(-?[\d.]+),(-?[\d.]+)/.exec(inner);
    // The shaft stops short inside the head, on the way to its tip: the tip is where the line ends.
    if (tip) points.splice(points.length - 1, 1, { x: Number(tip[1]), y: Number(tip[2]) });
    lines.push({ id, points });
  }
  return { lines, boxes };
}

/** The readability count of an SVG that `sceneToSvg` wrote. */
export function svgReadability(svg: string): Readability {
  const { lines, boxes } = svgGeometry(svg);
  return countReadability(lines, boxes);
}
