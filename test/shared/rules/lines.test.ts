import { describe, expect, it } from 'vitest';
import { reportFrequencyMissingRule } from '../../../shared/analysis/rules/reportFrequencyMissing';
import { reportToDissolvedRule } from '../../../shared/analysis/rules/reportToDissolved';
import { undocumentedReportRule } from '../../../shared/analysis/rules/undocumentedReport';
import { samePeopleBothSidesRule } from '../../../shared/analysis/rules/samePeopleBothSides';
import { makeAccountable, makeBody, makeLine, makeModel, members, seat } from '../../factories';
import { keys, run } from './helpers';

describe('undocumented-report and report-frequency-missing', () => {
  const bodies = [makeBody('a'), makeAccountable('ks')];
  it('flags a line marked undocumented, and not one that is documented or unknown', () => {
    expect(keys(run(undocumentedReportRule, makeModel({ bodies, lines: [makeLine('a', 'ks', { documented: 'no' })] })))).toEqual([
      'undocumented-report:line-a-ks',
    ]);
    expect(run(undocumentedReportRule, makeModel({ bodies, lines: [makeLine('a', 'ks', { documented: 'unknown' })] }))).toEqual([]);
  });
  it('flags a line with a blank frequency only', () => {
    expect(keys(run(reportFrequencyMissingRule, makeModel({ bodies, lines: [makeLine('a', 'ks', { frequency: '  ' })] })))).toEqual([
      'report-frequency-missing:line-a-ks',
    ]);
    expect(run(reportFrequencyMissingRule, makeModel({ bodies, lines: [makeLine('a', 'ks')] }))).toEqual([]);
  });
  it('ignores lines outside their validity', () => {
    const model = makeModel({ bodies, lines: [makeLine('a', 'ks', { documented: 'no', validTo: '2020-12-31' })] });
    expect(run(undocumentedReportRule, model)).toEqual([]);
  });
});

describe('report-to-dissolved', () => {
  it('flags a line in force to a body dissolved before the date, as an error', () => {
    const model = makeModel({
      bodies: [makeBody('sog'), makeBody('bra', { validTo: '2023-01-10' })],
      lines: [makeLine('sog', 'bra')],
    });
    expect(run(reportToDissolvedRule, model, '2023-01-10')).toEqual([]);
    const [f] = run(reportToDissolvedRule, model, '2023-06-01');
    expect(f?.severity).toBe('error');
    expect(f?.message.en).toBe('SOG reports to BRA, which was dissolved on 2023-01-10. The reports reach no one.');
  });
  it('does not flag a line that ended with its receiver', () => {
    const model = makeModel({
      bodies: [makeBody('sog'), makeBody('bra', { validTo: '2023-01-10' })],
      lines: [makeLine('sog', 'bra', { validTo: '2023-01-10' })],
    });
    expect(run(reportToDissolvedRule, model, '2023-06-01')).toEqual([]);
  });
});

describe('same-people-both-sides', () => {
  it('lists the members of a reporting body who also sit in the receiver', () => {
    const model = makeModel({
      bodies: [makeBody('bra'), makeBody('ksau')],
      members: members('ordf', 'x', 'y'),
      memberships: [...seat('bra', ['ordf', 'x']), ...seat('ksau', ['ordf', 'y'])],
      lines: [makeLine('bra', 'ksau')],
    });
    const [f] = run(samePeopleBothSidesRule, model);
    expect(f?.severity).toBe('info');
    expect(f?.elements.members).toEqual(['ordf']);
  });
  it('does not flag part-of pairs, "informs" lines or invited members', () => {
    const model = makeModel({
      bodies: [makeBody('ks'), makeBody('ksau', { partOf: 'ks' as never }), makeBody('c')],
      members: members('a', 'b'),
      memberships: [...seat('ks', ['a', 'b']), ...seat('ksau', ['a']), ...seat('c', ['b']), ...seat('c', ['a'], { role: 'invited', id: 'inv' as never })],
      lines: [makeLine('ksau', 'ks', { kind: 'prepares_for' }), makeLine('c', 'ksau', { kind: 'informs' })],
    });
    expect(run(samePeopleBothSidesRule, model)).toEqual([]);
  });
});
