import { useTranslation } from 'react-i18next';
import type { RaciRole } from '../../../shared/model/vocabulary';
import { isValidOn } from '../../../shared/time/isoDate';
import { useEditor } from '../store/editor';

const ORDER: readonly RaciRole[] = ['R', 'A', 'C', 'I'];

/**
 * The roles a body has on the task chosen in the matrix (`task`), as a small badge on its
 * box; nothing when no task is chosen. Every box of the canvas has one. The canvas watches
 * the matrix's choice once for all boxes and gives it to them (BodyNode.tsx, NodeWords):
 * with no task chosen (nearly always) a box then sets up no translations and no
 * subscription at all. A subscription per box to the choice, and two to the editor's store,
 * were thousands to set up when a large map was drawn, and asked again at every change.
 */
export function TaskBadge({ bodyId, task }: { bodyId: string; task: string | null }) {
  return task === null ? null : <TaskRoles bodyId={bodyId} task={task} />;
}

function TaskRoles({ bodyId, task }: { bodyId: string; task: string }) {
  const { t } = useTranslation();
  // A string selector: only the boxes whose roles change draw again.
  const roles = useEditor((s) => {
    const held = new Set<RaciRole>();
    for (const a of s.model.assignments.values()) if (a.task === task && a.body === bodyId && isValidOn(a, s.asOf)) held.add(a.role);
    return ORDER.filter((r) => held.has(r)).join('');
  });
  const name = useEditor((s) => s.model.tasks.get(task)?.name ?? '');
  if (!roles) return null;
  const letters = [...roles].map((r) => t(`matrix.letters.${r}`)).join('');
  return (
    <span className="task-badge" role="note" aria-label={t('matrix.badge', { role: letters, task: name })} title={t('matrix.badge', { role: letters, task: name })}>
      {letters}
    </span>
  );
}
