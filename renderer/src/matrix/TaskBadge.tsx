import { useTranslation } from 'react-i18next';
import type { RaciRole } from '../../../shared/model/vocabulary';
import { isValidOn } from '../../../shared/time/isoDate';
import { useEditor } from '../store/editor';
import { useMatrix } from './matrixStore';

const ORDER: readonly RaciRole[] = ['R', 'A', 'C', 'I'];

/** The roles a body has on the task chosen in the matrix, as a small badge on its box; nothing when no task is chosen. */
export function TaskBadge({ bodyId }: { bodyId: string }) {
  const { t } = useTranslation();
  const task = useMatrix((s) => s.task);
  // A string selector: only the boxes whose roles change draw again.
  const roles = useEditor((s) => {
    if (task === null) return '';
    const held = new Set<RaciRole>();
    for (const a of s.model.assignments.values()) if (a.task === task && a.body === bodyId && isValidOn(a, s.asOf)) held.add(a.role);
    return ORDER.filter((r) => held.has(r)).join('');
  });
  const name = useEditor((s) => (task === null ? '' : (s.model.tasks.get(task)?.name ?? '')));
  if (!roles) return null;
  const letters = [...roles].map((r) => t(`matrix.letters.${r}`)).join('');
  return (
    <span className="task-badge" role="note" aria-label={t('matrix.badge', { role: letters, task: name })} title={t('matrix.badge', { role: letters, task: name })}>
      {letters}
    </span>
  );
}
