import type { BodyId } from '../model/ids';
import type { Assignment, Task } from '../model/types';
import type { RaciRole } from '../model/vocabulary';
import type { AnalysisContext } from './context';

/** The assignments of one task on the date, by role. */
export interface TaskRoles {
  readonly task: Task;
  readonly R: readonly Assignment[];
  readonly A: readonly Assignment[];
  readonly C: readonly Assignment[];
  readonly I: readonly Assignment[];
}

/** The responsibility matrix on the analysis date, indexed once for all the task rules. */
export interface TaskIndex {
  /** Tasks in force on the date, in id order, with their assignments in force (of bodies that exist and of members). */
  readonly tasks: readonly TaskRoles[];
  readonly byTask: ReadonlyMap<string, TaskRoles>;
  /** Assignments in force, on a task in force, to a body that does not exist on the date. */
  readonly absent: readonly Assignment[];
  /** The tasks each body is A for, in task-id order. */
  readonly accountableFor: ReadonlyMap<string, readonly string[]>;
  /** Whether `body` has a chain of accountability edges up to `top` (searched once per top). */
  reaches(body: string, top: string): boolean;
}

const inForce = (v: { validFrom: string | null; validTo: string | null }, day: string): boolean =>
  (v.validFrom === null || v.validFrom <= day) && (v.validTo === null || day <= v.validTo);

const cache = new WeakMap<AnalysisContext, TaskIndex>();

/** The index of `ctx`'s map: made once per analysis however many task rules read it. */
export function taskIndex(ctx: AnalysisContext): TaskIndex {
  let index = cache.get(ctx);
  if (!index) cache.set(ctx, (index = buildTaskIndex(ctx)));
  return index;
}

function buildTaskIndex(ctx: AnalysisContext): TaskIndex {
  const { model, asOf } = ctx;
  const byTask = new Map<string, { task: Task } & Record<RaciRole, Assignment[]>>();
  const active: Task[] = [];
  model.tasks.forEach((t) => {
    if (inForce(t, asOf)) active.push(t);
  });
  active.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const task of active) byTask.set(task.id, { task, R: [], A: [], C: [], I: [] });
  const absent: Assignment[] = [];
  const sorted = [...model.assignments.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const a of sorted) {
    const roles = byTask.get(a.task);
    if (!roles || !inForce(a, asOf)) continue;
    if (a.body !== null && !ctx.activeBody.has(a.body)) {
      absent.push(a);
      continue;
    }
    if (a.body === null && (a.member === null || !model.members.has(a.member))) continue;
    roles[a.role].push(a);
  }
  const accountableFor = new Map<string, string[]>();
  for (const roles of byTask.values())
    for (const a of roles.A) {
      if (a.body === null) continue;
      const list = accountableFor.get(a.body);
      if (list) {
        if (!list.includes(roles.task.id)) list.push(roles.task.id);
      } else accountableFor.set(a.body, [roles.task.id]);
    }
  // Searched upward from the carrying-out body: its chain to the top is short, while all that
  // reports (however indirectly) to a KS is most of a municipality's map.
  const above = new Map<string, Set<string>>();
  const reaches = (body: string, top: string): boolean => {
    let set = above.get(body);
    if (!set) {
      set = new Set([body]);
      const queue = [body];
      for (let i = 0; i < queue.length; i++)
        for (const next of ctx.upward.get(queue[i] as string) ?? [])
          if (!set.has(next)) {
            set.add(next);
            queue.push(next);
          }
      above.set(body, set);
    }
    return set.has(top);
  };
  const tasks = [...byTask.values()];
  return { tasks, byTask, absent, accountableFor, reaches };
}

/** The bodies of a list of assignments, each once, in order (members left out). */
export function bodiesOf(list: readonly Assignment[]): BodyId[] {
  const out: BodyId[] = [];
  for (const a of list) if (a.body !== null && !out.includes(a.body)) out.push(a.body);
  return out;
}

/** Who holds an assignment, as the date's label of the body or the member's name. */
export function holderLabel(ctx: AnalysisContext, a: Assignment): string {
  return a.body !== null ? ctx.label(a.body) : ctx.memberName(a.member ?? '');
}
