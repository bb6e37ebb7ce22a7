import { describe, expect, it } from 'vitest';
import { fundingWithoutReportRule } from '../../../shared/analysis/rules/fundingWithoutReport';
import { missingReportPathRule } from '../../../shared/analysis/rules/missingReportPath';
import { reportingCycleRule } from '../../../shared/analysis/rules/reportingCycle';
import { severalMastersRule } from '../../../shared/analysis/rules/severalMasters';
import { makeAccountable, makeBody, makeFunding, makeInitiative, makeLine, makeModel } from '../../factories';
import { keys, run } from './helpers';

describe('missing-report-path', () => {
  it('flags a body whose chain ends before an accountable body and shows how far it gets', () => {
    const model = makeModel({
      bodies: [makeAccountable('ks'), makeBody('sog'), makeBody('lg'), makeBody('sg')],
      lines: [makeLine('sog', 'lg'), makeLine('lg', 'sg')],
    });
    const found = run(missingReportPathRule, model);
    expect(keys(found)).toEqual(['missing-report-path:lg', 'missing-report-path:sg', 'missing-report-path:sog']);
    const sog = found.find((f) => f.key === 'missing-report-path:sog');
    expect(sog?.chain).toEqual(['sog', 'lg', 'sg']);
    expect(sog?.message.en).toBe('SOG reaches no accountable political body: the chain SOG → LG → SG ends at SG.');
  });

  it('accepts chains of reports to, prepares for, followed up by and part of', () => {
    const model = makeModel({
      bodies: [makeAccountable('ks'), makeBody('ksau', { partOf: 'ks' as never }), makeBody('bra'), makeBody('sg'), makeBody('wg')],
      lines: [
        makeLine('bra', 'ksau', { kind: 'prepares_for' }),
        makeLine('sg', 'bra', { kind: 'followed_up_by' }),
        makeLine('wg', 'sg', { kind: 'reports_to' }),
      ],
    });
    expect(run(missingReportPathRule, model)).toEqual([]);
  });

  it('does not count "informs", nor lines to a body that does not exist on the date', () => {
    const model = makeModel({
      bodies: [makeAccountable('ks'), makeBody('a'), makeBody('b'), makeBody('old', { validTo: '2021-01-01' })],
      lines: [makeLine('a', 'ks', { kind: 'informs' }), makeLine('b', 'old'), makeLine('old', 'ks')],
    });
    expect(keys(run(missingReportPathRule, model))).toEqual(['missing-report-path:a', 'missing-report-path:b']);
  });

  it('skips accountable and external bodies', () => {
    const model = makeModel({ bodies: [makeAccountable('kf'), makeBody('police', { level: 'external', kind: 'external_organisation' })] });
    expect(run(missingReportPathRule, model)).toEqual([]);
  });
});

describe('reporting-cycle', () => {
  it('flags a loop and lists it in order', () => {
    const model = makeModel({
      bodies: [makeBody('a'), makeBody('b'), makeBody('c'), makeBody('d')],
      lines: [makeLine('a', 'b'), makeLine('b', 'c'), makeLine('c', 'a'), makeLine('c', 'd')],
    });
    const [f, ...rest] = run(reportingCycleRule, model);
    expect(rest).toEqual([]);
    expect(f?.chain).toEqual(['a', 'b', 'c', 'a']);
    expect(f?.elements.reportingLines).toEqual(['line-a-b', 'line-b-c', 'line-c-a']);
  });
  it('does not flag "informs" going back down', () => {
    const model = makeModel({
      bodies: [makeBody('a'), makeBody('b')],
      lines: [makeLine('a', 'b'), makeLine('b', 'a', { kind: 'informs' })],
    });
    expect(run(reportingCycleRule, model)).toEqual([]);
  });
});

describe('several-masters', () => {
  it('flags reports to two bodies with none primary, and not once one is primary', () => {
    const lines = [makeLine('a', 'x'), makeLine('a', 'y')];
    const bodies = [makeBody('a'), makeBody('x'), makeBody('y')];
    expect(keys(run(severalMastersRule, makeModel({ bodies, lines })))).toEqual(['several-masters:a']);
    const fixed = [lines[0]!, { ...lines[1]!, primary: true }];
    expect(run(severalMastersRule, makeModel({ bodies, lines: fixed }))).toEqual([]);
  });
  it('does not count other kinds of line', () => {
    const model = makeModel({
      bodies: [makeBody('a'), makeBody('x'), makeBody('y')],
      lines: [makeLine('a', 'x'), makeLine('a', 'y', { kind: 'informs' })],
    });
    expect(run(severalMastersRule, model)).toEqual([]);
  });
});

describe('funding-without-report', () => {
  const bodies = [makeAccountable('ks'), makeAccountable('sn', { kind: 'committee' }), makeAccountable('kfn', { kind: 'committee' })];
  const initiative = makeInitiative('tu', { responsible: 'ks' as never, executors: ['sn', 'kfn'] as never });
  const funding = [makeFunding('ks', 'sn', { initiative: 'tu' as never })];

  it('flags each executor with no reporting chain back to the funder', () => {
    const found = run(fundingWithoutReportRule, makeModel({ bodies, initiatives: [initiative], funding }));
    expect(keys(found)).toEqual(['funding-without-report:tu|ks|kfn', 'funding-without-report:tu|ks|sn']);
    expect(found[1]?.message.en).toContain('is funded by KS but SN');
  });

  it('does not flag executors that report to the funder, directly or through another body', () => {
    const model = makeModel({
      bodies: [...bodies, makeBody('ber', { partOf: 'ks' as never })],
      initiatives: [initiative],
      funding,
      lines: [makeLine('sn', 'ks'), makeLine('kfn', 'ber', { kind: 'prepares_for' })],
    });
    expect(run(fundingWithoutReportRule, model)).toEqual([]);
  });

  it('asks only the receiver to answer an external grant-giver', () => {
    const model = makeModel({
      bodies: [...bodies, makeBody('sos', { level: 'external', kind: 'external_organisation' })],
      initiatives: [initiative],
      funding: [makeFunding('sos', 'ks', { initiative: 'tu' as never })],
    });
    expect(keys(run(fundingWithoutReportRule, model))).toEqual(['funding-without-report:tu|sos|ks']);
    const answered = { ...model, reportingLines: new Map([['l', makeLine('ks', 'sos', { id: 'l' as never })]]) };
    expect(run(fundingWithoutReportRule, answered)).toEqual([]);
  });

  it('ignores funding for years after the date', () => {
    const model = makeModel({ bodies, initiatives: [initiative], funding: [makeFunding('ks', 'sn', { initiative: 'tu' as never, year: 2024 })] });
    expect(run(fundingWithoutReportRule, model)).toEqual([]);
  });
});
