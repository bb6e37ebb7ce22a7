import type { Body, Position, ReportingLine } from '../model/types';
import { PATH_LINE_KINDS, type BodyKind } from '../model/vocabulary';
import { NODE_HEIGHT, NODE_WIDTH } from './bandLayout';
import { boxHeightOf } from './boxHeight';
import { orgChartTree, type OrgTree } from './orgChartTree';

/**
 * The lowest row a kind of body may stand in: fullmäktige on top, the executive board
 * under it, committees and councils below, administrations and companies, then groups.
 * A body also stands at least one row below the body it reports to.
 */
export const KIND_ROW: Readonly<Record<BodyKind, number>> = {
  assembly: 0,
  executive_board: 1,
  working_committee: 2,
  drafting_committee: 2,
  committee: 2,
  council: 2,
  administration: 3,
  steering_group: 3,
  management_group: 3,
  company: 3,
  operative_group: 4,
  working_group: 4,
  external_organisation: 4,
};

export interface OrgChartOptions {
  /** Space between boxes side by side, and between rows of one group. */
  readonly gapX: number;
  readonly gapY: number;
  /** Space between one level and the next (room for the lines between them). */
  readonly levelGap: number;
  /** Space between the blocks of two sibling subtrees. */
  readonly blockGap: number;
  /** The shape the chart aims for (width / height), so a large map fits a window. */
  readonly aspect: number;
  /** How tall a body's box is drawn (a row is as tall as its tallest box); by default estimated from its longest name (boxHeight.ts). */
  readonly heightOf: (body: Body) => number;
}

const DEFAULTS: OrgChartOptions = { gapX: 36, gapY: 36, levelGap: 80, blockGap: 64, aspect: 1.8, heightOf: (b) => boxHeightOf(b) };
/** Groups of up to this many boxes without children of their own stand in one row. */
const SMALL_ROW = 4;
/** Bodies that report to nothing stand in rows of at least this many. */
const ROOT_ROW = 8;
/** Columns tried for the larger groups of boxes without children; the one nearest the aspect wins. */
const LEAF_COLUMNS = [1, 2, 3, 4, 6, 8] as const;
/** The most shelves of unconnected trees tried. */
const MAX_SHELVES = 12;
/** A shape within a factor 2 of the aspect is good enough to keep the wider rows. */
const GOOD_ENOUGH = Math.log(2);

/** True for partners outside the organisation: they stand at the side, not in the tree. */
export function isExternal(b: Body): boolean {
  return b.kind === 'external_organisation' || b.level === 'external';
}

/** One thing in a row of children: a subtree, or a grid of boxes without children (same level). */
type Block = { readonly type: 'tree'; readonly id: string } | { readonly type: 'grid'; readonly ids: readonly string[]; readonly level: number; readonly root: boolean };

interface Shape {
  readonly width: number;
  readonly cols: number;
}

/**
 * An organisation chart: accountable bodies top-down along *reports to* and *part of*,
 * each body centred over the bodies that report to it, levels as rows (see KIND_ROW),
 * external partners in columns at the right. Works for any map: cycles in reporting are
 * broken at their most senior body, bodies without lines stand in their kind's row.
 * `lines` should be those valid on the date shown; lines to bodies not given are ignored.
 */
export function orgChartLayout(bodies: readonly Body[], lines: readonly ReportingLine[], options: Partial<OrgChartOptions> = {}): Map<string, Position> {
  const o = { ...DEFAULTS, ...options };
  const inside = bodies.filter((b) => !isExternal(b));
  const tree = orgChartTree(inside, lines.filter((l) => PATH_LINE_KINDS.has(l.kind)), KIND_ROW);
  // How tall each box is drawn (a name of three lines): a row is as tall as its tallest box.
  const heights = new Map(bodies.map((b) => [b.id as string, o.heightOf(b)]));
  const heightOf = (id: string): number => heights.get(id) ?? NODE_HEIGHT;
  // Groups in wide rows read best; narrower columns only as far as the chart needs to fit a window.
  let best: Map<string, Position> | null = null;
  let bestScore = Infinity;
  const columns = hasLargeGroup(tree) ? [...LEAF_COLUMNS].reverse() : LEAF_COLUMNS.slice(-1);
  for (const cols of columns) {
    // One shelf first; more only when one is far wider than the aspect asks.
    const single = placeTree(tree, cols, Infinity, o, heightOf);
    const one = extent(single, heightOf);
    const candidates = [single];
    if (one.height > 0 && one.width / one.height > 2 * o.aspect)
      for (let shelves = 2; shelves <= MAX_SHELVES; shelves++) candidates.push(placeTree(tree, cols, one.width / shelves, o, heightOf));
    for (const at of candidates) {
      const { width, height } = extent(at, heightOf);
      const score = height === 0 ? 0 : Math.abs(Math.log(width / height / o.aspect));
      if (score < bestScore - 1e-9) {
        best = at;
        bestScore = score;
      }
    }
    if (bestScore <= GOOD_ENOUGH) break;
  }
  const positions = best ?? new Map<string, Position>();
  placeExternals(bodies.filter(isExternal), positions, o, heightOf);
  return positions;
}

