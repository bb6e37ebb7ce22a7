import { describe, expect, it } from 'vitest';
import { overlapRule } from '../../../shared/analysis/rules/overlap';
import { makeBody, makeModel, members, seat, makeMembership } from '../../factories';
import { keys, run } from './helpers';

describe('overlap', () => {
  it('flags two bodies that share most of their regular members and lists the shared ones', () => {
    const model = makeModel({
      bodies: [makeBody('sog'), makeBody('lg')],
      members: members('a', 'b', 'c', 'd'),
      memberships: [...seat('sog', ['a', 'b', 'c']), ...seat('lg', ['a', 'b', 'd'])],
    });
    const [f, ...rest] = run(overlapRule, model);
    expect(rest).toEqual([]);
    expect(f?.key).toBe('overlap:lg|sog');
    expect(f?.severity).toBe('warning');
    expect(f?.elements.members).toEqual(['a', 'b']);
    expect(f?.message.en).toContain('share 2 regular members (67% of the smaller body)');
    expect(f?.message.sv).toContain('2 gemensamma ordinarie ledamöter');
  });

  it('does not flag a share below the threshold, and does when the threshold is lowered', () => {
    const model = makeModel({
      bodies: [makeBody('x'), makeBody('y')],
      members: members('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'),
      memberships: [...seat('x', ['a', 'b', 'c', 'd', 'e']), ...seat('y', ['a', 'b', 'f', 'g', 'h'])],
    });
    expect(run(overlapRule, model)).toEqual([]);
    expect(keys(run(overlapRule, { ...model, settings: { ...model.settings, overlapThreshold: 0.4 } }))).toEqual(['overlap:x|y']);
  });

  it('needs at least two shared members, even when one is the whole smaller body', () => {
    const model = makeModel({
      bodies: [makeBody('x'), makeBody('y')],
      members: members('a', 'b'),
      memberships: [...seat('x', ['a']), ...seat('y', ['a', 'b'])],
    });
    expect(run(overlapRule, model)).toEqual([]);
  });

  it('does not count members invited when needed', () => {
    const model = makeModel({
      bodies: [makeBody('x'), makeBody('y')],
      members: members('a', 'b', 'c'),
      memberships: [...seat('x', ['a', 'b', 'c']), ...seat('y', ['a', 'b'], { role: 'invited' }), makeMembership('c', 'y')],
    });
    expect(run(overlapRule, model)).toEqual([]);
  });

  it('does not flag a body and its own sub-body, nor a sub-body of a sub-body', () => {
    const model = makeModel({
      bodies: [makeBody('ks'), makeBody('ksau', { partOf: 'ks' as never }), makeBody('inner', { partOf: 'ksau' as never })],
      members: members('a', 'b'),
      memberships: [...seat('ks', ['a', 'b']), ...seat('ksau', ['a', 'b']), ...seat('inner', ['a', 'b'])],
    });
    expect(run(overlapRule, model)).toEqual([]);
  });

  it('ignores memberships and bodies outside the date', () => {
    const model = makeModel({
      bodies: [makeBody('x'), makeBody('y', { validTo: '2021-12-31' }), makeBody('z')],
      members: members('a', 'b'),
      memberships: [...seat('x', ['a', 'b']), ...seat('y', ['a', 'b']), ...seat('z', ['a', 'b'], { validFrom: '2023-01-01' })],
    });
    expect(run(overlapRule, model, '2022-06-01')).toEqual([]);
    expect(keys(run(overlapRule, model, '2021-06-01'))).toEqual(['overlap:x|y']);
    expect(keys(run(overlapRule, model, '2023-06-01'))).toEqual(['overlap:x|z']);
  });
});
