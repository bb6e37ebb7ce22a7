import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RaciRole } from '../../../shared/model/vocabulary';
import type { MatrixRow, ResponsibilityMatrix } from '../../../shared/tasks/matrixData';
import { dispatch, requestFrame, select } from '../store/editor';
import { cellCommand } from './cellEdit';
import { chooseTask } from './matrixStore';

interface Props {
  readonly matrix: ResponsibilityMatrix;
  readonly byLevel: boolean;
  readonly chosenTask: string | null;
  /** Rows and columns a clicked finding concerns. */
  readonly flagged: { readonly tasks: ReadonlySet<string>; readonly bodies: ReadonlySet<string> };
}

const cellId = (r: number, c: number): string => `mx-${r}-${c}`;

/** Level group headers: consecutive columns of one level as one header cell. */
function levelGroups(matrix: ResponsibilityMatrix): { level: string; span: number }[] {
  const out: { level: string; span: number }[] = [];
  for (const c of matrix.columns) {
    const last = out[out.length - 1];
    if (last && last.level === c.body.level) last.span++;
    else out.push({ level: c.body.level, span: 1 });
  }
  return out;
}

/**
 * The matrix as an ARIA grid: one tab stop (the active cell), arrows move, a role key sets or
 * takes away a role, Delete empties a cell. Column headers select the body on the canvas; row
 * headers show the task's roles there.
 */
export function MatrixGrid({ matrix, byLevel, chosenTask, flagged }: Props) {
  const { t } = useTranslation();
  const [active, setActive] = useState<[number, number]>([0, 0]);
  const rows = matrix.rows.length;
  const cols = matrix.columns.length;
  const [ar, ac] = [Math.min(active[0], Math.max(rows - 1, 0)), Math.min(active[1], Math.max(cols - 1, 0))];
  // Each cell's words from strings made once: t() for each of 60,000 cells took seconds.
  const letters = { R: t('matrix.letters.R'), A: t('matrix.letters.A'), C: t('matrix.letters.C'), I: t('matrix.letters.I') };
  const spoken = { R: `${letters.R} (${t('matrix.roleNames.R')})`, A: `${letters.A} (${t('matrix.roleNames.A')})`, C: `${letters.C} (${t('matrix.roleNames.C')})`, I: `${letters.I} (${t('matrix.roleNames.I')})` };
  const noRole = t('matrix.noRole');
  const pattern = t('matrix.cell', { task: '\u0001', body: '\u0002', roles: '\u0003' });
  const cellLabel = (task: string, body: string, roles: string): string => pattern.replace('\u0001', task).replace('\u0002', body).replace('\u0003', roles);
  const letter = (r: RaciRole): string => letters[r];
  const move = (r: number, c: number): void => {
    const next: [number, number] = [Math.max(0, Math.min(rows - 1, r)), Math.max(0, Math.min(cols - 1, c))];
    setActive(next);
    document.getElementById(cellId(...next))?.focus();
  };
  const onKey = (e: KeyboardEvent, r: number, c: number, row: MatrixRow): void => {
    const moves: Record<string, [number, number]> = { ArrowUp: [r - 1, c], ArrowDown: [r + 1, c], ArrowLeft: [r, c - 1], ArrowRight: [r, c + 1], Home: [r, 0], End: [r, cols - 1] };
    const to = moves[e.key];
    if (to) {
      e.preventDefault();
      move(...to);
      return;
    }
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const column = matrix.columns[c];
    if (!column) return;
    const command = cellCommand(e.key, row.task.id, column.body.id, row.cells.get(column.body.id));
    if (!command) return;
    e.preventDefault();
    dispatch(command);
  };
  return (
    <table role="grid" className="matrix-grid" aria-labelledby="matrix-title" aria-rowcount={rows + 1} aria-colcount={cols + 1}>
      <thead>
        {byLevel ? (
          <tr className="matrix-levels">
            <td />
            {levelGroups(matrix).map((g, i) => (
              <th key={i} scope="colgroup" colSpan={g.span}>
                {t(`levels.${g.level}`)}
              </th>
            ))}
          </tr>
        ) : null}
        <tr>
          <th scope="col" className="matrix-corner">
            {t('matrix.task')}
          </th>
          {matrix.columns.map(({ body, label }) => (
            <th key={body.id} scope="col" className={flagged.bodies.has(body.id) ? 'is-flagged' : undefined}>
              <button
                type="button"
                className="matrix-body"
                title={body.name}
                aria-label={t('matrix.selectBody', { body: body.name })}
                onClick={() => {
                  select([body.id]);
                  requestFrame();
                }}
              >
                {label}
              </button>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {matrix.rows.map((row, r) => (
          <tr key={row.task.id} className={flagged.tasks.has(row.task.id) ? 'is-flagged' : undefined}>
            <th scope="row" className="matrix-task">
              <button
                type="button"
                aria-pressed={chosenTask === row.task.id}
                aria-label={t(chosenTask === row.task.id ? 'matrix.shownOnCanvas' : 'matrix.showOnCanvas', { task: row.task.name })}
                onClick={() => chooseTask(chosenTask === row.task.id ? null : row.task.id)}
              >
                {row.task.name}
              </button>
              {row.members.length > 0 ? <span className="matrix-members">{t('matrix.members', { list: row.members.join(', ') })}</span> : null}
            </th>
            {matrix.columns.map(({ body, label }, c) => {
              const cell = row.cells.get(body.id);
              const roles = cell?.roles ?? [];
              const here = r === ar && c === ac;
              return (
                <td
                  key={body.id}
                  id={cellId(r, c)}
                  role="gridcell"
                  tabIndex={here ? 0 : -1}
                  className={`${roles.includes('A') ? 'has-a ' : ''}${flagged.bodies.has(body.id) && flagged.tasks.has(row.task.id) ? 'is-flagged' : ''}`}
                  aria-label={cellLabel(row.task.name, label, roles.length ? roles.map((x) => spoken[x]).join(', ') : noRole)}
                  onFocus={() => (here ? undefined : setActive([r, c]))}
                  onKeyDown={(e) => onKey(e, r, c, row)}
                >
                  <span aria-hidden="true">{roles.map(letter).join('')}</span>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