function hasLargeGroup(tree: OrgTree): boolean {
  for (const kids of tree.children.values()) if (kids.filter((k) => (tree.children.get(k) ?? []).length === 0).length > SMALL_ROW) return true;
  return false;
}

/** The blocks under a node: for each level from the top, its subtrees, then its childless boxes as one grid. */
function blocksOf(tree: OrgTree, kids: readonly string[], root: boolean): Block[] {
  const levels = [...new Set(kids.map((k) => tree.level.get(k) ?? 0))].sort((a, b) => a - b);
  const blocks: Block[] = [];
  for (const level of levels) {
    const here = kids.filter((k) => (tree.level.get(k) ?? 0) === level);
    for (const k of here) if ((tree.children.get(k) ?? []).length > 0) blocks.push({ type: 'tree', id: k });
    const leaves = here.filter((k) => (tree.children.get(k) ?? []).length === 0);
    if (leaves.length > 0) blocks.push({ type: 'grid', ids: leaves, level, root });
  }
  return blocks;
}

function placeTree(tree: OrgTree, leafCols: number, shelfWidth: number, o: OrgChartOptions, heightOf: (id: string) => number): Map<string, Position> {
  const stepX = NODE_WIDTH + o.gapX;
  const gridShape = (g: Extract<Block, { type: 'grid' }>): Shape => {
    const n = g.ids.length;
    const cols = n <= SMALL_ROW ? n : g.root ? Math.min(n, Math.max(ROOT_ROW, Math.ceil(Math.sqrt(2 * n)))) : Math.min(n, leafCols);
    return { cols, width: cols * stepX - o.gapX };
  };
  // Widths bottom-up (memoised: each node is visited once, iteratively deep trees are fine at a few thousand levels).
  const widths = new Map<string, number>();
  const blockWidth = (b: Block): number => (b.type === 'grid' ? gridShape(b).width : treeWidth(b.id));
  const treeWidth = (id: string): number => {
    const known = widths.get(id);
    if (known !== undefined) return known;
    const blocks = blocksOf(tree, tree.children.get(id) ?? [], false);
    const w = Math.max(NODE_WIDTH, rowWidth(blocks));
    widths.set(id, w);
    return w;
  };
  const rowWidth = (blocks: readonly Block[]): number => blocks.reduce((sum, b) => sum + blockWidth(b), 0) + Math.max(0, blocks.length - 1) * o.blockGap;

  // Where each box goes: x now, and its level and row inside a grid, for y once the rows are known.
  const xs = new Map<string, number>();
  const rowIn = new Map<string, { level: number; row: number }>();
  let rowsAt = new Map<number, number>();
  const need = (level: number, rows: number): void => void rowsAt.set(level, Math.max(rowsAt.get(level) ?? 0, rows));
  const placeRow = (blocks: readonly Block[], left: number): void => {
    let x = left;
    for (const b of blocks) {
      if (b.type === 'tree') placeNode(b.id, x);
      else {
        const { cols } = gridShape(b);
        b.ids.forEach((id, i) => {
          xs.set(id, x + (i % cols) * stepX);
          rowIn.set(id, { level: b.level, row: Math.floor(i / cols) });
        });
        need(b.level, Math.ceil(b.ids.length / cols));
      }
      x += blockWidth(b) + o.blockGap;
    }
  };
  const placeNode = (id: string, left: number): void => {
    const width = treeWidth(id);
    const blocks = blocksOf(tree, tree.children.get(id) ?? [], false);
    const level = tree.level.get(id) ?? 0;
    xs.set(id, left + (width - NODE_WIDTH) / 2);
    rowIn.set(id, { level, row: 0 });
    need(level, 1);
    placeRow(blocks, left + (width - rowWidth(blocks)) / 2);
  };

  // Unconnected trees (several municipalities, or many bodies under no one) go on shelves,
  // one below the other, so the whole is about as wide as a window rather than a long strip.
  const top = blocksOf(tree, tree.roots, true);
  const positions = new Map<string, Position>();
  let y = 0;
  for (const shelf of shelvesOf(top, blockWidth, shelfWidth, o.blockGap)) {
    xs.clear();
    rowIn.clear();
    rowsAt = new Map();
    placeRow(shelf, 0);
    // Each row of a level is as tall as its tallest box (a name of three lines).
    const rowHeights = new Map<number, number[]>();
    for (const [level, rows] of rowsAt) rowHeights.set(level, Array.from({ length: rows }, () => NODE_HEIGHT));
    for (const [id, r] of rowIn) {
      const list = rowHeights.get(r.level);
      if (list && r.row < list.length) list[r.row] = Math.max(list[r.row] ?? NODE_HEIGHT, heightOf(id));
    }
    // Each level is a band as tall as its tallest grid, so levels stay rows a reader can follow.
    const rowTop = new Map<number, number[]>();
    for (const level of [...rowsAt.keys()].sort((a, b) => a - b)) {
      const tops: number[] = [];
      for (const h of rowHeights.get(level) ?? [NODE_HEIGHT]) {
        tops.push(y);
        y += h + o.gapY;
      }
      rowTop.set(level, tops);
      y += o.levelGap - o.gapY;
    }
    for (const [id, x] of xs) {
      const r = rowIn.get(id) ?? { level: 0, row: 0 };
      positions.set(id, { x: Math.round(x), y: Math.round(rowTop.get(r.level)?.[r.row] ?? 0) });
    }
    y += o.levelGap;
  }
  return positions;
}

