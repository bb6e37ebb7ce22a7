import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { responsibilityMatrix } from '../../../shared/tasks/matrixData';
import { taskRoleClarity } from '../../../shared/tasks/roleClarity';
import { useEditor } from '../store/editor';
import { findingsFor } from '../store/findings';
import { AddTask } from './AddTask';
import { MatrixGrid } from './MatrixGrid';
import { closeMatrix, filterByDocument, filterByInitiative, setByLevel, useMatrix } from './matrixStore';
import './matrix.css';

const NONE = { tasks: new Set<string>(), bodies: new Set<string>() };

/** The responsibility matrix, docked under the canvas: tasks as rows, bodies as columns, R/A/C/I on the chosen date. */
export function MatrixView() {
  const { t } = useTranslation();
  const open = useMatrix((s) => s.open);
  const { task, initiative, document, byLevel } = useMatrix();
  const model = useEditor((s) => s.model);
  const asOf = useEditor((s) => s.asOf);
  const highlightKey = useEditor((s) => s.highlight?.key ?? null);
  const matrix = useMemo(() => (open ? responsibilityMatrix(model, asOf, { initiative, document, byLevel }) : null), [open, model, asOf, initiative, document, byLevel]);
  const clarity = useMemo(() => new Map(open ? taskRoleClarity(model, asOf).tasks.map((c) => [c.task.id as string, c]) : []), [open, model, asOf]);
  const unclear = [...clarity.values()].filter((c) => !c.clear).length;
  const flagged = useMemo(() => {
    if (!open || !highlightKey) return NONE;
    const f = findingsFor(model, asOf).result.findings.find((x) => x.key === highlightKey);
    return f ? { tasks: new Set<string>(f.elements.tasks ?? []), bodies: new Set<string>(f.elements.bodies) } : NONE;
  }, [open, highlightKey, model, asOf]);
  if (!open || !matrix) return null;
  const filterValue = initiative ? `i:${initiative}` : document ? `d:${document}` : '';
  return (
    <section className="matrix-view" aria-labelledby="matrix-title">
      <header className="matrix-head">
        <h2 id="matrix-title">{t('matrix.title', { date: asOf })}</h2>
        <label>
          {t('matrix.filter')}{' '}
          <select
            value={filterValue}
            onChange={(e) => {
              const v = e.target.value;
              if (v.startsWith('i:')) filterByInitiative(v.slice(2));
              else if (v.startsWith('d:')) filterByDocument(v.slice(2));
              else filterByInitiative(null);
            }}
          >
            <option value="">{t('matrix.allTasks')}</option>
            {[...model.initiatives.values()].map((i) => (
              <option key={i.id} value={`i:${i.id}`}>
                {t('matrix.initiative', { name: i.name })}
              </option>
            ))}
            {[...model.documents.values()].map((d) => (
              <option key={d.id} value={`d:${d.id}`}>
                {t('matrix.document', { name: d.title })}
              </option>
            ))}
          </select>
        </label>
        <label>
          <input type="checkbox" checked={byLevel} onChange={(e) => setByLevel(e.target.checked)} /> {t('matrix.byLevel')}
        </label>
        <span className="matrix-unclear" role="status">
          {unclear > 0 ? t('matrix.unclear', { count: unclear }) : null}
        </span>
        <button type="button" className="matrix-close" onClick={closeMatrix} aria-label={t('matrix.close')}>
          ×
        </button>
      </header>
      <p className="matrix-keys" title={t('matrix.keys')}>{t('matrix.keys')}</p>
      {matrix.rows.length === 0 ? (
        <div className="matrix-scroll">
          <p>{t('matrix.noTasks', { date: asOf })}</p>
        </div>
      ) : matrix.columns.length === 0 ? (
        <div className="matrix-scroll">
          <p>{t('matrix.noBodies', { date: asOf })}</p>
        </div>
      ) : (
        <MatrixGrid matrix={matrix} byLevel={byLevel} chosenTask={task} flagged={flagged} clarity={clarity} />
      )}
      <AddTask initiative={initiative} document={document} />
    </section>
  );
}
