import { describe, expect, it } from 'vitest';
import { analyse } from '../../../shared/analysis/analyse';
import { agreementExpiredRule } from '../../../shared/analysis/rules/agreementExpired';
import { agreementUnsignedRule } from '../../../shared/analysis/rules/agreementUnsigned';
import { documentLapsedRule } from '../../../shared/analysis/rules/documentLapsed';
import { documentWithoutDecisionRule } from '../../../shared/analysis/rules/documentWithoutDecision';
import { initiativeWithoutPlanRule } from '../../../shared/analysis/rules/initiativeWithoutPlan';
import { yearlyPlanOutsideParentRule } from '../../../shared/analysis/rules/yearlyPlanOutsideParent';
import type { BodyId, DocumentId, MemberId } from '../../../shared/model/ids';
import { makeAccountable, makeBody, makeDocument, makeInitiative, makeMember, makeMembership, makeModel } from '../../factories';
import { keys, run } from './helpers';

const ks = makeAccountable('ks');
const police = makeBody('lpo', { kind: 'external_organisation', level: 'external' });
const chair = makeMember('ksord');
const head = makeMember('lpochef');
const seats = [makeMembership('ksord', 'ks', { role: 'chair' }), makeMembership('lpochef', 'lpo')];
const agreement = (id: string, over = {}) =>
  makeDocument(id, {
    kind: 'cooperation_agreement',
    decidedBy: 'ks' as BodyId,
    decisionRef: 'KF 2020-05-14 § 71',
    validFrom: '2020-05-14',
    validTo: '2023-12-31',
    parties: ['ks', 'lpo'] as BodyId[],
    signatories: ['ksord', 'lpochef'] as MemberId[],
    ...over,
  });
const base = { bodies: [ks, police], members: [chair, head], memberships: seats };

describe('agreement-expired', () => {
  it('flags an agreement that ended with none after it', () => {
    const [f] = run(agreementExpiredRule, makeModel({ ...base, documents: [agreement('sa')] }), '2024-03-01');
    expect(f?.key).toBe('agreement-expired:sa');
    expect(f?.message.en).toContain('until 2023-12-31');
  });
  it('is quiet while it is in force, and once a new agreement follows', () => {
    expect(run(agreementExpiredRule, makeModel({ ...base, documents: [agreement('sa')] }), '2023-06-01')).toEqual([]);
    const next = agreement('sa2', { validFrom: '2024-01-01', validTo: '2027-12-31' });
    expect(run(agreementExpiredRule, makeModel({ ...base, documents: [agreement('sa'), next] }), '2024-03-01')).toEqual([]);
  });
});

describe('agreement-unsigned', () => {
  it("flags an agreement without the police's signature, or without anyone's", () => {
    const one = agreement('a', { signatories: ['ksord'] });
    const none = agreement('b', { signatories: [] });
    const found = run(agreementUnsignedRule, makeModel({ ...base, documents: [one, none] }), '2022-06-01');
    expect(keys(found)).toEqual(['agreement-unsigned:a', 'agreement-unsigned:b']);
    expect(found[0]?.message.en).toContain("lacks the police's signatory");
    expect(found[1]?.message.sv).toContain('saknar kommunens och polisens undertecknare');
  });
  it('is quiet when both sides signed, by their seats or, unseated, by their organisation', () => {
    expect(run(agreementUnsignedRule, makeModel({ ...base, documents: [agreement('a')] }), '2022-06-01')).toEqual([]);
    const unseated = makeMember('x', { organisation: 'Polismyndigheten' });
    const model = makeModel({ ...base, members: [chair, unseated], documents: [agreement('a', { signatories: ['ksord', 'x'] })] });
    expect(run(agreementUnsignedRule, model, '2022-06-01')).toEqual([]);
  });
});

