/**
 * The seats of a frozen snapshot are read once and kept with its memberships (context.ts
 * seatsOn): an edit in the window makes a new snapshot in which untouched collections are
 * the same frozen maps. What is kept must never answer for a map that differs: here the
 * analysis of frozen snapshots, edited as the window edits them (immer), is compared with
 * the analysis of a plain copy, which is read afresh every time, on several dates and after
 * edits of the memberships, the members and the bodies.
 */
import fc from 'fast-check';
import { enableMapSet, freeze, produce, type Draft } from 'immer';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../shared/analysis/analyse';
import { buildContext } from '../../../shared/analysis/context';
import type { MemberId, MembershipId } from '../../../shared/model/ids';
import type { MandatModel, Member, Membership } from '../../../shared/model/types';
import { arbModel } from '../../arbitraries';
import { makeBody, makeModel, members, seat } from '../../factories';

enableMapSet();

const DATES = ['2016-01-01', '2020-06-15', '2024-03-01', '2029-12-31', '2031-01-01', '2012-05-05'];

/** A copy no one has frozen: its maps are new, so nothing kept applies to it. */
function plain(model: MandatModel): MandatModel {
  const copy = { ...model } as Record<string, unknown>;
  for (const [key, value] of Object.entries(model)) if (value instanceof Map) copy[key] = new Map(value);
  return copy as unknown as MandatModel;
}

const keysOf = (model: MandatModel, asOf: string): string[] => analyse(model, { asOf }).findings.map((f) => `${f.key} ${f.elements.members.join(',')}`);

/** The same findings as the plain copy's, and the same seats. */
function expectSameAsPlain(model: MandatModel, asOf: string): void {
  const reference = plain(model);
  expect(keysOf(model, asOf)).toEqual(keysOf(reference, asOf));
  const a = buildContext(model, asOf, model.settings);
  const b = buildContext(reference, asOf, reference.settings);
  expect(a.memberIds).toEqual(b.memberIds);
  expect([...a.seats]).toEqual([...b.seats]);
  expect([...a.seatStart]).toEqual([...b.seatStart]);
  expect(a.bodies.map((body) => a.chaired.has(body.id))).toEqual(b.bodies.map((body) => b.chaired.has(body.id)));
}

type Edit = (draft: Draft<MandatModel>, model: MandatModel) => void;

const firstOf = <T>(map: ReadonlyMap<string, T>): T | undefined => map.values().next().value;

const EDITS: Record<string, Edit> = {
  'a membership becomes the chair': (draft, model) => {
    const m = firstOf(model.memberships);
    if (m) draft.memberships.set(m.id, { ...m, role: 'chair' } as Draft<Membership>);
  },
  'a membership ends long ago': (draft, model) => {
    const m = firstOf(model.memberships);
    if (m) draft.memberships.set(m.id, { ...m, validFrom: null, validTo: '2000-01-01' } as Draft<Membership>);
  },
  'a membership goes': (draft, model) => {
    const m = firstOf(model.memberships);
    if (m) draft.memberships.delete(m.id);
  },
  'a member goes (its memberships stay)': (draft, model) => {
    const m = firstOf(model.memberships);
    if (m) draft.members.delete(m.member);
  },
  'a member is renamed': (draft, model) => {
    const member = firstOf(model.members);
    if (member) draft.members.set(member.id, { ...member, name: `${member.name} (ny)` } as Draft<typeof member>);
  },
  'a new member takes a seat': (draft, model) => {
    const body = firstOf(model.bodies);
    if (!body) return;
    const id = 'member-cache-test' as MemberId;
    draft.members.set(id, { id, name: 'Ny Ledamot', title: '', organisation: '', kind: 'person', notes: '' } as Draft<Member>);
    const membership: Membership = { id: 'membership-cache-test' as MembershipId, member: id, body: body.id, role: 'member', validFrom: null, validTo: null };
    draft.memberships.set(membership.id, membership as Draft<Membership>);
  },
  'a body goes (its memberships stay)': (draft, model) => {
    const m = firstOf(model.memberships);
    if (m) draft.bodies.delete(m.body);
  },
  'a body is renamed': (draft, model) => {
    const body = firstOf(model.bodies);
    if (body) draft.bodies.set(body.id, { ...body, name: `${body.name} 2` } as Draft<typeof body>);
  },
};

describe('the seats kept with a frozen snapshot', () => {
  it('answer as a plain copy does, on every date and after every kind of edit', () => {
    fc.assert(
      fc.property(arbModel(), fc.array(fc.constantFrom(...Object.keys(EDITS)), { minLength: 1, maxLength: 4 }), (start, edits) => {
        let model = freeze(plain(start), true);
        for (const asOf of DATES) expectSameAsPlain(model, asOf);
        for (const name of edits) {
          const before = model;
          model = produce(before, (draft) => (EDITS[name] as Edit)(draft, before));
          // Both the edited snapshot and the one before it (kept by the window for the canvas) still answer rightly.
          for (const asOf of DATES) {
            expectSameAsPlain(model, asOf);
            expectSameAsPlain(before, asOf);
          }
        }
      }),
      { numRuns: 40 },
    );
  });

  it('are kept only for a frozen snapshot: a map still being built is read afresh', () => {
    const model = makeModel({ bodies: [makeBody('b1')], members: members('m1', 'm2'), memberships: seat('b1', ['m1', 'm2']) });
    const asOf = '2024-03-01';
    expect(buildContext(model, asOf, model.settings).memberIds).toEqual(['m1', 'm2']);
    // Changed in place, as a map being built (an import, a test) is: the next context sees it.
    const first = firstOf(model.memberships) as Membership;
    (model.memberships as Map<string, Membership>).set(first.id, { ...first, role: 'invited' });
    expect(buildContext(model, asOf, model.settings).memberIds).toEqual(['m2']);
  });
});
