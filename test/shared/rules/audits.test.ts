import { describe, expect, it } from 'vitest';
import { actionOverdueRule } from '../../../shared/analysis/rules/actionOverdue';
import { actionOwnerMissingRule } from '../../../shared/analysis/rules/actionOwnerMissing';
import { agreedWithoutActionRule } from '../../../shared/analysis/rules/agreedWithoutAction';
import { recommendationUnansweredRule } from '../../../shared/analysis/rules/recommendationUnanswered';
import { emptyBodyRule } from '../../../shared/analysis/rules/emptyBody';
import { repeatFindingRule } from '../../../shared/analysis/rules/repeatFinding';
import type { BodyId } from '../../../shared/model/ids';
import type { MandatModel } from '../../../shared/model/types';
import { makeAccountable, makeAction, makeAnswer, makeAudit, makeBody, makeMember, makeMembership, makeModel, makeRecommendation } from '../../factories';
import { keys, run } from './helpers';

const bid = (id: string) => id as BodyId;

/** KS and body a; audit au dated 2023-02-21 with recommendation r1 to KS about a. */
function base(parts: Parameters<typeof makeModel>[0] = {}): MandatModel {
  return makeModel({
    bodies: [makeAccountable('ks'), makeBody('a', { mandate: { text: 'Uppdrag', decidedBy: bid('ks'), decisionRef: 'KS 2020-01-01 § 1', requiredMembers: [] } })],
    audits: [makeAudit('au', { title: 'Granskning 2023', date: '2023-02-21' })],
    recommendations: [makeRecommendation('r1', 'au', { addressedTo: bid('ks'), concernsBodies: [bid('a')] })],
    ...parts,
  });
}

describe('recommendation-unanswered', () => {
  it('flags a recommendation with no answer once the days allowed (90 by default) have passed', () => {
    const f = run(recommendationUnansweredRule, base(), '2023-06-01');
    expect(keys(f)).toEqual(['recommendation-unanswered:r1']);
    expect(f[0]?.message.sv).toContain('senast 2023-05-22 (90 dagar)');
    expect(f[0]?.elements.bodies).toEqual(['ks', 'a']);
  });
  it('is quiet within the time allowed, with a longer setting, and once answered', () => {
    expect(run(recommendationUnansweredRule, base(), '2023-05-22')).toEqual([]);
    const longer = { ...base(), settings: { ...base().settings, answerDueDays: 200 } };
    expect(run(recommendationUnansweredRule, longer, '2023-06-01')).toEqual([]);
    expect(run(recommendationUnansweredRule, base({ answers: [makeAnswer('an', 'r1', { date: '2023-05-30' })] }), '2023-06-01')).toEqual([]);
  });
  it('counts an answer only from its date, and an audit only from its date', () => {
    expect(keys(run(recommendationUnansweredRule, base({ answers: [makeAnswer('an', 'r1', { date: '2023-07-01' })] }), '2023-06-01'))).toEqual(['recommendation-unanswered:r1']);
    expect(run(recommendationUnansweredRule, base(), '2022-12-31')).toEqual([]);
  });
});

describe('action-overdue', () => {
  const withAction = (statusHistory: { status: 'open' | 'in_progress' | 'done' | 'dropped'; date: string }[]) =>
    base({ actions: [makeAction('ac', 'r1', { text: 'Ta fram indikatorer', owner: bid('a'), due: '2023-12-31', statusHistory })] });
  it('flags an action past its due date that is not done', () => {
    const f = run(actionOverdueRule, withAction([{ status: 'in_progress', date: '2023-03-01' }]), '2024-01-15');
    expect(keys(f)).toEqual(['action-overdue:ac']);
    expect(f[0]?.message.en).toContain('was due 2023-12-31 but is "in progress"');
  });
  it('is quiet before the due date, and when done or dropped by the date viewed', () => {
    expect(run(actionOverdueRule, withAction([]), '2023-12-31')).toEqual([]);
    expect(run(actionOverdueRule, withAction([{ status: 'done', date: '2023-11-01' }]), '2024-01-15')).toEqual([]);
    expect(run(actionOverdueRule, withAction([{ status: 'dropped', date: '2024-01-02' }]), '2024-01-15')).toEqual([]);
  });
  it('reads the status as it was on the date: done later is still overdue before', () => {
    expect(keys(run(actionOverdueRule, withAction([{ status: 'done', date: '2024-03-01' }]), '2024-01-15'))).toEqual([]);
    expect(keys(run(actionOverdueRule, withAction([{ status: 'open', date: '2023-03-01' }, { status: 'done', date: '2024-03-01' }]), '2024-01-15'))).toEqual(['action-overdue:ac']);
  });
});

