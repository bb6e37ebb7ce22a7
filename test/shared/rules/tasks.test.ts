import { describe, expect, it } from 'vitest';
import { accountableBottleneckRule } from '../../../shared/analysis/rules/accountableBottleneck';
import { accountableWithoutMandateRule } from '../../../shared/analysis/rules/accountableWithoutMandate';
import { assignmentToAbsentBodyRule } from '../../../shared/analysis/rules/assignmentToAbsentBody';
import { funderNotOnFollowUpRule } from '../../../shared/analysis/rules/funderNotOnFollowUp';
import { responsibleNotReachingAccountableRule } from '../../../shared/analysis/rules/responsibleNotReachingAccountable';
import { taskAccountableRule } from '../../../shared/analysis/rules/taskAccountable';
import { taskWithoutResponsibleRule } from '../../../shared/analysis/rules/taskWithoutResponsible';
import type { BodyId, InitiativeId, MemberId } from '../../../shared/model/ids';
import type { Assignment, MandatModel } from '../../../shared/model/types';
import { makeAccountable, makeAssignment, makeBody, makeFunding, makeInitiative, makeLine, makeMember, makeModel, makeTask } from '../../factories';
import { keys, run } from './helpers';

const bid = (id: string) => id as BodyId;

/**
 * KS (accountable), the council BRÅ reporting to KS, the working group AG with no line; task t1
 * "Samordna" with `assignments`. BRÅ's mandate is decided by KS and names the task.
 */
function mapWith(assignments: Assignment[], extra: Partial<Parameters<typeof makeModel>[0]> = {}): MandatModel {
  return makeModel({
    bodies: [
      makeAccountable('ks', { name: 'Kommunstyrelsen', shortName: 'KS' }),
      makeBody('bra', { shortName: 'BRÅ', mandate: { text: 'Samordna det brottsförebyggande arbetet', decidedBy: bid('ks'), decisionRef: 'KS § 1', requiredMembers: [] } }),
      makeBody('ag', { shortName: 'AG' }),
    ],
    lines: [makeLine('bra', 'ks')],
    tasks: [makeTask('t1', { name: 'Samordna det brottsförebyggande arbetet' })],
    assignments,
    ...extra,
  });
}

describe('task-accountable', () => {
  it('flags a task with no A and one with two, naming the two', () => {
    expect(keys(run(taskAccountableRule, mapWith([makeAssignment('t1', 'bra', 'R')])))).toEqual(['task-accountable:t1']);
    const two = run(taskAccountableRule, mapWith([makeAssignment('t1', 'ks', 'A'), makeAssignment('t1', 'bra', 'A')]));
    expect(two[0]?.elements.bodies).toEqual(['bra', 'ks']);
    expect(two[0]?.message.en).toContain('2 are accountable');
    expect(two[0]?.elements.tasks).toEqual(['t1']);
  });
  it('is quiet with exactly one A, and about an A that has ended', () => {
    expect(run(taskAccountableRule, mapWith([makeAssignment('t1', 'ks', 'A')]))).toEqual([]);
    expect(run(taskAccountableRule, mapWith([makeAssignment('t1', 'ks', 'A'), makeAssignment('t1', 'bra', 'A', { validTo: '2021-12-31' })]))).toEqual([]);
  });
  it('leaves a task not in force on the date alone', () => {
    const m = mapWith([]);
    expect(run(taskAccountableRule, { ...m, tasks: new Map([['t1', makeTask('t1', { validFrom: '2030-01-01' })]]) })).toEqual([]);
  });
});

describe('task-without-responsible', () => {
  it('flags a task no one carries out', () => expect(keys(run(taskWithoutResponsibleRule, mapWith([makeAssignment('t1', 'ks', 'A')])))).toEqual(['task-without-responsible:t1']));
  it('is quiet when a member carries it out', () => {
    const byMember = { ...makeAssignment('t1', 'x', 'R'), body: null, member: 'm1' as MemberId };
    expect(run(taskWithoutResponsibleRule, mapWith([makeAssignment('t1', 'ks', 'A'), byMember], { members: [makeMember('m1')] }))).toEqual([]);
  });
});