/** The top-level blocks in shelves of at most `limit` wide (a block wider than that gets a shelf of its own). */
function shelvesOf(blocks: readonly Block[], width: (b: Block) => number, limit: number, gap: number): Block[][] {
  const shelves: Block[][] = [];
  let current: Block[] = [];
  let used = 0;
  for (const b of blocks) {
    const w = width(b);
    if (current.length > 0 && used + gap + w > limit) {
      shelves.push(current);
      current = [];
      used = 0;
    }
    used += (current.length > 0 ? gap : 0) + w;
    current.push(b);
  }
  if (current.length > 0) shelves.push(current);
  return shelves;
}

/** The size of what the positions cover, boxes included (each as tall as `heightOf` says, else one canvas box). */
export function extent(at: ReadonlyMap<string, Position>, heightOf: (id: string) => number = () => NODE_HEIGHT): { minX: number; minY: number; width: number; height: number } {
  if (at.size === 0) return { minX: 0, minY: 0, width: 0, height: 0 };
  const all = [...at];
  const minX = Math.min(...all.map(([, p]) => p.x));
  const minY = Math.min(...all.map(([, p]) => p.y));
  return { minX, minY, width: Math.max(...all.map(([, p]) => p.x)) + NODE_WIDTH - minX, height: Math.max(...all.map(([id, p]) => p.y + heightOf(id))) - minY };
}

/** Partners in columns right of the chart, each column as tall as the chart (more columns for many). */
function placeExternals(external: readonly Body[], positions: Map<string, Position>, o: OrgChartOptions, heightOf: (id: string) => number): void {
  if (external.length === 0) return;
  const { width, height } = extent(positions, heightOf);
  const stepX = NODE_WIDTH + o.gapX;
  const stepY = NODE_HEIGHT + o.gapY;
  const perColumn = Math.max(1, Math.floor((height + o.gapY) / stepY), Math.ceil(Math.sqrt(external.length)));
  const left = positions.size > 0 ? width + o.blockGap * 2 : 0;
  let y = 0;
  [...external]
    .sort((a, b) => a.name.localeCompare(b.name, 'sv') || a.id.localeCompare(b.id))
    .forEach((b, i) => {
      if (i % perColumn === 0) y = 0;
      positions.set(b.id, { x: Math.round(left + Math.floor(i / perColumn) * stepX), y });
      // A partner with a long name is taller: the next one goes below it.
      y += heightOf(b.id) + o.gapY;
    });
}
