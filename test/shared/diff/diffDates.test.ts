import { describe, expect, it } from 'vitest';
import { diffAsOf, isUnchanged, mapOn } from '../../../shared/diff';
import type { Change, MapDifference } from '../../../shared/diff';
import { makeAccountable, makeBody, makeLine, makeMember, makeMembership, makeModel } from '../../factories';

const all = (d: MapDifference): Change[] => d.groups.flatMap((g) => g.changes);
const find = (d: MapDifference, scope: string, id: string): Change | undefined => all(d).find((c) => c.scope === scope && c.id === id);

// A council renamed in 2022 and replaced by a beredning in 2023, as the sample has it, on made-up ids.
const model = makeModel({
  bodies: [
    makeAccountable('ks', { name: 'Kommunstyrelsen' }),
    makeBody('council', {
      name: 'Rådet för trygghet',
      kind: 'council',
      validFrom: '2018-01-01',
      validTo: '2023-01-10',
      formerNames: [{ name: 'Brottsförebyggande rådet', shortName: 'BRÅ', validTo: '2022-03-31' }],
    }),
    makeBody('beredning', { name: 'Trygghetsberedningen', kind: 'drafting_committee', validFrom: '2023-01-10' }),
    makeBody('group', { name: 'Samverkansgruppen' }),
  ],
  members: [makeMember('anna', { name: 'Anna' }), makeMember('bo', { name: 'Bo' })],
  memberships: [
    makeMembership('anna', 'council', { role: 'chair' }),
    makeMembership('bo', 'group', { validTo: '2022-06-30' }),
    makeMembership('anna', 'beredning', { role: 'chair', validFrom: '2023-01-10' }),
  ],
  lines: [makeLine('council', 'ks', { validTo: '2023-01-10' }), makeLine('beredning', 'ks', { validFrom: '2023-01-10' })],
});

describe('diffAsOf: one map on two dates', () => {
  const d = diffAsOf(model, '2021-09-26', '2023-06-01');

  it('shows a body that ended in between as gone, under the name it had on date A, with its later name', () => {
    const c = find(d, 'bodies', 'council');
    expect(c?.kind).toBe('removed');
    expect(c?.label.sv).toBe('"Brottsförebyggande rådet"');
    expect(c?.description.sv).toContain('upphörde 2023-01-10');
    expect(c?.description.en).toContain('renamed "Rådet för trygghet" 2022-04-01');
    expect(c?.bodies).toEqual(['council']);
  });

  it('shows a body set up in between as added, with its start', () => {
    const c = find(d, 'bodies', 'beredning');
    expect(c?.kind).toBe('added');
    expect(c?.description.en).toBe('Body "Trygghetsberedningen" was added (from 2023-01-10)');
  });

  it('reads memberships as people joining and leaving bodies', () => {
    const joined = find(d, 'memberships', 'ms-anna-beredning');
    const left = find(d, 'memberships', 'ms-bo-group');
    expect(joined?.description.en).toBe('"Anna" joined "Trygghetsberedningen" as chair (from 2023-01-10)');
    expect(left?.description.sv).toBe('"Bo" har lämnat "Samverkansgruppen" (upphörde 2022-06-30)');
    expect(left?.bodies).toEqual(['group']);
    // Anna's seat in the council has no end of its own: it went with the council.
    expect(find(d, 'memberships', 'ms-anna-council')?.description.en).toBe('"Anna" is no longer in "Brottsförebyggande rådet" (the body is gone)');
  });

  it('frames a line by its two bodies and itself', () => {
    const c = all(d).find((x) => x.scope === 'reportingLines' && x.kind === 'added');
    expect([...(c?.bodies ?? [])].sort()).toEqual(['beredning', 'ks']);
    expect(c?.lines).toHaveLength(1);
  });

  it('renames a body that exists on both dates, with the old name', () => {
    const r = diffAsOf(model, '2021-09-26', '2022-06-01');
    const c = find(r, 'bodies', 'council');
    expect(c?.kind).toBe('changed');
    expect(c?.description.sv).toBe('Organ "Rådet för trygghet" har bytt namn (tidigare "Brottsförebyggande rådet", BRÅ)');
    expect(c?.fields.map((f) => f.field)).toContain('name');
  });

  it('lists nothing for a date against itself, and nothing for two dates with nothing in between', () => {
    expect(isUnchanged(diffAsOf(model, '2021-09-26', '2021-09-26'))).toBe(true);
    expect(diffAsOf(model, '2019-01-01', '2020-01-01').groups).toEqual([]);
  });

  it('lists the findings that came and went between the dates', () => {
    // The beredning has a chair but no other regular member is no finding; the council's line ends: check that each list is by key and disjoint.
    const keys = (l: readonly { key: string }[]) => l.map((f) => f.key);
    const before = new Set(keys(d.findings.resolved));
    for (const k of keys(d.findings.appeared)) expect(before.has(k)).toBe(false);
    for (const k of keys(d.findings.persists)) expect(before.has(k)).toBe(false);
  });
});

describe('mapOn', () => {
  it('keeps what was in force on the date, bodies under the names they had, and drops memberships of bodies not there', () => {
    const m = mapOn(model, '2021-09-26');
    expect([...m.bodies.keys()].sort()).toEqual(['council', 'group', 'ks']);
    expect(m.bodies.get('council')?.name).toBe('Brottsförebyggande rådet');
    expect([...m.memberships.keys()].sort()).toEqual(['ms-anna-council', 'ms-bo-group']);
    expect(m.members.size).toBe(2);
  });
});
