import { describe, expect, it } from 'vitest';
import { analyse } from '../../../shared/analysis/analyse';
import { actionPlanBeforePictureRule } from '../../../shared/analysis/rules/actionPlanBeforePicture';
import { actionPlanNotMunicipalRule } from '../../../shared/analysis/rules/actionPlanNotMunicipal';
import { noActionPlanRule } from '../../../shared/analysis/rules/noActionPlan';
import { noCoordinationFunctionRule } from '../../../shared/analysis/rules/noCoordinationFunction';
import { noSituationalPictureRule } from '../../../shared/analysis/rules/noSituationalPicture';
import { staleSituationalPictureRule } from '../../../shared/analysis/rules/staleSituationalPicture';
import { monthsBefore } from '../../../shared/analysis/law/months';
import { RULES } from '../../../shared/analysis/rules';
import { groupOf } from '../../../shared/analysis/ruleGroups';
import type { BodyId } from '../../../shared/model/ids';
import { makeAccountable, makeBody, makeCoordination, makeDocument, makeMember, makeModel } from '../../factories';
import { keys, run } from './helpers';

const AFTER = '2024-06-01';
const ks = makeAccountable('ks');
const picture = (id: string, on: string, over = {}) => makeDocument(id, { kind: 'situational_picture', decidedOn: on, validFrom: on, ...over });
const plan = (id: string, on: string, over = {}) =>
  makeDocument(id, { kind: 'action_plan', decidedBy: 'ks' as BodyId, decisionRef: 'KS § 1', decidedOn: on, validFrom: on, ...over });

describe('no-situational-picture', () => {
  it('flags a map with no lägesbild in force after the act came into force', () => {
    expect(keys(run(noSituationalPictureRule, makeModel({ bodies: [ks] }), AFTER))).toEqual(['no-situational-picture:municipality']);
    // An ended one does not count.
    const ended = picture('lb', '2023-09-01', { validTo: '2024-01-31' });
    expect(keys(run(noSituationalPictureRule, makeModel({ documents: [ended] }), AFTER))).toEqual(['no-situational-picture:municipality']);
  });
  it('flags pictures that only cover named areas, naming them', () => {
    const [f] = run(noSituationalPictureRule, makeModel({ documents: [picture('lb', '2024-01-01', { areas: ['Lagersberg'] })] }), AFTER);
    expect(f?.elements.documents).toEqual(['lb']);
    expect(f?.message.sv).toContain('bara delar av kommunen');
  });
  it('is quiet with a picture of the whole municipality, and before 1 July 2023', () => {
    expect(run(noSituationalPictureRule, makeModel({ documents: [picture('lb', '2024-01-01')] }), AFTER)).toEqual([]);
    expect(run(noSituationalPictureRule, makeModel({ bodies: [ks] }), '2023-06-30')).toEqual([]);
    expect(run(noSituationalPictureRule, makeModel({ bodies: [ks] }), '2023-07-01')).toHaveLength(1);
  });
});

describe('stale-situational-picture', () => {
  it("flags the newest picture when it is older than the map's setting, and says the limit is the map's", () => {
    const model = makeModel({ documents: [picture('old', '2021-01-01'), picture('newer', '2022-03-01')] });
    const [f] = run(staleSituationalPictureRule, model, AFTER);
    expect(f?.key).toBe('stale-situational-picture:newer');
    expect(f?.message.en).toContain("the limit is the map's setting");
    expect(f?.message.en).toContain('24 months');
  });
  it('is quiet when the newest picture is within the setting, and follows a changed setting', () => {
    const model = makeModel({ documents: [picture('old', '2021-01-01'), picture('new', '2023-09-01')] });
    expect(run(staleSituationalPictureRule, model, AFTER)).toEqual([]);
    const strict = { ...model, settings: { ...model.settings, situationalPictureMaxAgeMonths: 6 } };
    expect(keys(run(staleSituationalPictureRule, strict, AFTER))).toEqual(['stale-situational-picture:new']);
  });
  it('counts calendar months, clamped to the end of a month', () => {
    expect(monthsBefore('2024-06-01', 24)).toBe('2022-06-01');
    expect(monthsBefore('2024-03-31', 1)).toBe('2024-02-29');
    expect(monthsBefore('2024-01-15', 13)).toBe('2022-12-15');
  });
});

