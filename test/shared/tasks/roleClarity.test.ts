import { describe, expect, it } from 'vitest';
import { responsibilityMatrix } from '../../../shared/tasks/matrixData';
import { taskRoleClarity } from '../../../shared/tasks/roleClarity';
import type { InitiativeId } from '../../../shared/model/ids';
import { makeAccountable, makeAssignment, makeBody, makeInitiative, makeLine, makeModel, makeTask } from '../../factories';

/** KS; BRÅ reporting to KS; AG with no line. t1 clear; t2 two A; t3 R in AG not reaching KS. */
function model() {
  return makeModel({
    bodies: [makeAccountable('ks'), makeBody('bra'), makeBody('ag', { level: 'operative' })],
    lines: [makeLine('bra', 'ks')],
    initiatives: [makeInitiative('i1')],
    tasks: [makeTask('t1', { initiative: 'i1' as InitiativeId }), makeTask('t2'), makeTask('t3')],
    assignments: [
      makeAssignment('t1', 'ks', 'A'),
      makeAssignment('t1', 'bra', 'R'),
      makeAssignment('t1', 'ag', 'I'),
      makeAssignment('t2', 'ks', 'A'),
      makeAssignment('t2', 'bra', 'A'),
      makeAssignment('t2', 'bra', 'R'),
      makeAssignment('t3', 'ks', 'A'),
      makeAssignment('t3', 'ag', 'R'),
    ],
  });
}

describe('role clarity of the tasks', () => {
  it('calls a task clear only with one A, an R, and the R reaching the A', () => {
    const c = taskRoleClarity(model(), '2022-06-01');
    expect(c.tasks.map((t) => [t.task.id, t.clear, t.accountable, t.responsible, t.reachesAccountable])).toEqual([
      ['t1', true, 1, 1, true],
      ['t2', false, 2, 1, false],
      ['t3', false, 1, 1, false],
    ]);
    expect(c.clearCount).toBe(1);
  });
  it('lists per body what it answers for and carries out', () => {
    const c = taskRoleClarity(model(), '2022-06-01');
    expect(c.bodies.get('ks')).toEqual({ answersFor: ['t1', 't2', 't3'], carriesOut: [] });
    expect(c.bodies.get('bra')).toEqual({ answersFor: ['t2'], carriesOut: ['t1', 't2'] });
  });
});

describe('the responsibility matrix', () => {
  it('has a cell per body with roles in R, A, C, I order, and filters by initiative', () => {
    const m = responsibilityMatrix(model(), '2022-06-01');
    expect(m.rows.map((r) => r.task.id)).toEqual(['t1', 't2', 't3']);
    expect(m.rows[1]?.cells.get('bra')?.roles).toEqual(['R', 'A']);
    expect(responsibilityMatrix(model(), '2022-06-01', { initiative: 'i1' }).rows.map((r) => r.task.id)).toEqual(['t1']);
  });
  it('orders the columns by level when grouped, and keeps only assigned bodies when asked', () => {
    const m = responsibilityMatrix(model(), '2022-06-01', { byLevel: true });
    expect(m.columns.map((c) => c.body.id).sort()).toEqual(['ag', 'bra', 'ks']);
    expect(responsibilityMatrix(model(), '2022-06-01').columns[0]?.body.id).toBe('ag');
    expect(m.columns[m.columns.length - 1]?.body.level).toBe('operative');
    const only = responsibilityMatrix({ ...model(), bodies: new Map([...model().bodies, ['x', makeBody('x')]]) }, '2022-06-01', { onlyAssigned: true });
    expect(only.columns.map((c) => c.body.id)).not.toContain('x');
  });
});
