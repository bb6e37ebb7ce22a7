import { buildContext } from '../analysis/context';
import { taskIndex } from '../analysis/taskIndex';
import type { Body, IsoDate, MandatModel, Task } from '../model/types';
import type { AssignmentId } from '../model/ids';
import { LEVELS, type Level, type RaciRole } from '../model/vocabulary';
import { labelOn } from '../time/names';

/** One cell of the responsibility matrix: the roles a body has on a task, in R/A/C/I order, with the assignments' ids. */
export interface MatrixCell {
  readonly roles: readonly RaciRole[];
  readonly assignments: readonly { readonly id: AssignmentId; readonly role: RaciRole }[];
}

export interface MatrixColumn {
  readonly body: Body;
  readonly label: string;
}

export interface MatrixRow {
  readonly task: Task;
  /** Cells by body id (absent: no role). */
  readonly cells: ReadonlyMap<string, MatrixCell>;
  /** Roles held by members (not bodies), as "name: R". */
  readonly members: readonly string[];
}

export interface ResponsibilityMatrix {
  readonly asOf: IsoDate;
  readonly columns: readonly MatrixColumn[];
  readonly rows: readonly MatrixRow[];
}

export interface MatrixFilter {
  /** Only tasks concerning this initiative. */
  readonly initiative?: string | null;
  /** Only tasks concerning this document. */
  readonly document?: string | null;
  /** Only bodies with a role on a shown task (the Word report's table), rather than every body on the date. */
  readonly onlyAssigned?: boolean;
  /** Columns ordered by level (political, administrative, operative, external), then by label. */
  readonly byLevel?: boolean;
}

const ROLE_ORDER: readonly RaciRole[] = ['R', 'A', 'C', 'I'];
const LEVEL_ORDER = new Map<Level, number>(LEVELS.map((l, i) => [l, i]));

/**
 * The matrix on a date: tasks in force as rows (in id order), bodies existing then as columns,
 * each cell the roles in force. One analysis context and task index, as the checks use.
 */
export function responsibilityMatrix(model: MandatModel, asOf: IsoDate, filter: MatrixFilter = {}): ResponsibilityMatrix {
  const ctx = buildContext(model, asOf, model.settings);
  const index = taskIndex(ctx);
  const rows: MatrixRow[] = [];
  const used = new Set<string>();
  for (const t of index.tasks) {
    if (filter.initiative && t.task.initiative !== filter.initiative) continue;
    if (filter.document && t.task.document !== filter.document) continue;
    const cells = new Map<string, { roles: RaciRole[]; assignments: { id: AssignmentId; role: RaciRole }[] }>();
    const members: string[] = [];
    for (const role of ROLE_ORDER)
      for (const a of t[role]) {
        if (a.body === null) {
          members.push(`${ctx.memberName(a.member ?? '')}: ${role}`);
          continue;
        }
        used.add(a.body);
        const cell = cells.get(a.body) ?? { roles: [], assignments: [] };
        if (!cell.roles.includes(role)) cell.roles.push(role);
        cell.assignments.push({ id: a.id, role });
        cells.set(a.body, cell);
      }
    rows.push({ task: t.task, cells, members });
  }
  let bodies = ctx.bodies.filter((b) => !filter.onlyAssigned || used.has(b.id));
  const label = (b: Body): string => labelOn(b, asOf);
  bodies = [...bodies].sort((a, b) => {
    const byLevel = filter.byLevel ? (LEVEL_ORDER.get(a.level) ?? 0) - (LEVEL_ORDER.get(b.level) ?? 0) : 0;
    return byLevel || label(a).localeCompare(label(b), 'sv');
  });
  return { asOf, columns: bodies.map((body) => ({ body, label: label(body) })), rows };
}
