import { describe, expect, it } from 'vitest';
import { OVERSCAN_COLUMNS, OVERSCAN_ROWS, gridWindow, levelGroups, rowAt, rowOffsets, scrollToShow } from '../../renderer/src/matrix/gridWindow';

const sizes = { taskWidth: 200, columnWidth: 50, headerHeight: 40 };

describe('the virtualised matrix window', () => {
  const offsets = rowOffsets([20, 30, 20, 20, 40, 20, 20, 20, 20, 20]);

  it('adds the row heights up and finds the row at a pixel', () => {
    expect(offsets).toEqual([0, 20, 50, 70, 90, 130, 150, 170, 190, 210, 230]);
    expect(rowAt(offsets, 0)).toBe(0);
    expect(rowAt(offsets, 19)).toBe(0);
    expect(rowAt(offsets, 20)).toBe(1);
    expect(rowAt(offsets, 129)).toBe(4);
    expect(rowAt(offsets, 10_000)).toBe(9);
    expect(rowAt([0], 5)).toBe(0);
  });

  it('renders the rows and columns in view, the overscan beyond, never outside the matrix', () => {
    const rows = rowOffsets(Array.from({ length: 1_000 }, () => 20));
    // 300 px high box less a 40 px header: 13 rows; 700 px wide less the 200 px task column: 10 columns.
    const w = gridWindow(rows, 500, sizes, { left: 1_000, top: 2_000, width: 700, height: 300 });
    expect(w.rows).toEqual({ first: 100 - OVERSCAN_ROWS, end: 114 + OVERSCAN_ROWS });
    expect(w.columns).toEqual({ first: 20 - OVERSCAN_COLUMNS, end: 31 + OVERSCAN_COLUMNS });
    const start = gridWindow(rows, 500, sizes, { left: 0, top: 0, width: 700, height: 300 });
    expect(start.rows.first).toBe(0);
    expect(start.columns.first).toBe(0);
    const small = gridWindow(rowOffsets([20, 20]), 3, sizes, { left: 0, top: 0, width: 2_000, height: 2_000 });
    expect(small).toEqual({ rows: { first: 0, end: 2 }, columns: { first: 0, end: 3 } });
  });

  it('scrolls as little as needed to show a cell below the sticky header and right of the task column', () => {
    const view = { left: 0, top: 0, width: 700, height: 140 };
    // Row 2 (50–70) shows in the 100 px under the header: no scroll.
    expect(scrollToShow(offsets, sizes, view, 2, 3)).toEqual({ left: 0, top: 0 });
    // Row 9 ends at 230: its bottom at the box's bottom. Column 20 ends at 1050: its right edge at the box's.
    expect(scrollToShow(offsets, sizes, view, 9, 20)).toEqual({ left: 1_050 - 500, top: 230 - 100 });
    // Back up and left: its top and left edges at the header and the task column.
    expect(scrollToShow(offsets, sizes, { ...view, left: 800, top: 130 }, 1, 2)).toEqual({ left: 100, top: 20 });
  });

  it('groups consecutive columns of one level', () => {
    expect(levelGroups(['political', 'political', 'administrative', 'political'])).toEqual([
      { level: 'political', start: 0, span: 2 },
      { level: 'administrative', start: 2, span: 1 },
      { level: 'political', start: 3, span: 1 },
    ]);
  });
});
