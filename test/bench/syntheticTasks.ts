/**
 * A responsibility matrix for a synthetic map: `count` tasks, a third of them following up an
 * initiative, the rest the organisation's, each with the usual roles and the usual flaws in
 * small doses (no A or two, no R, an A that is a group without a mandate, an R with no path to
 * the A, a funder left out of the follow-up, a role held by a dissolved body, one body
 * answering for many tasks). Its own random stream, so the rest of the map is the same with or
 * without it.
 */
import type { AssignmentId, InitiativeId, TaskId } from '../../shared/model/ids';
import type { Assignment, Body, MandatModel, Task } from '../../shared/model/types';
import type { RaciRole } from '../../shared/model/vocabulary';
import { Rng } from './random';
import { generateMap, type GenerateOptions } from './synthetic';

const NAMES = ['Samordna trygghetsarbetet', 'Ta fram lägesbilden', 'Besluta åtgärdsplanen', 'Rapportera resultat till KS', 'Underteckna överenskommelsen med polisen'];

export function generateTasks(model: MandatModel, count: number, seed: number): Pick<MandatModel, 'tasks' | 'assignments'> {
  const rng = new Rng(seed * 7919 + 17);
  const bodies = [...model.bodies.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  const accountable = bodies.filter((b) => b.accountable);
  const initiatives = [...model.initiatives.values()];
  const pick = <T>(list: readonly T[]): T => list[rng.int(list.length)] as T;
  const tasks: Task[] = [];
  const assignments: Assignment[] = [];
  // One body answers for a tenth of everything: the bottleneck.
  const busy = accountable[0] ?? bodies[0];
  const add = (task: Task, body: Body | undefined, role: RaciRole): void => {
    if (!body || assignments.some((a) => a.task === task.id && a.body === body.id && a.role === role)) return;
    assignments.push({ id: `raci${assignments.length}` as AssignmentId, task: task.id, body: body.id, member: null, role, validFrom: null, validTo: null, source: '' });
  };
  for (let n = 0; n < count && bodies.length > 0; n++) {
    const initiative = n % 3 === 0 && initiatives.length > 0 ? initiatives[(n / 3) % initiatives.length] : undefined;
    const task: Task = {
      id: `task${n}` as TaskId,
      name: initiative ? `Följa upp ${initiative.name}` : `${NAMES[n % NAMES.length]} ${n}`,
      description: '',
      initiative: initiative ? (initiative.id as InitiativeId) : null,
      document: null,
      body: null,
      validFrom: null,
      validTo: null,
      libraryKey: initiative ? 'follow_up_initiative' : '',
      notes: '',
    };
    tasks.push(task);
    const r = rng.float();
    const responsible = initiative?.responsible ? model.bodies.get(initiative.responsible) : undefined;
    const a = n % 10 === 0 ? busy : r < 0.85 ? (responsible ?? pick(accountable.length > 0 ? accountable : bodies)) : pick(bodies);
    if (r >= 0.04) add(task, a, 'A');
    if (r > 0.96) add(task, pick(bodies), 'A');
    const executors = initiative ? initiative.executors.map((id) => model.bodies.get(id)) : [];
    if (rng.float() > 0.05) add(task, executors[0] ?? pick(bodies), 'R');
    if (rng.chance(0.3)) add(task, pick(bodies), 'R');
    if (rng.chance(0.5)) add(task, pick(bodies), 'C');
    if (rng.chance(0.5)) add(task, pick(accountable.length > 0 ? accountable : bodies), 'I');
  }
  return { tasks: new Map(tasks.map((t) => [t.id, t])), assignments: new Map(assignments.map((a) => [a.id, a])) };
}


/** `generateMap` with a responsibility matrix of `opts.tasks` tasks when asked for. */
export function generateMapWithTasks(opts: GenerateOptions): MandatModel {
  const model = generateMap(opts);
  return opts.tasks ? { ...model, ...generateTasks(model, opts.tasks, opts.seed ?? 1) } : model;
}
