import { useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResponsibilityMatrix } from '../../../shared/tasks/matrixData';
import type { TaskClarity } from '../../../shared/tasks/roleClarity';
import { dispatch } from '../store/editor';
import { cellCommand } from './cellEdit';
import { gridWindow, rowOffsets, sameWindow, scrollToShow, type GridSizes, type GridWindow } from './gridWindow';
import { MatrixHeader } from './MatrixHeader';
import { MatrixRowHeader } from './MatrixRowHeader';
import { cellWords } from './matrixWords';

interface Props {
  readonly matrix: ResponsibilityMatrix;
  readonly byLevel: boolean;
  readonly chosenTask: string | null;
  /** Rows and columns a clicked finding concerns. */
  readonly flagged: { readonly tasks: ReadonlySet<string>; readonly bodies: ReadonlySet<string> };
  /** Each task's role clarity, shown in the first column; none shown when absent. */
  readonly clarity?: ReadonlyMap<string, TaskClarity>;
  /** The scroll box's size before it is measured (the first render, and rendering without a browser). */
  readonly viewport?: { readonly width: number; readonly height: number };
}

const TASK_WIDTH = 260;
const COLUMN_WIDTH = 88;
const LEVEL_HEIGHT = 22;
const HEADER_HEIGHT = 40;
/** One line for the task's name, a second (smaller) for its clarity and the members' roles. */
const ROW_HEIGHT = 26;
const SECOND_LINE = 16;

const cellId = (r: number, c: number): string => `mx-${r}-${c}`;

function defaultViewport(): { width: number; height: number } {
  return typeof window === 'undefined' ? { width: 1366, height: 400 } : { width: window.innerWidth, height: Math.round(window.innerHeight * 0.55) };
}

/**
 * The matrix as an ARIA grid, virtualised: only the rows and columns in view (and a few
 * beyond) are in the document, positioned in a box as large as the whole matrix, so the
 * scroll bars and aria-rowcount/colcount tell its true size. The header row and the task
 * column stick. One tab stop (the active cell, always rendered); arrows, Home/End, Page
 * Up/Down and Ctrl+Home/End move and scroll the cell into view; a role key sets or takes
 * away a role, Delete empties a cell.
 */
