import { describe, expect, it } from 'vitest';
import { analyse } from '../../../shared/analysis/analyse';
import type { Finding } from '../../../shared/analysis/types';
import { diffAsOf, diffModels, type MapDifference } from '../../../shared/diff';
import type { IsoDate, MandatModel } from '../../../shared/model/types';
import { makeAccountable, makeBody, makeLine, makeMember, makeMembership, makeModel } from '../../factories';

// A body without a chair that gets one, and a group that appears without members: findings come and go.
const model = makeModel({
  bodies: [
    makeAccountable('ks', { name: 'Kommunstyrelsen' }),
    makeBody('council', { name: 'Rådet', kind: 'council' }),
    makeBody('group', { name: 'Gruppen', validFrom: '2023-01-01' }),
  ],
  members: [makeMember('anna', { name: 'Anna' }), makeMember('bo', { name: 'Bo' })],
  memberships: [makeMembership('bo', 'council'), makeMembership('anna', 'council', { role: 'chair', validFrom: '2022-06-01' })],
  lines: [makeLine('council', 'ks')],
});

const keys = (d: MapDifference): string[][] => [d.findings.appeared.map((f) => f.key), d.findings.resolved.map((f) => f.key), d.findings.persists.map((f) => f.key)];

/** Findings through a list of the calls made, as the window's kept analyses answer them. */
function recording(): { calls: [MandatModel, IsoDate][]; findingsOn: (m: MandatModel, asOf: IsoDate) => readonly Finding[] } {
  const calls: [MandatModel, IsoDate][] = [];
  return { calls, findingsOn: (m, asOf) => (calls.push([m, asOf]), analyse(m, { asOf }).findings) };
}

describe('the findings of a difference taken from the caller (findingsOn)', () => {
  it('on two dates asks for the map on each date and lists what analysing it lists', () => {
    const { calls, findingsOn } = recording();
    const given = diffAsOf(model, '2021-09-26', '2023-06-01', { findingsOn });
    const own = diffAsOf(model, '2021-09-26', '2023-06-01');
    expect(calls).toEqual([[model, '2021-09-26'], [model, '2023-06-01']]);
    expect(keys(given)).toEqual(keys(own));
    expect(given.findings.appeared.length + given.findings.resolved.length).toBeGreaterThan(0);
  });

  it('for two files asks for A on `from` and B on `to`', () => {
    const later: MandatModel = { ...model, memberships: new Map([...model.memberships].filter(([, m]) => m.role !== 'chair')) };
    const { calls, findingsOn } = recording();
    const given = diffModels(model, later, { from: '2022-01-01', to: '2023-06-01', findingsOn });
    expect(calls).toEqual([[model, '2022-01-01'], [later, '2023-06-01']]);
    expect(keys(given)).toEqual(keys(diffModels(model, later, { from: '2022-01-01', to: '2023-06-01' })));
  });

  it('uses what it is given: a finding only the caller knows of appears', () => {
    const made = analyse(model, { asOf: '2023-06-01' }).findings;
    const extra = { ...(made[0] as Finding), key: 'no-chair:made-up' } as Finding;
    const d = diffAsOf(model, '2022-12-01', '2023-06-01', { findingsOn: (_, asOf) => (asOf === '2023-06-01' ? [...made, extra] : made) });
    expect(d.findings.appeared.map((f) => f.key)).toEqual(['no-chair:made-up']);
    expect(d.findings.resolved).toEqual([]);
  });
});
