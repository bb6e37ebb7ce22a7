import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonEqual } from '../../../shared/model/document';
import { sameEntity, walkSameIds } from '../../../shared/diff/sameIds';
import type { Entity } from '../../../shared/diff';

type Visit = ['both', string, Entity | undefined, Entity] | ['onlyA', string, Entity];

/** What walkSameIds should report, found the plain way: a look-up of every id in the other map. */
function byLookUp(inA: ReadonlyMap<string, Entity>, inB: ReadonlyMap<string, Entity>): Visit[] {
  const out: Visit[] = [];
  for (const [id, e] of inB) out.push(['both', id, inA.get(id), e]);
  for (const [id, e] of inA) if (!inB.has(id)) out.push(['onlyA', id, e]);
  return out;
}

function walked(inA: ReadonlyMap<string, Entity>, inB: ReadonlyMap<string, Entity>): Visit[] {
  const out: Visit[] = [];
  walkSameIds(inA, inB, (id, old, e) => out.push(['both', id, old, e]), (id, e) => out.push(['onlyA', id, e]));
  return out;
}

const element = (id: string, n: number): Entity => ({ id, n });

/** Two maps from one list of ids: B drops some, adds some, and moves some of A's elsewhere. */
const arbPair = fc
  .record({
    ids: fc.uniqueArray(fc.integer({ min: 0, max: 60 }), { maxLength: 40 }),
    dropped: fc.array(fc.boolean(), { maxLength: 40 }),
    added: fc.uniqueArray(fc.integer({ min: 100, max: 130 }), { maxLength: 8 }),
    moves: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 6 }),
  })
  .map(({ ids, dropped, added, moves }) => {
    const inA = new Map(ids.map((i) => [`e${i}`, element(`e${i}`, i)] as const));
    const kept = ids.filter((_, k) => !dropped[k]).map((i) => `e${i}`);
    const order = [...kept];
    // Added ones go in anywhere; moved ones are taken out and put back elsewhere.
    added.forEach((i, k) => order.splice(k % (order.length + 1), 0, `e${i}`));
    for (const [from, to] of moves) {
      if (order.length === 0) break;
      const [id] = order.splice(from % order.length, 1);
      order.splice(to % (order.length + 1), 0, id as string);
    }
    const inB = new Map(order.map((id) => [id, element(id, Number(id.slice(1)))] as const));
    return { inA, inB };
  });

describe('walkSameIds', () => {
  it('pairs each of B with A of the same id and lists what only A has, in the maps\' orders, whatever the order', () => {
    fc.assert(
      fc.property(arbPair, ({ inA, inB }) => {
        expect(walked(inA, inB)).toEqual(byLookUp(inA, inB));
        expect(walked(inB, inA)).toEqual(byLookUp(inB, inA));
      }),
      { numRuns: 400 },
    );
  });

  it('follows a swap of two neighbours and an element moved from the front to the end', () => {
    const a = new Map(['a', 'b', 'c', 'd', 'e'].map((id) => [id, element(id, 0)] as const));
    const b = new Map(['b', 'a', 'd', 'e', 'x', 'c'].map((id) => [id, element(id, 0)] as const));
    const seen = walked(a, b).map(([kind, id, old]) => `${kind} ${id} ${kind === 'both' && old === undefined ? 'new' : ''}`.trim());
    expect(seen).toEqual(['both b', 'both a', 'both d', 'both e', 'both x new', 'both c']);
    const back = walked(b, a).map(([kind, id]) => `${kind} ${id}`);
    expect(back).toEqual(['both a', 'both b', 'both c', 'both d', 'both e', 'onlyA x']);
  });
});

describe('sameEntity', () => {
  it('says what jsonEqual says, for any two JSON values and for a value and its copy', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (x, y) => {
        expect(sameEntity(x, y)).toBe(jsonEqual(x, y));
        expect(sameEntity(x, structuredClone(x))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('tells apart a missing field from one that is there, and keys in another order are the same', () => {
    expect(sameEntity({ a: 1, b: undefined }, { a: 1, c: undefined })).toBe(false);
    expect(sameEntity({ a: 1 }, { a: 1, b: null })).toBe(false);
    expect(sameEntity({ a: 1, b: { c: [1, 2] } }, { b: { c: [1, 2] }, a: 1 })).toBe(true);
    expect(sameEntity({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(sameEntity({ a: [] }, { a: {} })).toBe(false);
  });
});
