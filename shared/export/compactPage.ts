import type { MandatModel, Position } from '../model/types';
import { NODE_HEIGHT, NODE_WIDTH } from '../layout/bandLayout';
import { compactBoxWidth, layoutBodies, type BodyBox } from './diagramBodies';
import { PAGE_SIZES } from './options';
import { resolvePage, type PageReading } from './pageFit';
import { requestScene, type ExportRequest } from './request';
import type { Scene } from './scene';
import { mapView } from './view';

/**
 * Gaps of the compact layout, in px: between boxes side by side a lane for a line each
 * way, between rows room for an arrowhead, one bend and a line label (labelPlacement.ts
 * puts labels on free segments, which the rows' gaps are).
 */
const GAP_X = 20;
const GAP_Y = 30;

/** The page a PDF is printed on, which scene goes on it, and whether that is the compact layout. */
export interface PagePlan extends PageReading {
  readonly scene: Scene;
  readonly fits: boolean;
  readonly compact: boolean;
}

/**
 * Each box's new left edge: the map's columns (boxes whose spans across overlap, merged)
 * side by side GAP_X apart, so empty stretches of the canvas go; inside a column the
 * boxes keep their offsets, narrowed as the boxes are.
 */
function compactColumns(boxes: readonly BodyBox[], width: number): Map<BodyBox, number> {
  const squeeze = width / NODE_WIDTH;
  const byX = [...boxes].sort((a, b) => a.x - b.x);
  const out = new Map<BodyBox, number>();
  let start = -Infinity; // the column's left edge on the map
  let end = -Infinity; // its right edge on the map
  let placedStart = 0; // its left edge in the compact layout
  let placedEnd = -GAP_X; // the right edge of everything placed so far
  for (const b of byX) {
    if (b.x >= end) {
      placedStart = placedEnd + GAP_X;
      start = b.x;
    }
    end = Math.max(end, b.x + NODE_WIDTH);
    const x = Math.round(placedStart + (b.x - start) * squeeze);
    out.set(b, x);
    placedEnd = Math.max(placedEnd, x + b.width);
  }
  return out;
}

/**
 * The boxes moved together: rows as the map has them (a body joins a row when it stands
 * less than half a box lower than the row's first body), one box height and GAP_Y apart;
 * across, the map's columns packed (compactColumns), and boxes pushed apart where a row
 * would bring them closer than GAP_X.
 */
export function compactPositions(boxes: readonly BodyBox[]): Map<string, Position> {
  const out = new Map<string, Position>();
  if (boxes.length === 0) return out;
  const columns = compactColumns(boxes, boxes[0]?.width ?? NODE_WIDTH);
  const byY = [...boxes].sort((a, b) => a.y - b.y || a.x - b.x);
  const rows: BodyBox[][] = [];
  for (const b of byY) {
    const row = rows[rows.length - 1];
    if (row && b.y < (row[0]?.y ?? 0) + NODE_HEIGHT / 2) row.push(b);
    else rows.push([b]);
  }
  let top = 0;
  for (const row of rows) {
    let next = -Infinity;
    for (const b of [...row].sort((a, c) => a.x - c.x)) {
      const x = Math.max(columns.get(b) ?? 0, next);
      out.set(b.view.body.id, { x, y: top });
      next = x + b.width + GAP_X;
    }
    top += Math.max(...row.map((b) => b.height)) + GAP_Y;
  }
  return out;
}

/** The request's diagram in the compact layout: narrower boxes, full-size names on up to three lines, rows packed. */
export function compactScene(model: MandatModel, request: ExportRequest, positions?: ReadonlyMap<string, Position>): Scene {
  const view = mapView(model, {
    asOf: request.asOf,
    ...(request.levels ? { levels: request.levels } : {}),
    ...(request.selection ? { selection: request.selection } : {}),
    ...(positions ? { positions } : {}),
  });
  const boxes = layoutBodies(view.bodies, new Map(), request.lang, compactBoxWidth(view.bodies));
  return requestScene(model, request, compactPositions(boxes), true);
}

const rank = (r: PageReading): number => PAGE_SIZES.indexOf(r.page);

/**
 * The page of a one-page PDF and the scene on it. The plain diagram when its names print
 * at 8 pt or more; otherwise the compact layout when that makes them readable on the page
 * asked for (either way round) or, for 'auto' when the plain diagram reads on no page, on
 * some page; otherwise the plain diagram with `fits` false, so the caller can offer the poster.
 */
export function planPage(model: MandatModel, request: ExportRequest, positions?: ReadonlyMap<string, Position>, plainScene?: Scene): PagePlan {
  const plain = plainScene ?? requestScene(model, request, positions);
  const plainPage = resolvePage(plain, request.page, request.landscape);
  const plainPlan: PagePlan = { ...plainPage, scene: plain, compact: false };
  if (plainPage.fits || plainPage.namePt === null) return plainPlan;
  const compact = compactScene(model, request, positions);
  if (request.page === 'auto') {
    const auto = resolvePage(compact, 'auto', request.landscape);
    return auto.fits && rank(auto) <= rank(plainPage) ? { ...auto, scene: compact, compact: true } : plainPlan;
  }
  for (const landscape of [request.landscape, !request.landscape]) {
    const reading = resolvePage(compact, request.page, landscape);
    if (reading.fits) return { ...reading, scene: compact, compact: true };
  }
  return plainPlan;
}