describe('no-action-plan', () => {
  it('flags a map with no action plan in force, and not one with a plan', () => {
    expect(keys(run(noActionPlanRule, makeModel({ bodies: [ks] }), AFTER))).toEqual(['no-action-plan:municipality']);
    expect(run(noActionPlanRule, makeModel({ bodies: [ks], documents: [plan('ap', '2024-01-01')] }), AFTER)).toEqual([]);
  });
});

describe('action-plan-before-picture', () => {
  it('flags a plan decided before the newest picture', () => {
    const model = makeModel({ bodies: [ks], documents: [plan('ap', '2023-08-01'), picture('lb1', '2023-07-01'), picture('lb2', '2024-02-01')] });
    const [f] = run(actionPlanBeforePictureRule, model, AFTER);
    expect(f?.key).toBe('action-plan-before-picture:ap');
    expect(f?.elements.documents).toEqual(['ap', 'lb2']);
  });
  it('is quiet when the plan was decided on or after the picture', () => {
    const model = makeModel({ bodies: [ks], documents: [plan('ap', '2024-02-01'), picture('lb', '2024-02-01')] });
    expect(run(actionPlanBeforePictureRule, model, AFTER)).toEqual([]);
  });
});

describe('action-plan-not-municipal', () => {
  it('flags a plan decided by a steering group, or by no one', () => {
    const sg = makeBody('sg', { kind: 'steering_group' });
    const model = makeModel({ bodies: [ks, sg], documents: [plan('a', '2024-01-01', { decidedBy: 'sg' }), plan('b', '2024-01-01', { decidedBy: null })] });
    const found = run(actionPlanNotMunicipalRule, model, AFTER);
    expect(keys(found)).toEqual(['action-plan-not-municipal:a', 'action-plan-not-municipal:b']);
    expect(found[0]?.message.en).toContain('which is not an accountable body');
    expect(found[1]?.message.en).toContain('names no deciding body');
  });
  it('is quiet for a plan decided by the executive board', () => {
    expect(run(actionPlanNotMunicipalRule, makeModel({ bodies: [ks], documents: [plan('a', '2024-01-01')] }), AFTER)).toEqual([]);
  });
});

describe('no-coordination-function', () => {
  it('flags a map with no coordination function on the date', () => {
    const ended = makeCoordination('c', { body: 'ks' as BodyId, validTo: '2023-12-31' });
    expect(keys(run(noCoordinationFunctionRule, makeModel({ bodies: [ks], coordination: [ended] }), AFTER))).toEqual(['no-coordination-function:municipality']);
  });
  it('is quiet with a body or a person holding it', () => {
    expect(run(noCoordinationFunctionRule, makeModel({ bodies: [ks], coordination: [makeCoordination('c', { body: 'ks' as BodyId })] }), AFTER)).toEqual([]);
    const person = makeMember('p');
    expect(run(noCoordinationFunctionRule, makeModel({ members: [person], coordination: [makeCoordination('c', { member: person.id })] }), AFTER)).toEqual([]);
  });
});

describe('the law checks as a group', () => {
  it('each cite their source, and an old map without documents gets them as findings like any other', () => {
    const law = RULES.filter((r) => groupOf(r.id) === 'law');
    expect(law).toHaveLength(6);
    for (const r of law) expect(r.source?.sv, r.id).toContain('2023:196');
    const old = makeModel({ bodies: [ks] });
    expect(keys(analyse(old, { asOf: AFTER }).findings).filter((k) => groupOf(k.split(':')[0] as string) === 'law')).toEqual([
      'no-situational-picture:municipality',
      'no-action-plan:municipality',
      'no-coordination-function:municipality',
    ]);
  });
  it("can be switched off in the map's settings, by group or by rule", () => {
    const old = makeModel({ bodies: [ks] });
    const off = (rulesOff: string[]) => keys(analyse({ ...old, settings: { ...old.settings, rulesOff } }, { asOf: AFTER }).findings);
    expect(off(['law']).some((k) => k.startsWith('no-'))).toBe(false);
    expect(off(['no-action-plan'])).toEqual(['no-situational-picture:municipality', 'no-coordination-function:municipality']);
  });
});
