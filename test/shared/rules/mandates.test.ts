import { describe, expect, it } from 'vitest';
import { analyse } from '../../../shared/analysis/analyse';
import { initiativeWithoutTargetsRule } from '../../../shared/analysis/rules/initiativeWithoutTargets';
import { missingMandateRule } from '../../../shared/analysis/rules/missingMandate';
import type { AcknowledgementId } from '../../../shared/model/ids';
import { makeAccountable, makeBody, makeInitiative, makeModel } from '../../factories';
import { keys, run } from './helpers';

describe('missing-mandate', () => {
  it('says which parts are missing', () => {
    const body = makeBody('sg', { mandate: { text: '', decidedBy: null, decisionRef: '', requiredMembers: [] } });
    const [f] = run(missingMandateRule, makeModel({ bodies: [body] }));
    expect(f?.message.en).toContain('has no mandate text, decision reference, deciding body');
    expect(f?.message.sv).toContain('saknar uppdragstext, beslutsreferens, beslutande organ');
  });
  it('does not ask an accountable body for a deciding body, nor check external ones', () => {
    const kf = makeAccountable('kf', { mandate: { text: 'Kommunens högsta beslutande organ', decidedBy: null, decisionRef: 'Kommunallagen (2017:725)', requiredMembers: [] } });
    const police = makeBody('p', { level: 'external', kind: 'external_organisation', mandate: { text: '', decidedBy: null, decisionRef: '', requiredMembers: [] } });
    const decided = makeBody('bra', { mandate: { text: 'Råd', decidedBy: 'kf' as never, decisionRef: 'KS 2018-11-06 § 224', requiredMembers: [] } });
    expect(run(missingMandateRule, makeModel({ bodies: [kf, police, decided] }))).toEqual([]);
  });
});

describe('initiative-without-targets', () => {
  it('flags an initiative in force with no targets, and not one with targets or ended', () => {
    const model = makeModel({
      initiatives: [makeInitiative('a', { targets: '' }), makeInitiative('b'), makeInitiative('c', { targets: '', validTo: '2020-01-01' })],
    });
    expect(keys(run(initiativeWithoutTargetsRule, model))).toEqual(['initiative-without-targets:a']);
  });
});

describe('acknowledgements', () => {
  it('moves an acknowledged finding apart with its reason, and other findings stay', () => {
    const base = makeModel({ initiatives: [makeInitiative('a', { targets: '' }), makeInitiative('b', { targets: '' })] });
    const ack = { id: 'ack1' as AcknowledgementId, findingKey: 'initiative-without-targets:a', reason: 'Targets come in 2024', by: 'Anna', at: '2023-05-01T10:00:00Z' };
    const result = analyse({ ...base, acknowledgements: new Map([['ack1', ack]]) }, { asOf: '2022-06-01' });
    expect(keys(result.findings)).toEqual(['initiative-without-targets:b']);
    expect(result.acknowledged.map((a) => [a.finding.key, a.acknowledgement.reason])).toEqual([['initiative-without-targets:a', 'Targets come in 2024']]);
  });
  it('lists findings most severe first, then by rule', () => {
    const model = makeModel({
      bodies: [makeBody('a'), makeBody('old', { validTo: '2020-01-01' })],
      lines: [{ id: 'l' as never, from: 'a' as never, to: 'old' as never, kind: 'reports_to', frequency: '', form: '', documented: 'no', primary: false, validFrom: null, validTo: null, notes: '' }],
    });
    const severities = analyse(model, { asOf: '2022-06-01' }).findings.map((f) => f.severity);
    expect(severities[0]).toBe('error');
    expect(severities).toEqual([...severities].sort((x, y) => ['error', 'warning', 'info'].indexOf(x) - ['error', 'warning', 'info'].indexOf(y)));
  });
});