export function MatrixGrid({ matrix, byLevel, chosenTask, flagged, clarity, viewport }: Props) {
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  const focusPending = useRef(false);
  const [active, setActive] = useState<[number, number]>([0, 0]);
  const rows = matrix.rows.length;
  const cols = matrix.columns.length;
  const [ar, ac] = [Math.min(active[0], Math.max(rows - 1, 0)), Math.min(active[1], Math.max(cols - 1, 0))];
  const headerRows = byLevel ? 2 : 1;
  const sizes: GridSizes = { taskWidth: TASK_WIDTH, columnWidth: COLUMN_WIDTH, headerHeight: HEADER_HEIGHT + (byLevel ? LEVEL_HEIGHT : 0) };
  const offsets = useMemo(
    () => rowOffsets(matrix.rows.map((r) => ROW_HEIGHT + (clarity || r.members.length > 0 ? SECOND_LINE : 0))),
    [matrix, clarity],
  );
  const windowOf = (view: { left: number; top: number; width: number; height: number }): GridWindow => gridWindow(offsets, cols, sizes, view);
  const [win, setWin] = useState<GridWindow>(() => windowOf({ left: 0, top: 0, ...(viewport ?? defaultViewport()) }));
  const measure = (): void => {
    const el = scroller.current;
    if (!el) return;
    const next = windowOf({ left: el.scrollLeft, top: el.scrollTop, width: el.clientWidth, height: el.clientHeight });
    setWin((prev) => (sameWindow(prev, next) ? prev : next));
  };
  // Measured before the first paint, and again whenever the box or the matrix changes size.
  useLayoutEffect(() => {
    measure();
    const el = scroller.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [offsets, cols, byLevel]);
  // A moved active cell takes the focus once it is rendered (it may have been out of the window).
  useLayoutEffect(() => {
    if (!focusPending.current) return;
    focusPending.current = false;
    document.getElementById(cellId(ar, ac))?.focus({ preventScroll: true });
  });
  // A clicked finding's first row and column scroll into view: they may be far outside the window.
  // Keyed by what is flagged, not by the sets (made anew on every edit): editing does not scroll.
  const flaggedKey = `${[...flagged.tasks].join(' ')}|${[...flagged.bodies].join(' ')}`;
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el || (flagged.tasks.size === 0 && flagged.bodies.size === 0)) return;
    const r = matrix.rows.findIndex((x) => flagged.tasks.has(x.task.id));
    const c = matrix.columns.findIndex((x) => flagged.bodies.has(x.body.id));
    const view = { left: el.scrollLeft, top: el.scrollTop, width: el.clientWidth, height: el.clientHeight };
    const to = scrollToShow(offsets, sizes, view, Math.max(r, 0), Math.max(c, 0));
    if (r >= 0) el.scrollTop = to.top;
    if (c >= 0) el.scrollLeft = to.left;
    measure();
  }, [flaggedKey]);
  const words = cellWords(t);

  const move = (r: number, c: number): void => {
    const next: [number, number] = [Math.max(0, Math.min(rows - 1, r)), Math.max(0, Math.min(cols - 1, c))];
    const el = scroller.current;
    if (el) {
      const to = scrollToShow(offsets, sizes, { left: el.scrollLeft, top: el.scrollTop, width: el.clientWidth, height: el.clientHeight }, ...next);
      el.scrollTop = to.top;
      el.scrollLeft = to.left;
      measure();
    }
    focusPending.current = true;
    setActive(next);
  };
  const onKey = (e: KeyboardEvent, r: number, c: number): void => {
    const page = Math.max(1, win.rows.end - win.rows.first - 2);
    const ctrl = e.ctrlKey || e.metaKey;
    const moves: Record<string, [number, number]> = {
      ArrowUp: [r - 1, c],
      ArrowDown: [r + 1, c],
      ArrowLeft: [r, c - 1],
      ArrowRight: [r, c + 1],
      Home: ctrl ? [0, 0] : [r, 0],
      End: ctrl ? [rows - 1, cols - 1] : [r, cols - 1],
      PageUp: [r - page, c],
      PageDown: [r + page, c],
    };
    const to = moves[e.key];
    if (to) {
      e.preventDefault();
      move(...to);
      return;
    }
    if (ctrl || e.altKey) return;
    const row = matrix.rows[r];
    const column = matrix.columns[c];
    if (!row || !column) return;
    const command = cellCommand(e.key, row.task.id, column.body.id, row.cells.get(column.body.id));
    if (!command) return;
    e.preventDefault();
    dispatch(command);
  };

  // The rows and columns in the window, and the active cell wherever it is: it holds the tab stop.
  const columnsOf = (r: number): number[] => {
    const out: number[] = [];
    for (let c = win.columns.first; c < win.columns.end; c++) out.push(c);
    if (r === ar && (ac < win.columns.first || ac >= win.columns.end)) out.push(ac);
    return out;
  };
  const shownRows: number[] = [];
  for (let r = win.rows.first; r < win.rows.end; r++) shownRows.push(r);
  if (rows > 0 && (ar < win.rows.first || ar >= win.rows.end)) shownRows.push(ar);

  const body: ReactNode[] = shownRows.map((r) => {
    const row = matrix.rows[r];
    if (!row) return null;
    const taskFlagged = flagged.tasks.has(row.task.id);
    return (
      <div
        key={row.task.id}
        role="row"
        aria-rowindex={headerRows + r + 1}
        className={`matrix-row${taskFlagged ? ' is-flagged' : ''}`}
        style={{ top: offsets[r], height: (offsets[r + 1] ?? 0) - (offsets[r] ?? 0) }}
      >
        <MatrixRowHeader row={row} width={TASK_WIDTH} chosen={chosenTask === row.task.id} clarity={clarity?.get(row.task.id)} />
        {columnsOf(r).map((c) => {
          const column = matrix.columns[c];
          if (!column) return null;
          const roles = row.cells.get(column.body.id)?.roles ?? [];
          const here = r === ar && c === ac;
          return (
            <div
              key={column.body.id}
              id={cellId(r, c)}
              role="gridcell"
              aria-colindex={c + 2}
              tabIndex={here ? 0 : -1}
              className={`matrix-cell${roles.includes('A') ? ' has-a' : ''}${taskFlagged && flagged.bodies.has(column.body.id) ? ' is-flagged' : ''}`}
              style={{ left: TASK_WIDTH + c * COLUMN_WIDTH, width: COLUMN_WIDTH }}
              aria-label={words.label(row.task.name, column.label, roles)}
              onFocus={() => (here ? undefined : setActive([r, c]))}
              onKeyDown={(e) => onKey(e, r, c)}
            >
              <span aria-hidden="true">{words.letters(roles)}</span>
            </div>
          );
        })}
      </div>
    );
  });

  return (
    <div className="matrix-scroll" ref={scroller} onScroll={measure}>
      <div
        role="grid"
        className="matrix-grid"
        aria-labelledby="matrix-title"
        aria-rowcount={rows + headerRows}
        aria-colcount={cols + 1}
        style={{ width: TASK_WIDTH + cols * COLUMN_WIDTH, height: sizes.headerHeight + (offsets[rows] ?? 0) }}
      >
        <MatrixHeader
          matrix={matrix}
          byLevel={byLevel}
          flagged={flagged.bodies}
          columns={win.columns}
          sizes={{ task: TASK_WIDTH, column: COLUMN_WIDTH, level: LEVEL_HEIGHT, header: HEADER_HEIGHT }}
          taskLabel={t('matrix.task')}
        />
        <div role="rowgroup" className="matrix-rows" style={{ height: offsets[rows] }}>
          {body}
        </div>
      </div>
    </div>
  );
}
