import { buildContext } from '../analysis/context';
import { taskIndex } from '../analysis/taskIndex';
import type { IsoDate, MandatModel, Task } from '../model/types';

/** Whether one task's responsibility is clear on a date, and why not. */
export interface TaskClarity {
  readonly task: Task;
  /** How many hold A (bodies and members). */
  readonly accountable: number;
  /** How many hold R. */
  readonly responsible: number;
  /** Every R body reaches the one A body along reporting lines (true when there is no R body to judge). */
  readonly reachesAccountable: boolean;
  /** Exactly one A, at least one R, and every R reaches the A. */
  readonly clear: boolean;
}

/** What one body answers for (A) and carries out (R) on a date, as task ids. */
export interface BodyRoles {
  readonly answersFor: readonly string[];
  readonly carriesOut: readonly string[];
}

export interface RoleClarityOfTasks {
  readonly tasks: readonly TaskClarity[];
  /** Bodies with any A or R, by id. */
  readonly bodies: ReadonlyMap<string, BodyRoles>;
  readonly clearCount: number;
}

/**
 * Role clarity of the responsibility matrix on `asOf`: per task whether it is clear (exactly
 * one A, at least one R, the R reaching the A: the three things an auditor asks), per body
 * the tasks it answers for and carries out. The same index the checks use.
 */
export function taskRoleClarity(model: MandatModel, asOf: IsoDate): RoleClarityOfTasks {
  const ctx = buildContext(model, asOf, model.settings);
  const index = taskIndex(ctx);
  const bodies = new Map<string, { answersFor: string[]; carriesOut: string[] }>();
  const of = (id: string) => {
    let b = bodies.get(id);
    if (!b) bodies.set(id, (b = { answersFor: [], carriesOut: [] }));
    return b;
  };
  const tasks = index.tasks.map(({ task, A, R }) => {
    for (const a of A) if (a.body !== null && !of(a.body).answersFor.includes(task.id)) of(a.body).answersFor.push(task.id);
    for (const r of R) if (r.body !== null && !of(r.body).carriesOut.includes(task.id)) of(r.body).carriesOut.push(task.id);
    const top = A.length === 1 ? A[0]?.body : null;
    const reachesAccountable = top ? R.every((r) => r.body === null || index.reaches(r.body, top)) : A.length === 1;
    return { task, accountable: A.length, responsible: R.length, reachesAccountable, clear: A.length === 1 && R.length > 0 && reachesAccountable };
  });
  return { tasks, bodies, clearCount: tasks.filter((t) => t.clear).length };
}
