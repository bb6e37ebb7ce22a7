import { describe, expect, it } from 'vitest';
import { compositionMismatchRule } from '../../../shared/analysis/rules/compositionMismatch';
import { emptyBodyRule } from '../../../shared/analysis/rules/emptyBody';
import { noChairRule } from '../../../shared/analysis/rules/noChair';
import { overloadedMemberRule } from '../../../shared/analysis/rules/overloadedMember';
import { makeAccountable, makeBody, makeMember, makeModel, members, seat } from '../../factories';
import { keys, run } from './helpers';

describe('overloaded-member', () => {
  const bodies = ['b1', 'b2', 'b3', 'b4', 'b5', 'b6'].map((id) => makeBody(id));
  it('flags a member in more bodies than the threshold', () => {
    const model = makeModel({ bodies, members: members('a'), memberships: bodies.flatMap((b) => seat(b.id, ['a'])) });
    const [f] = run(overloadedMemberRule, model);
    expect(f?.key).toBe('overloaded-member:a');
    expect(f?.elements.bodies).toHaveLength(6);
  });
  it('does not flag a member at the threshold or with invited seats beyond it', () => {
    const model = makeModel({
      bodies,
      members: members('a'),
      memberships: [...bodies.slice(0, 5).flatMap((b) => seat(b.id, ['a'])), ...seat('b6', ['a'], { role: 'invited' })],
    });
    expect(run(overloadedMemberRule, model)).toEqual([]);
  });
});

describe('composition-mismatch', () => {
  const council = makeBody('bra', {
    mandate: { text: 'Råd', decidedBy: null, decisionRef: 'KS 2018-11-06 § 224', requiredMembers: ['Lokalpolisområdeschef', 'ordf-ks'] },
  });
  it('flags a required title and a required member that no regular member fills', () => {
    const model = makeModel({
      bodies: [council],
      members: [makeMember('ordf-ks', { name: 'KS ordförande' }), makeMember('lpo', { title: 'Lokalpolisområdeschef' })],
      memberships: [...seat('bra', ['lpo'], { role: 'invited' })],
    });
    const [f] = run(compositionMismatchRule, model);
    expect(f?.key).toBe('composition-mismatch:bra');
    expect(f?.message.en).toContain('"Lokalpolisområdeschef" and "KS ordförande"');
    expect(f?.elements.members).toEqual(['ordf-ks']);
  });
  it('accepts titles that differ only in case and surrounding spaces', () => {
    const model = makeModel({
      bodies: [council],
      members: [makeMember('ordf-ks'), makeMember('lpo', { title: '  LOKALPOLISOMRÅDESCHEF ' })],
      memberships: seat('bra', ['lpo', 'ordf-ks']),
    });
    expect(run(compositionMismatchRule, model)).toEqual([]);
  });
});

describe('empty-body and no-chair', () => {
  it('flags a working group with no regular members but not an accountable or external body', () => {
    const model = makeModel({
      bodies: [makeBody('wg'), makeAccountable('kf'), makeBody('police', { level: 'external', kind: 'external_organisation' })],
      members: members('a'),
      memberships: seat('wg', ['a'], { role: 'invited' }),
    });
    expect(keys(run(emptyBodyRule, model))).toEqual(['empty-body:wg']);
    expect(run(noChairRule, model)).toEqual([]);
  });
  it('flags a body with members but no chair, and not one with a chair', () => {
    const model = makeModel({
      bodies: [makeBody('x'), makeBody('y')],
      members: members('a', 'b'),
      memberships: [...seat('x', ['a']), ...seat('y', ['b'], { role: 'chair' })],
    });
    expect(keys(run(noChairRule, model))).toEqual(['no-chair:x']);
    expect(run(emptyBodyRule, model)).toEqual([]);
  });
});
