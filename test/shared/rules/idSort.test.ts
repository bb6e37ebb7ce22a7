import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortById } from '../../../shared/analysis/idSort';

/** The comparator sort the context used before the radix sort (stable). */
const plain = <T extends { id: string }>(list: T[]): T[] => [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/**
 * Lists of ids of one family each (a list mixing wide characters is left to the comparator
 * sort from its first character): few characters (prefixes, repeats and shared runs common),
 * synthetic-map ids, any string, and graphemes.
 */
const families = [
  fc.string({ unit: fc.constantFrom('a', 'b', '-', '1', '2', '10', 'Ö', '\u0000'), maxLength: 12 }),
  fc.nat(3000).map((n) => `m${n % 7}-b${n}`),
  fc.string({ maxLength: 6 }),
  fc.string({ unit: 'grapheme', maxLength: 4 }),
];
const arbIds = fc.oneof(
  ...families.map((f) => fc.array(f, { maxLength: 60 })),
  ...families.map((f) => fc.array(f, { minLength: 50, maxLength: 600, size: 'max' })),
);

describe('sortById', () => {
  it('orders as the comparator sort does, stably, for lists short and long', () => {
    fc.assert(
      fc.property(arbIds, (ids) => {
        const list = ids.map((id, i) => ({ id, i }));
        const expected = plain(list);
        sortById(list);
        expect(list).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('sorts ids that share long prefixes and ids of many different characters', () => {
    const long = 'x'.repeat(200);
    const list = Array.from({ length: 500 }, (_, i) => ({ id: i % 3 === 0 ? `${long}${(i * 7919) % 500}` : String.fromCharCode(40 + ((i * 131) % 3000)) + i }));
    const expected = plain(list);
    sortById(list);
    expect(list).toEqual(expected);
  });
});
