/**
 * The geometry of the virtualised responsibility matrix: which rows and columns are in view
 * for a scroll position, and where to scroll so that a cell shows. Pure, so it is tested
 * without a browser; the grid renders only what these functions say is in view.
 */

/** Pixel sizes of the grid. Columns share one width; a row is taller when it lists members. */
export interface GridSizes {
  /** Width of the sticky first column (the tasks). */
  readonly taskWidth: number;
  readonly columnWidth: number;
  /** Height of the sticky header rows together. */
  readonly headerHeight: number;
}

/** A half-open range of indices [first, end). */
export interface Range {
  readonly first: number;
  readonly end: number;
}

/** Rows and columns to render, with the overscan added on each side. */
export interface GridWindow {
  readonly rows: Range;
  readonly columns: Range;
}

/** Rows and columns rendered beyond each edge of the view, so a short scroll shows no gap. */
export const OVERSCAN_ROWS = 4;
export const OVERSCAN_COLUMNS = 2;

/** Each row's top (offsets[i]) and the total height (offsets[n]), from the rows' heights. */
export function rowOffsets(heights: readonly number[]): number[] {
  const out = new Array<number>(heights.length + 1);
  out[0] = 0;
  for (let i = 0; i < heights.length; i++) out[i + 1] = (out[i] as number) + (heights[i] as number);
  return out;
}

/** The row at pixel `y` of the rows' area (clamped to the rows): a binary search in the offsets. */
export function rowAt(offsets: readonly number[], y: number): number {
  const n = offsets.length - 1;
  if (n <= 0) return 0;
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((offsets[mid] as number) <= y) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

const clampRange = (first: number, end: number, n: number): Range => ({ first: Math.max(0, Math.min(first, n)), end: Math.max(0, Math.min(end, n)) });

/**
 * The rows and columns in view of a scroll box of `width` × `height` scrolled to (`left`, `top`),
 * plus the overscan. The sticky header and first column cover part of the box, so the cells'
 * area is what remains.
 */
export function gridWindow(offsets: readonly number[], columns: number, sizes: GridSizes, view: { left: number; top: number; width: number; height: number }): GridWindow {
  const rowCount = offsets.length - 1;
  const cellsHeight = Math.max(0, view.height - sizes.headerHeight);
  const firstRow = rowAt(offsets, view.top);
  const lastRow = rowAt(offsets, view.top + cellsHeight);
  const cellsWidth = Math.max(0, view.width - sizes.taskWidth);
  const firstColumn = Math.floor(view.left / sizes.columnWidth);
  const lastColumn = Math.floor((view.left + cellsWidth) / sizes.columnWidth);
  return {
    rows: clampRange(firstRow - OVERSCAN_ROWS, lastRow + 1 + OVERSCAN_ROWS, rowCount),
    columns: clampRange(firstColumn - OVERSCAN_COLUMNS, lastColumn + 1 + OVERSCAN_COLUMNS, columns),
  };
}

/** True when two windows render the same rows and columns (a scroll within a row does not re-render). */
export function sameWindow(a: GridWindow, b: GridWindow): boolean {
  return a.rows.first === b.rows.first && a.rows.end === b.rows.end && a.columns.first === b.columns.first && a.columns.end === b.columns.end;
}

/**
 * The scroll position that shows cell (row, column) whole, moving as little as possible:
 * unchanged when it shows already. The header and first column stick over the cells, so a
 * cell is in view only when it is below the one and right of the other.
 */
export function scrollToShow(offsets: readonly number[], sizes: GridSizes, view: { left: number; top: number; width: number; height: number }, row: number, column: number): { left: number; top: number } {
  const top = offsets[row] ?? 0;
  const bottom = offsets[row + 1] ?? top;
  const cellsHeight = Math.max(0, view.height - sizes.headerHeight);
  let scrollTop = view.top;
  if (top < scrollTop) scrollTop = top;
  else if (bottom > scrollTop + cellsHeight) scrollTop = bottom - cellsHeight;
  const left = column * sizes.columnWidth;
  const right = left + sizes.columnWidth;
  const cellsWidth = Math.max(0, view.width - sizes.taskWidth);
  let scrollLeft = view.left;
  if (left < scrollLeft) scrollLeft = left;
  else if (right > scrollLeft + cellsWidth) scrollLeft = right - cellsWidth;
  return { left: Math.max(0, scrollLeft), top: Math.max(0, scrollTop) };
}

/** Consecutive columns of one level as one group: its level, first column and number of columns. */
export function levelGroups(levels: readonly string[]): { level: string; start: number; span: number }[] {
  const out: { level: string; start: number; span: number }[] = [];
  levels.forEach((level, i) => {
    const last = out[out.length - 1];
    if (last && last.level === level) last.span++;
    else out.push({ level, start: i, span: 1 });
  });
  return out;
}
