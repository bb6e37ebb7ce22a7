import { describe, expect, it } from 'vitest';
import { analyse } from '../../shared/analysis/analyse';
import type { MandatModel } from '../../shared/model/types';
import { bodyProfile } from '../../renderer/src/review/bodyProfile';
import { makeAccountable, makeBody, makeFunding, makeInitiative, makeLine, makeMember, makeMembership, makeModel } from '../factories';

/** A council renamed at the end of March 2022 that reports to KS, which was called KS-old until 2019. */
function renamedCouncil(): MandatModel {
  return makeModel({
    bodies: [
      makeBody('council', {
        name: 'Trygghetsrådet',
        shortName: 'TR',
        validFrom: '2018-11-06',
        formerNames: [{ name: 'Brottsförebyggande rådet', shortName: 'BRÅ', validTo: '2022-03-31' }],
        mandate: { text: 'Följa upp trygghetsarbetet', decidedBy: 'ks' as never, decisionRef: 'KS 2018-11-06 § 224', requiredMembers: ['m1', 'Lokalpolisområdeschef'] },
      }),
      makeAccountable('ks', { name: 'Kommunstyrelsen', shortName: 'KS', formerNames: [{ name: 'Stadsstyrelsen', shortName: 'SS', validTo: '2019-12-31' }] }),
      makeBody('group', { name: 'Arbetsgruppen', shortName: 'AG' }),
      makeBody('gone', { name: 'Nedlagda gruppen', shortName: 'NG', validTo: '2020-12-31' }),
    ],
    members: [makeMember('m1', { name: 'Anna', title: 'Kommundirektör', organisation: 'KLK' }), makeMember('m2', { name: 'Bertil' }), makeMember('m3', { name: 'Cecilia' })],
    memberships: [
      makeMembership('m2', 'council'),
      makeMembership('m1', 'council', { role: 'chair' }),
      makeMembership('m3', 'council', { validTo: '2020-01-01' }),
    ],
    lines: [
      makeLine('council', 'ks', { documented: 'no' }),
      makeLine('group', 'council', { kind: 'informs' }),
      makeLine('gone', 'council'),
      makeLine('council', 'group', { validFrom: '2023-01-01' }),
    ],
    initiatives: [makeInitiative('i1', { name: 'Trygga unga', responsible: 'ks' as never, executors: ['council' as never] }), makeInitiative('i2', { name: 'Senare', responsible: 'council' as never, validFrom: '2025-01-01' })],
    funding: [makeFunding('ks', 'council', { year: 2021, initiative: 'i1' as never, amountSek: 500_000 }), makeFunding('council', 'group', { year: 2022, amountSek: null })],
  });
}

const profileOn = (model: MandatModel, id: string, asOf: string) => bodyProfile(model, id, asOf, analyse(model, { asOf }));

describe('bodyProfile', () => {
  it('names the body, and every body it touches, as they were called on the date', () => {
    const p = profileOn(renamedCouncil(), 'council', '2021-09-26')!;
    expect([p.name, p.shortName]).toEqual(['Brottsförebyggande rådet', 'BRÅ']);
    expect(p.mandate.decidedBy).toMatchObject({ name: 'Kommunstyrelsen', shortName: 'KS', exists: true });
    const early = profileOn(renamedCouncil(), 'council', '2019-06-01')!;
    expect(early.mandate.decidedBy?.name).toBe('Stadsstyrelsen');
    expect(early.outgoing.map((l) => l.other.name)).toEqual(['Stadsstyrelsen']);
  });

  it('lists the names over time and marks the one of the date', () => {
    const before = profileOn(renamedCouncil(), 'council', '2021-09-26')!;
    expect(before.names.map((n) => [n.name, n.from, n.to])).toEqual([
      ['Brottsförebyggande rådet', '2018-11-06', '2022-03-31'],
      ['Trygghetsrådet', '2022-04-01', null],
    ]);
    expect(before.current).toBe(0);
    expect(profileOn(renamedCouncil(), 'council', '2022-04-01')!.current).toBe(1);
  });

  it('gives the members on the date, the chair first, with title and organisation', () => {
    const p = profileOn(renamedCouncil(), 'council', '2021-09-26')!;
    expect(p.seats.map((s) => [s.name, s.role, s.detail])).toEqual([
      ['Anna', 'chair', 'Kommundirektör, KLK'],
      ['Bertil', 'member', ''],
    ]);
    expect(p.mandate.required).toEqual(['Anna', 'Lokalpolisområdeschef']);
  });

  it('gives the lines valid on the date, in and out, and says when the other end did not exist', () => {
    const p = profileOn(renamedCouncil(), 'council', '2021-09-26')!;
    expect(p.outgoing.map((l) => [l.other.id, l.kind, l.documented])).toEqual([['ks', 'reports_to', 'no']]);
    expect(p.incoming.map((l) => [l.other.id, l.kind, l.other.exists])).toEqual([
      ['group', 'informs', true],
      ['gone', 'reports_to', false],
    ]);
    expect(profileOn(renamedCouncil(), 'council', '2023-06-01')!.outgoing.map((l) => l.other.id)).toEqual(['group', 'ks']);
  });

  it('gives the initiatives of the date with the body’s part, and every year’s funding newest first', () => {
    const p = profileOn(renamedCouncil(), 'council', '2021-09-26')!;
    expect(p.initiatives).toEqual([{ id: 'i1', name: 'Trygga unga', responsible: false, executor: true }]);
    expect(p.funding.map((f) => [f.year, f.direction, f.other.id, f.amountSek, f.initiative])).toEqual([
      [2022, 'out', 'group', null, null],
      [2021, 'in', 'ks', 500_000, 'Trygga unga'],
    ]);
    expect(profileOn(renamedCouncil(), 'council', '2025-06-01')!.initiatives.map((i) => i.name)).toEqual(['Senare', 'Trygga unga']);
  });

  it('gives the findings about the body only', () => {
    const model = renamedCouncil();
    const p = profileOn(model, 'council', '2021-09-26')!;
    expect(p.findings.length).toBeGreaterThan(0);
    expect(p.findings.every((f) => f.elements.bodies.includes('council' as never))).toBe(true);
    // The undocumented report to KS is one of them, named as on the date.
    expect(p.findings.some((f) => f.rule === 'undocumented-report' && f.message.sv.includes('BRÅ'))).toBe(true);
    const all = analyse(model, { asOf: '2021-09-26' }).findings;
    expect(p.findings.length).toBe(all.filter((f) => f.elements.bodies.includes('council' as never)).length);
    expect(all.length).toBeGreaterThan(p.findings.length);
  });

  it('says whether the body existed on the date, and is null for an id of no body', () => {
    expect(profileOn(renamedCouncil(), 'gone', '2021-09-26')!.exists).toBe(false);
    expect(profileOn(renamedCouncil(), 'council', '2018-11-06')!.exists).toBe(true);
    expect(profileOn(renamedCouncil(), 'council', '2018-11-05')!.exists).toBe(false);
    expect(profileOn(renamedCouncil(), 'nobody', '2021-09-26')).toBeNull();
  });
});