describe('accountable-without-mandate', () => {
  it('flags a group that is A with no mandate from an accountable body', () =>
    expect(keys(run(accountableWithoutMandateRule, mapWith([makeAssignment('t1', 'ag', 'A')])))).toEqual(['accountable-without-mandate:t1|ag']));
  it('is quiet for an accountable body, and for a body whose mandate from KS names the task', () => {
    expect(run(accountableWithoutMandateRule, mapWith([makeAssignment('t1', 'ks', 'A')]))).toEqual([]);
    expect(run(accountableWithoutMandateRule, mapWith([makeAssignment('t1', 'bra', 'A')]))).toEqual([]);
  });
  it('is quiet for the responsible body of the initiative the task concerns, if KS decided its mandate', () => {
    const m = mapWith([makeAssignment('t1', 'ag', 'A')], {
      initiatives: [makeInitiative('i1', { responsible: bid('ag') })],
      tasks: [makeTask('t1', { initiative: 'i1' as InitiativeId })],
    });
    expect(keys(run(accountableWithoutMandateRule, m))).toEqual(['accountable-without-mandate:t1|ag']);
    const decided = { ...m, bodies: new Map(m.bodies).set('ag', makeBody('ag', { mandate: { text: 'x', decidedBy: bid('ks'), decisionRef: '', requiredMembers: [] } })) };
    expect(run(accountableWithoutMandateRule, decided)).toEqual([]);
  });
});

describe('responsible-not-reaching-accountable', () => {
  it('flags a group that carries the task out with no chain to the body that answers for it', () =>
    expect(keys(run(responsibleNotReachingAccountableRule, mapWith([makeAssignment('t1', 'ks', 'A'), makeAssignment('t1', 'ag', 'R')])))).toEqual([
      'responsible-not-reaching-accountable:t1|ag',
    ]));
  it('is quiet when the R reports (here directly) to the A, or is the A', () => {
    expect(run(responsibleNotReachingAccountableRule, mapWith([makeAssignment('t1', 'ks', 'A'), makeAssignment('t1', 'bra', 'R'), makeAssignment('t1', 'ks', 'R')]))).toEqual([]);
  });
  it('is quiet through a chain of two lines', () => {
    const m = mapWith([makeAssignment('t1', 'ks', 'A'), makeAssignment('t1', 'ag', 'R')]);
    expect(run(responsibleNotReachingAccountableRule, { ...m, reportingLines: new Map([...m.reportingLines, ['l2', makeLine('ag', 'bra', { id: 'l2' as never })]]) })).toEqual([]);
  });
});

describe('funder-not-on-follow-up', () => {
  const funded = (assignments: Assignment[]) =>
    mapWith(assignments, {
      initiatives: [makeInitiative('i1', { name: 'Trygga unga' })],
      funding: [makeFunding('ks', 'bra', { initiative: 'i1' as InitiativeId, year: 2022 })],
      tasks: [makeTask('t1', { name: 'Följa upp Trygga unga', initiative: 'i1' as InitiativeId, libraryKey: 'follow_up_initiative' })],
    });
  it('flags a funder that is neither A nor I on the follow-up task', () =>
    expect(keys(run(funderNotOnFollowUpRule, funded([makeAssignment('t1', 'bra', 'A'), makeAssignment('t1', 'ks', 'C')])))).toEqual(['funder-not-on-follow-up:i1|ks']));
  it('is quiet when the funder is informed', () => expect(run(funderNotOnFollowUpRule, funded([makeAssignment('t1', 'bra', 'A'), makeAssignment('t1', 'ks', 'I')]))).toEqual([]));
  it('does not judge an initiative with no task', () => {
    const m = funded([]);
    expect(run(funderNotOnFollowUpRule, { ...m, tasks: new Map() })).toEqual([]);
  });
});

describe('accountable-bottleneck', () => {
  const many = (n: number, threshold: number) => {
    const tasks = Array.from({ length: n }, (_, i) => makeTask(`t${i}`));
    const m = mapWith(tasks.map((t) => makeAssignment(t.id, 'ks', 'A')), { tasks });
    return { ...m, settings: { ...m.settings, accountableTaskThreshold: threshold } };
  };
  it('flags a body A for more tasks than the map’s limit', () => {
    const f = run(accountableBottleneckRule, many(4, 3));
    expect(keys(f)).toEqual(['accountable-bottleneck:ks']);
    expect(f[0]?.elements.tasks).toHaveLength(4);
  });
  it('is quiet at the limit', () => expect(run(accountableBottleneckRule, many(3, 3))).toEqual([]));
});

describe('assignment-to-absent-body', () => {
  it('flags a role held by a body dissolved before the date', () => {
    const m = mapWith([makeAssignment('t1', 'ag', 'R')]);
    const gone = { ...m, bodies: new Map(m.bodies).set('ag', makeBody('ag', { validTo: '2021-06-30' })) };
    const f = run(assignmentToAbsentBodyRule, gone);
    expect(keys(f)).toEqual(['assignment-to-absent-body:raci-t1-ag-R']);
    expect(f[0]?.message.sv).toContain('avvecklades 2021-06-30');
  });
  it('is quiet when the assignment ends with the body', () => {
    const m = mapWith([makeAssignment('t1', 'ag', 'R', { validTo: '2021-06-30' })]);
    expect(run(assignmentToAbsentBodyRule, { ...m, bodies: new Map(m.bodies).set('ag', makeBody('ag', { validTo: '2021-06-30' })) })).toEqual([]);
  });
});
