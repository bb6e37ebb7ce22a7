import { useTranslation } from 'react-i18next';
import type { MatrixRow } from '../../../shared/tasks/matrixData';
import type { TaskClarity } from '../../../shared/tasks/roleClarity';
import { chooseTask } from './matrixStore';

interface Props {
  readonly row: MatrixRow;
  readonly width: number;
  /** The task whose roles the canvas shows. */
  readonly chosen: boolean;
  readonly clarity: TaskClarity | undefined;
}

/** Why a task's responsibility is unclear, first reason first (the order an auditor asks in). */
function clarityKey(c: TaskClarity): string {
  if (c.clear) return 'matrix.clarity.clear';
  if (c.accountable === 0) return 'matrix.clarity.noA';
  if (c.accountable > 1) return 'matrix.clarity.manyA';
  if (c.responsible === 0) return 'matrix.clarity.noR';
  return 'matrix.clarity.notReached';
}

/**
 * A task's row header, sticky at the left: its name (a button that shows its roles on the
 * canvas), then on a smaller line its clarity, as an icon and words (never colour alone),
 * and the roles members hold.
 */
export function MatrixRowHeader({ row, width, chosen, clarity }: Props) {
  const { t } = useTranslation();
  return (
    <div role="rowheader" aria-colindex={1} className="matrix-task" style={{ width }}>
      <button
        type="button"
        title={row.task.name}
        aria-pressed={chosen}
        aria-label={t(chosen ? 'matrix.shownOnCanvas' : 'matrix.showOnCanvas', { task: row.task.name })}
        onClick={() => chooseTask(chosen ? null : row.task.id)}
      >
        {row.task.name}
      </button>
      {clarity || row.members.length > 0 ? (
        <span className="matrix-second-line">
          {clarity ? (
            <span className={`matrix-clarity ${clarity.clear ? 'is-clear' : 'is-unclear'}`}>
              <span aria-hidden="true">{clarity.clear ? '✓' : '⚠'}</span> {t(clarityKey(clarity), { n: clarity.accountable })}
            </span>
          ) : null}
          {row.members.length > 0 ? <span className="matrix-members">{t('matrix.members', { list: row.members.join(', ') })}</span> : null}
        </span>
      ) : null}
    </div>
  );
}
