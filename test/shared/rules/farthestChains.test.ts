import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildContext } from '../../../shared/analysis/context';
import { farthestChain, farthestChains } from '../../../shared/analysis/paths';
import { chainText } from '../../../shared/analysis/rules/missingReportPath';
import type { BodyId } from '../../../shared/model/ids';
import { makeBody, makeLine, makeModel } from '../../factories';

/** A model of `n` bodies and the given reporting lines (pairs of indexes). */
function modelOf(n: number, edges: readonly [number, number][]) {
  const bodies = Array.from({ length: n }, (_, i) => makeBody(`b${i}`, { kind: 'working_group', level: 'operative' }));
  const lines = edges.filter(([a, b]) => a !== b).map(([a, b], i) => makeLine(`b${a}`, `b${b}`, { id: `l${i}` as never }));
  return makeModel({ bodies, lines });
}

describe('farthestChains', () => {
  it('gives every body the same chain as searching from it alone, loops and forks included', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }).chain((n) => fc.tuple(fc.constant(n), fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 20 }))),
        fc.boolean(),
        ([n, edges], reversed) => {
          const model = modelOf(n, edges);
          const ctx = buildContext(model, '2024-01-01', model.settings);
          const ids = Array.from({ length: n }, (_, i) => `b${i}` as BodyId);
          const chains = farthestChains(ctx, reversed ? [...ids].reverse() : ids);
          for (const id of ids) expect(chains.get(id)).toEqual(farthestChain(ctx, id));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('follows a long line of bodies, each reporting to the one before, to its top', () => {
    const n = 6000;
    const model = modelOf(
      n,
      Array.from({ length: n - 1 }, (_, i) => [i + 1, i] as [number, number]),
    );
    const ctx = buildContext(model, '2024-01-01', model.settings);
    const chains = farthestChains(ctx, [`b${n - 1}` as BodyId, 'b10' as BodyId]);
    expect(chains.get(`b${n - 1}`)).toHaveLength(n);
    expect(chains.get('b10')).toEqual(['b10', 'b9', 'b8', 'b7', 'b6', 'b5', 'b4', 'b3', 'b2', 'b1', 'b0']);
  });
});

describe('chainText', () => {
  const ctx = { label: (id: string) => id.toUpperCase() };
  it('names every body of a short chain', () => {
    expect(chainText(ctx, ['a', 'b', 'c'])).toBe('A → B → C');
  });
  it('names the ends of a long chain and counts the middle', () => {
    const chain = Array.from({ length: 20 }, (_, i) => `b${i}`);
    expect(chainText(ctx, chain)).toBe('B0 → B1 → B2 → … (14) → B17 → B18 → B19');
  });
});
