import type { FitViewOptions } from '@xyflow/react';
/** Where the canvas looks: the viewport that shows a rectangle of the map at a readable zoom. */

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface Viewport {
  readonly x: number;
  readonly y: number;
  readonly zoom: number;
}

/** The lowest zoom at which a body's name can be read (its 14 px name is about 8 px there). */
export const READABLE_ZOOM = 0.6;
/** Framing one body does not blow it up beyond its own size. */
export const FRAME_MAX_ZOOM = 1;
/** Room left around what is framed, in screen pixels. */
export const FRAME_PADDING = 48;

/** The rectangle the given rectangles cover together, or null for none. */
export function boundsOf(rects: Iterable<Rect>): Rect | null {
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

/**
 * The viewport that centres `bounds` in a canvas of `width` × `height` screen pixels, as
 * large as fits but never below the readable zoom: elements spread wider than the canvas
 * at that zoom are centred and the canvas scrolls to them, rather than shrinking them to dots.
 */
export function readableViewport(bounds: Rect, width: number, height: number, options: { minZoom?: number; maxZoom?: number; padding?: number } = {}): Viewport {
  const minZoom = options.minZoom ?? READABLE_ZOOM;
  const maxZoom = options.maxZoom ?? FRAME_MAX_ZOOM;
  const padding = options.padding ?? FRAME_PADDING;
  const fit = Math.min((width - 2 * padding) / Math.max(bounds.width, 1), (height - 2 * padding) / Math.max(bounds.height, 1));
  const zoom = Math.min(Math.max(fit, minZoom), maxZoom);
  return {
    x: width / 2 - (bounds.x + bounds.width / 2) * zoom,
    y: height / 2 - (bounds.y + bounds.height / 2) * zoom,
    zoom,
  };
}

/** Whether `bounds` fits in the canvas, padding included, at `zoom`. */
function fitsAt(bounds: Rect, width: number, height: number, zoom: number, padding = FRAME_PADDING): boolean {
  return bounds.width * zoom <= width - 2 * padding && bounds.height * zoom <= height - 2 * padding;
}

/**
 * The viewport that shows the elements of a finding (or a selection) readably. When they
 * all fit at the readable zoom they are framed together; when they are spread wider (two
 * bodies at the two ends of a large map), the view goes to the first element and those
 * others that fit beside it, since centred between them at a readable zoom the view would
 * show neither. Null when there is nothing to frame.
 */
export function frameElements(rects: readonly Rect[], width: number, height: number): Viewport | null {
  const all = boundsOf(rects);
  if (!all) return null;
  if (fitsAt(all, width, height, READABLE_ZOOM)) return readableViewport(all, width, height);
  let taken: Rect | null = null;
  for (const r of rects) {
    const grown: Rect = taken ? (boundsOf([taken, r]) as Rect) : r;
    if (taken === null || fitsAt(grown, width, height, READABLE_ZOOM)) taken = grown;
  }
  return readableViewport(taken as Rect, width, height);
}

/**
 * The bodies Fit View frames: those the level and kind filters show, and of those only
 * the search's hits while a search has any among them.
 */
export function fitTargets(shown: readonly string[], hits: ReadonlySet<string> | null): string[] {
  if (hits === null) return [...shown];
  const matching = shown.filter((id) => hits.has(id));
  return matching.length > 0 ? matching : [...shown];
}

/**
 * The strip along the canvas's left edge that the zoom buttons cover (React Flow's 15 px
 * panel margin, a 26 px button and a little air).
 */
export const CONTROLS_INSET = 48;

/**
 * Fit View's room around the map: a share of the canvas, and on the left at least the
 * zoom buttons' strip, so that no box of the map's left column is drawn under them.
 */
export const FIT_PADDING: NonNullable<FitViewOptions['padding']> = { top: 0.08, right: 0.08, bottom: 0.08, left: `${CONTROLS_INSET + 8}px` };
/** Fit View does not blow a small map up beyond this. */
export const FIT_MAX_ZOOM = 1.2;