describe('document-lapsed', () => {
  it('flags a document past its review date, and one ended with nothing after it', () => {
    const review = makeDocument('p', { kind: 'plan_programme', reviewBy: '2022-01-01' });
    const ended = makeDocument('q', { kind: 'action_plan', validFrom: '2019-01-01', validTo: '2021-12-31' });
    const found = run(documentLapsedRule, makeModel({ documents: [review, ended] }), '2022-06-01');
    expect(keys(found)).toEqual(['document-lapsed:p', 'document-lapsed:q']);
    expect(found[0]?.message.en).toContain('was to be reviewed by 2022-01-01');
  });
  it('is quiet before the review date, and for an ended document with a successor in force', () => {
    const review = makeDocument('p', { kind: 'plan_programme', reviewBy: '2025-01-01' });
    const ended = makeDocument('q', { kind: 'action_plan', validFrom: '2019-01-01', validTo: '2021-12-31' });
    const next = makeDocument('r', { kind: 'action_plan', validFrom: '2022-01-01' });
    expect(run(documentLapsedRule, makeModel({ documents: [review, ended, next] }), '2022-06-01')).toEqual([]);
  });
  it('takes a later document with the same title but for its years as the successor, and no other of its kind', () => {
    const plan2021 = makeDocument('a', { kind: 'plan_programme', title: 'Årsplan 2021', validFrom: '2021-01-01', validTo: '2021-12-31' });
    const plan2022 = makeDocument('b', { kind: 'plan_programme', title: 'Årsplan 2022', validFrom: '2022-01-01', validTo: '2022-12-31' });
    const other = makeDocument('c', { kind: 'plan_programme', title: 'Plan för trygghet 2018–2020', validFrom: '2018-01-01', validTo: '2020-12-31' });
    expect(keys(run(documentLapsedRule, makeModel({ documents: [plan2021, plan2022, other] }), '2023-06-01'))).toEqual(['document-lapsed:b', 'document-lapsed:c']);
  });
});

describe('yearly-plan-outside-parent', () => {
  const parent = agreement('sa');
  it("flags a yearly plan reaching past its parent's end", () => {
    const y = makeDocument('y', { kind: 'yearly_plan', parent: 'sa' as DocumentId, validFrom: '2023-06-01', validTo: '2024-05-31' });
    const [f] = run(yearlyPlanOutsideParentRule, makeModel({ ...base, documents: [parent, y] }), '2023-09-01');
    expect(f?.key).toBe('yearly-plan-outside-parent:y');
    expect(f?.message.en).toContain('2020-05-14–2023-12-31');
  });
  it("is quiet for a yearly plan within its parent's period", () => {
    const y = makeDocument('y', { kind: 'yearly_plan', parent: 'sa' as DocumentId, validFrom: '2021-01-01', validTo: '2021-12-31' });
    expect(run(yearlyPlanOutsideParentRule, makeModel({ ...base, documents: [parent, y] }), '2021-06-01')).toEqual([]);
  });
});

describe('initiative-without-plan', () => {
  it('flags an initiative in force that no plan in force governs', () => {
    const plan = makeDocument('ap', { kind: 'action_plan', governsInitiatives: ['a'] as never });
    const model = makeModel({ initiatives: [makeInitiative('a'), makeInitiative('b')], documents: [plan] });
    expect(keys(run(initiativeWithoutPlanRule, model))).toEqual(['initiative-without-plan:b']);
  });
  it('leaves a map without documents as it was', () => {
    expect(run(initiativeWithoutPlanRule, makeModel({ initiatives: [makeInitiative('a')] }))).toEqual([]);
  });
});

describe('document-without-decision', () => {
  it('flags a document in force with no reference or no deciding body, but not a lägesbild', () => {
    const noRef = makeDocument('a', { decidedBy: 'ks' as BodyId });
    const noBody = makeDocument('b', { decisionRef: 'KF § 1' });
    const picture = makeDocument('c', { kind: 'situational_picture' });
    const found = run(documentWithoutDecisionRule, makeModel({ bodies: [ks], documents: [noRef, noBody, picture] }));
    expect(keys(found)).toEqual(['document-without-decision:a', 'document-without-decision:b']);
    expect(found[0]?.message.en).toContain('has no decision reference');
    expect(found[1]?.message.en).toContain('has no deciding body');
  });
  it('is quiet for a decided document, and for one no longer in force', () => {
    const decided = makeDocument('a', { decidedBy: 'ks' as BodyId, decisionRef: 'KF 2018-11-22 § 213' });
    const ended = makeDocument('b', { validTo: '2020-01-01' });
    expect(run(documentWithoutDecisionRule, makeModel({ bodies: [ks], documents: [decided, ended] }))).toEqual([]);
  });
});

describe('the plan checks on a map', () => {
  it('name the documents they are about in the elements, and other findings keep their shape', () => {
    const model = makeModel({ bodies: [ks], documents: [makeDocument('a', { decidedBy: 'ks' as BodyId })] });
    const result = analyse(model, { asOf: '2022-06-01' });
    expect(result.findings.find((f) => f.rule === 'document-without-decision')?.elements.documents).toEqual(['a']);
    for (const f of result.findings.filter((f) => f.rule !== 'document-without-decision')) expect('documents' in f.elements, f.key).toBe(false);
  });
});
