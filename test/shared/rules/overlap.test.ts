import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildContext } from '../../../shared/analysis/context';
import { overlapRule } from '../../../shared/analysis/rules/overlap';
import { forEachSharedPair } from '../../../shared/analysis/seats';
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

  it('counts shared members pair by pair exactly as comparing every pair of bodies does, in body order', () => {
    const arb = fc.record({
      bodies: fc.integer({ min: 2, max: 12 }),
      people: fc.integer({ min: 1, max: 8 }),
      // Dense: few people in many seats, so that most bodies share someone.
      seats: fc.array(fc.tuple(fc.nat(7), fc.nat(11)), { minLength: 5, maxLength: 80, size: 'max' }),
      min: fc.integer({ min: 1, max: 4 }),
    });
    fc.assert(
      fc.property(arb, ({ bodies, people, seats, min }) => {
        const ids = Array.from({ length: bodies }, (_, i) => `b${String(i).padStart(2, '0')}`);
        const who = Array.from({ length: people }, (_, i) => `m${i}`);
        const pairs = new Map<string, [string, string]>();
        for (const [m, b] of seats) if (m < people && b < bodies) pairs.set(`${m}|${b}`, [who[m] as string, ids[b] as string]);
        const model = makeModel({ bodies: ids.map((id) => makeBody(id)), members: members(...who), memberships: [...pairs.values()].map(([m, b]) => makeMembership(m, b)) });
        const ctx = buildContext(model, '2023-06-01', model.settings);
        const found: [number, number, number][] = [];
        forEachSharedPair(ctx, min, (a, b, n) => found.push([a, b, n]));
        const naive: [number, number, number][] = [];
        const row = (b: number): Set<number> => new Set(ctx.seats.subarray(ctx.seatStart[b], ctx.seatStart[b + 1]));
        for (let a = 0; a < ctx.bodies.length; a++)
          for (let b = a + 1; b < ctx.bodies.length; b++) {
            const ra = row(a);
            const n = [...row(b)].filter((m) => ra.has(m)).length;
            if (n >= min && n > 0) naive.push([a, b, n]);
          }
        expect(found).toEqual(naive);
      }),
      { numRuns: 200 },
    );
  });
});
