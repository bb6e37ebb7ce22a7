import { useTranslation } from 'react-i18next';
import type { ResponsibilityMatrix } from '../../../shared/tasks/matrixData';
import { requestFrame, select } from '../store/editor';
import { levelGroups, type Range } from './gridWindow';

interface Props {
  readonly matrix: ResponsibilityMatrix;
  readonly byLevel: boolean;
  /** Bodies a clicked finding concerns. */
  readonly flagged: ReadonlySet<string>;
  /** The columns in the window. */
  readonly columns: Range;
  readonly sizes: { readonly task: number; readonly column: number; readonly level: number; readonly header: number };
  readonly taskLabel: string;
}

/**
 * The grid's sticky header: the level groups (when grouped) and the bodies, only those in the
 * window. A body's header is a button that selects the body on the canvas.
 */
export function MatrixHeader({ matrix, byLevel, flagged, columns, sizes, taskLabel }: Props) {
  const { t } = useTranslation();
  const groups = byLevel ? levelGroups(matrix.columns.map((c) => c.body.level)).filter((g) => g.start < columns.end && g.start + g.span > columns.first) : [];
  const shown = matrix.columns.slice(columns.first, columns.end);
  return (
    <div role="rowgroup" className="matrix-head-rows" style={{ height: sizes.header + (byLevel ? sizes.level : 0) }}>
      {byLevel ? (
        <div role="row" aria-rowindex={1} className="matrix-levels" style={{ height: sizes.level }}>
          <div className="matrix-corner" aria-hidden="true" style={{ width: sizes.task }} />
          {groups.map((g) => (
            <div
              key={g.start}
              role="columnheader"
              aria-colindex={g.start + 2}
              aria-colspan={g.span}
              className="matrix-level"
              style={{ left: sizes.task + g.start * sizes.column, width: g.span * sizes.column }}
            >
              {/* The level's name sticks beside the task column while its group scrolls past. */}
              <span style={{ left: sizes.task }}>{t(`levels.${g.level}`)}</span>
            </div>
          ))}
        </div>
      ) : null}
      <div role="row" aria-rowindex={byLevel ? 2 : 1} className="matrix-columns" style={{ height: sizes.header }}>
        <div role="columnheader" aria-colindex={1} className="matrix-corner" style={{ width: sizes.task }}>
          {taskLabel}
        </div>
        {shown.map(({ body, label }, i) => {
          const c = columns.first + i;
          return (
            <div
              key={body.id}
              role="columnheader"
              aria-colindex={c + 2}
              className={`matrix-column${flagged.has(body.id) ? ' is-flagged' : ''}`}
              style={{ left: sizes.task + c * sizes.column, width: sizes.column }}
            >
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
            </div>
          );
        })}
      </div>
    </div>
  );
}
