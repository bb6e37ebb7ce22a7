import type { Body, Position } from '../model/types';
import type { BodyKind, Level } from '../model/vocabulary';
import { boxHeightOf } from './boxHeight';

/** The size of a body on the canvas, shared by the layouts and the editor. */
export const NODE_WIDTH = 220;
export const NODE_HEIGHT = 84;

const KIND_ORDER: readonly BodyKind[] = [
  'assembly',
  'executive_board',
  'working_committee',
  'drafting_committee',
  'council',
  'committee',
  'administration',
  'steering_group',
  'management_group',
  'company',
  'operative_group',
  'working_group',
  'external_organisation',
];
const BANDS: readonly Level[] = ['political', 'administrative', 'operative'];
/**
 * Names in Swedish order. One collator, made once: the same order as
 * `localeCompare(…, 'sv')`, which sets up a collator at every call (most of the layout's
 * time on a large map, laid out again whenever the canvas rebuilds its nodes). Made at
 * the first layout, not when the module loads: in the browser, setting up the Swedish
 * collation took 20–30 ms of the start, which lays nothing out when the map has its places.
 */
let swedish: Intl.Collator | undefined;

export interface BandLayoutOptions {
  /** Bodies a row; by default 5, more on a large map (see rowLength). */
  readonly perRow: number;
  readonly gapX: number;
  readonly gapY: number;
  readonly bandGap: number;
  /** How tall a body's box is drawn; by default estimated from its longest name (boxHeight.ts). */
  readonly heightOf: (body: Body) => number;
}

const DEFAULTS: BandLayoutOptions = { perRow: 5, gapX: 36, gapY: 36, bandGap: 110, heightOf: (b) => boxHeightOf(b) };

/**
 * How many bodies a row holds: 5 for a map of up to 33 banded bodies, and for a larger
 * one about √(¾·n), so that the bands together are wider than tall and fit a window. At
 * 5 a row, a thousand bodies made a column 200 rows high that did not fit the window
 * even at the canvas's smallest zoom.
 */
export function rowLength(banded: number): number {
  return Math.max(DEFAULTS.perRow, Math.ceil(Math.sqrt(0.75 * banded)));
}

/**
 * A layout that reads at a glance: political bodies in the top band, administrative
 * below, operative at the bottom, external partners in a column to the right (more
 * columns when they would reach below the bands). Within
 * a band, bodies follow the order of kinds (assembly, board, committees …), parts
 * right after what they are part of.
 */
export function bandLayout(bodies: readonly Body[], options: Partial<BandLayoutOptions> = {}): Map<string, Position> {
  const banded = bodies.filter((b) => b.kind !== 'external_organisation' && BANDS.includes(b.level)).length;
  const o = { ...DEFAULTS, perRow: rowLength(banded), ...options };
  const rank = (b: Body): number => KIND_ORDER.indexOf(b.kind);
  const byParent = new Map<string, Body[]>();
  for (const b of bodies) if (b.partOf) byParent.set(b.partOf, [...(byParent.get(b.partOf) ?? []), b]);
  const ordered = (list: Body[]): Body[] => {
    const out: Body[] = [];
    const seen = new Set<string>();
    // Sets, not list.includes / list.some: a band of a thousand bodies made those quadratic.
    const inList = new Set(list);
    const listIds = new Set(list.map((b) => b.id));
    const visit = (b: Body): void => {
      if (seen.has(b.id)) return;
      seen.add(b.id);
      out.push(b);
      for (const child of (byParent.get(b.id) ?? []).filter((c) => inList.has(c)).sort(compare)) visit(child);
    };
    for (const b of [...list].sort(compare)) if (!b.partOf || !listIds.has(b.partOf)) visit(b);
    for (const b of list) visit(b);
    return out;
  };
  const collator = (swedish ??= new Intl.Collator('sv'));
  const compare = (a: Body, b: Body): number => rank(a) - rank(b) || collator.compare(a.name, b.name);

  const positions = new Map<string, Position>();
  const stepX = NODE_WIDTH + o.gapX;
  // A row is as high as its tallest box: a name of three lines ran into the row below.
  const rowHeight = (row: readonly Body[]): number => Math.max(NODE_HEIGHT, ...row.map((b) => o.heightOf(b)));
  let y = 0;
  for (const level of BANDS) {
    const band = ordered(bodies.filter((b) => b.level === level && b.kind !== 'external_organisation'));
    if (band.length === 0) continue;
    for (let start = 0; start < band.length; start += o.perRow) {
      const row = band.slice(start, start + o.perRow);
      row.forEach((b, i) => positions.set(b.id, { x: i * stepX, y }));
      y += rowHeight(row) + o.gapY;
    }
    y += o.bandGap - o.gapY;
  }
  const bandsHeight = y - o.bandGap;
  const externalX = o.perRow * stepX + o.gapX * 2;
  const external = ordered(bodies.filter((b) => !positions.has(b.id)));
  // Partners fill a column as high as the bands (at least √n of them), then the next one to its right.
  const columnHeight = Math.max(bandsHeight, Math.ceil(Math.sqrt(external.length)) * (NODE_HEIGHT + o.gapY) - o.gapY);
  let column = 0;
  let columnY = 0;
  for (const b of external) {
    const height = rowHeight([b]);
    if (columnY > 0 && columnY + height > columnHeight) {
      column++;
      columnY = 0;
    }
    positions.set(b.id, { x: externalX + column * stepX, y: columnY });
    columnY += height + o.gapY;
  }
  return positions;
}