describe('agreed-without-action', () => {
  it('flags an agreeing or partly agreeing answer with no action', () => {
    expect(keys(run(agreedWithoutActionRule, base({ answers: [makeAnswer('an', 'r1', { by: bid('ks'), stance: 'agrees' })] }), '2023-06-01'))).toEqual(['agreed-without-action:r1']);
    const partly = run(agreedWithoutActionRule, base({ answers: [makeAnswer('an', 'r1', { by: bid('ks'), stance: 'agrees_in_part' })] }), '2023-06-01');
    expect(partly[0]?.message.sv).toContain('svarade "delar delvis"');
  });
  it('is quiet when the answer disagrees, when an action is recorded, or with no answer', () => {
    expect(run(agreedWithoutActionRule, base({ answers: [makeAnswer('an', 'r1', { stance: 'does_not_agree' })] }), '2023-06-01')).toEqual([]);
    expect(run(agreedWithoutActionRule, base({ answers: [makeAnswer('an', 'r1')], actions: [makeAction('ac', 'r1')] }), '2023-06-01')).toEqual([]);
    expect(run(agreedWithoutActionRule, base(), '2023-06-01')).toEqual([]);
  });
  it('takes the latest dated answer: a later "does not agree" replaces an earlier "agrees"', () => {
    const answers = [makeAnswer('an1', 'r1', { date: '2023-04-01', stance: 'agrees' }), makeAnswer('an2', 'r1', { date: '2023-05-01', stance: 'does_not_agree' })];
    expect(run(agreedWithoutActionRule, base({ answers }), '2023-06-01')).toEqual([]);
    expect(keys(run(agreedWithoutActionRule, base({ answers }), '2023-04-15'))).toEqual(['agreed-without-action:r1']);
  });
});

describe('action-owner-missing', () => {
  const owned = (validTo: string | null, status: 'in_progress' | 'done' = 'in_progress') =>
    makeModel({
      ...{},
      bodies: [makeAccountable('ks'), makeBody('a', { validTo })],
      audits: [makeAudit('au')],
      recommendations: [makeRecommendation('r1', 'au')],
      actions: [makeAction('ac', 'r1', { owner: bid('a'), statusHistory: [{ status, date: '2023-03-01' }] })],
    });
  it('flags an open action whose owner was dissolved before the date', () => {
    const f = run(actionOwnerMissingRule, owned('2023-04-30'), '2023-06-01');
    expect(keys(f)).toEqual(['action-owner-missing:ac']);
    expect(f[0]?.message.en).toContain('which ceased on 2023-04-30');
  });
  it('is quiet while the owner exists, and for a done action', () => {
    expect(run(actionOwnerMissingRule, owned(null), '2023-06-01')).toEqual([]);
    expect(run(actionOwnerMissingRule, owned('2023-04-30', 'done'), '2023-06-01')).toEqual([]);
  });
});

describe('repeat-finding', () => {
  // Body b has no members: empty-body:b, a finding of the structure's own checks.
  const map = (later: boolean, filled: boolean) =>
    makeModel({
      bodies: [makeAccountable('ks'), makeBody('b')],
      audits: [makeAudit('au1', { title: 'Granskning 2021', date: '2021-09-26' }), ...(later ? [makeAudit('au2', { title: 'Granskning 2023', date: '2023-02-21' })] : [])],
      recommendations: [makeRecommendation('r1', 'au1', { findingKeys: ['empty-body:b', 'missing-mandate:zzz'] })],
      // Filled: b gets a member from 2022 on, so empty-body:b is gone by the later audit.
      ...(filled ? { members: [makeMember('m')], memberships: [makeMembership('m', 'b', { validFrom: '2022-01-01' })] } : {}),
    });
  it('flags a recommendation whose finding is still there at the later audit', () => {
    const f = run(repeatFindingRule, map(true, false), '2023-06-01');
    expect(keys(f)).toEqual(['repeat-finding:r1']);
    // The finding in its own words on the later date, not its key.
    const emptyB = run(emptyBodyRule, map(true, false), '2023-02-21')[0];
    expect(emptyB?.key).toBe('empty-body:b');
    expect(f[0]?.message.en).toBe(`The recommendation "${f[0]?.message.en.split('"')[1]}" from Granskning 2021 (2021-09-26) concerned findings still present at Granskning 2023 (2023-02-21): ${emptyB?.message.en}`);
    expect(f[0]?.message.sv).toContain(`fanns kvar vid Granskning 2023 (2023-02-21): ${emptyB?.message.sv}`);
    for (const lang of ['sv', 'en'] as const) {
      expect(f[0]?.message[lang]).not.toContain('empty-body');
      expect(f[0]?.message[lang]).not.toContain('zzz');
    }
  });
  it('is quiet with no later audit, before the later audit, and when the finding is gone', () => {
    expect(run(repeatFindingRule, map(false, false), '2023-06-01')).toEqual([]);
    expect(run(repeatFindingRule, map(true, false), '2023-01-01')).toEqual([]);
    expect(run(repeatFindingRule, map(true, true), '2023-06-01')).toEqual([]);
  });
});

describe('an action whose status has no known date', () => {
  it('counts the undated status from the start, and a dated one after it', () => {
    const model = base({
      actions: [makeAction('ac', 'r1', { due: '2023-04-01', statusHistory: [{ status: 'in_progress', date: null }, { status: 'done', date: '2023-09-01' }] })],
    });
    expect(run(actionOverdueRule, model, '2023-06-01')[0]?.message.en).toContain('but is "in progress"');
    expect(run(actionOverdueRule, model, '2023-09-01')).toEqual([]);
  });
});
