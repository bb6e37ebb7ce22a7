/**
 * Where a governing document's sheet stands and how its links meet the boxes: shared by the
 * canvas (renderer/src/documents/DocumentLayer.tsx) and the diagram export, so both draw
 * the same picture.
 */

/** A rectangle on the canvas, in flow coordinates. */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** The size of a document's sheet on the canvas (the CSS's .doc-sheet, less its growing with a long title). */
export const SHEET = { width: 170, height: 64 } as const;

export const centre = (r: Rect): Point => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });

/** Where the segment from the rectangle's centre towards `to` leaves the rectangle. */
export function exitPoint(r: Rect, to: Point): Point {
  const c = centre(r);
  const dx = to.x - c.x;
  const dy = to.y - c.y;
  if (dx === 0 && dy === 0) return c;
  const sx = dx === 0 ? Infinity : r.width / 2 / Math.abs(dx);
  const sy = dy === 0 ? Infinity : r.height / 2 / Math.abs(dy);
  const s = Math.min(sx, sy, 1);
  return { x: c.x + dx * s, y: c.y + dy * s };
}

/** The line between two rectangles, from border to border. */
export function linkBetween(a: Rect, b: Rect): [Point, Point] {
  return [exitPoint(a, centre(b)), exitPoint(b, centre(a))];
}

/**
 * Where documents without a position stand: in a column left of the bodies, one under the
 * other, so they never cover a body. Placed ones keep their own position.
 */
export function unplacedSpot(bounds: Rect | null, index: number): Point {
  const left = bounds ? bounds.x - SHEET.width - 96 : 0;
  const top = bounds ? bounds.y : 0;
  return { x: Math.round(left), y: Math.round(top + index * (SHEET.height + 36)) };
}

/** The rectangle around all the given rectangles, or null for none. */
export function boundsOfRects(rects: Iterable<Rect>): Rect | null {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const r of rects) {
    x0 = Math.min(x0, r.x);
    y0 = Math.min(y0, r.y);
    x1 = Math.max(x1, r.x + r.width);
    y1 = Math.max(y1, r.y + r.height);
  }
  return x0 === Infinity ? null : { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** Each document's sheet position: its own, or the next free spot in the column left of the bodies. */
export function sheetPositions(documents: readonly { readonly id: string; readonly position: Point | null }[], bounds: Rect | null): Map<string, Point> {
  let unplaced = 0;
  return new Map(documents.map((d) => [d.id, d.position ?? unplacedSpot(bounds, unplaced++)]));
}
