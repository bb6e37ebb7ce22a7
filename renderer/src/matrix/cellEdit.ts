import type { Command } from '../../../shared/commands/types';
import type { AssignmentId, BodyId, TaskId } from '../../../shared/model/ids';
import type { RaciRole } from '../../../shared/model/vocabulary';
import type { MatrixCell } from '../../../shared/tasks/matrixData';

/** The key that sets each role: R/A/C/I, and U (utför) and K (konsulteras) as in Swedish practice. */
const KEY_ROLES: Readonly<Record<string, RaciRole>> = { r: 'R', u: 'R', a: 'A', c: 'C', k: 'C', i: 'I' };

/** The role a key stands for, or null. */
export function roleOfKey(key: string): RaciRole | null {
  return KEY_ROLES[key.toLowerCase()] ?? null;
}

/**
 * The command a key makes on a cell: a role key adds that role (or takes it away when the
 * cell has it already: the key toggles); Delete or Backspace takes every role of the cell
 * away, in one undo step. Null when the key does nothing.
 */
export function cellCommand(key: string, task: TaskId, body: BodyId, cell: MatrixCell | undefined): Command | null {
  const remove = ([first, ...more]: readonly AssignmentId[]): Command | null =>
    first === undefined ? null : more.length === 0 ? { type: 'removeAssignment', id: first } : { type: 'batch', commands: [first, ...more].map((id) => ({ type: 'removeAssignment', id })) };
  if (key === 'Delete' || key === 'Backspace') return remove((cell?.assignments ?? []).map((a) => a.id));
  const role = roleOfKey(key);
  if (role === null) return null;
  if (cell?.roles.includes(role)) return remove(cell.assignments.filter((a) => a.role === role).map((a) => a.id));
  return { type: 'addAssignment', assignment: { task, body, role } };
}
