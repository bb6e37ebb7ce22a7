import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeEntry, joinList, splitList, splitNested } from '../../../shared/workbook/escape';
import { readDate, readNumber } from '../../../shared/workbook/values';
import { BODY_KIND_WORDS, readBool, readWord, ROLE_WORDS } from '../../../shared/workbook/words';

const entry = fc.string({ unit: fc.constantFrom('a', 'Å', ' ', '\t', ';', '|', '\\', 'x', '\n'), minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== '');

describe('lists in a cell', () => {
  it('gives back any list of entries, whatever separators, backslashes or spaces at the ends they hold', () => {
    fc.assert(fc.property(fc.array(entry, { maxLength: 5 }), (items) => {
        expect(splitList(joinList(items))).toEqual(items);
      }));
  });

  it('gives back the parts of former names', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(entry, fc.string({ maxLength: 5 })), { maxLength: 3 }), (names) => {
        const cell = names.map(([a, b]) => [a, b, '2020-01-01'].map(escapeEntry).join('|')).join('; ');
        expect(splitNested(cell)).toEqual(names.map(([a, b]) => [a, b, '2020-01-01']));
      }),
    );
  });

  it('trims hand-typed entries, leaves out empty ones and keeps a lone backslash', () => {
    expect(splitList(' Lokalpolisområdeschef ;; m1 ;C:\\mapp ')).toEqual(['Lokalpolisområdeschef', 'm1', 'C:\\mapp']);
  });
});

describe('numbers', () => {
  it.each([
    ['1 250 000', 1_250_000],
    ['1\u00a0250\u00a0000', 1_250_000],
    ['1\u202f250', 1250],
    ['12,5', 12.5],
    ['0.35', 0.35],
    ['  ', null],
    ['1e3', 1000],
  ])('reads %j as %j', (raw, value) => {
    expect(readNumber(raw)).toEqual({ ok: true, value });
  });

  it.each(['12 kr', '1,2,3', 'abc', '1.2.3'])('refuses %j', (raw) => {
    expect(readNumber(raw).ok).toBe(false);
  });
});

describe('dates', () => {
  it('reads a date, a date-time’s date and an empty cell', () => {
    expect([readDate('2024-02-29'), readDate(' 2024-03-01T00:00:00.000Z '), readDate('')]).toEqual([
      { ok: true, value: '2024-02-29' },
      { ok: true, value: '2024-03-01' },
      { ok: true, value: null },
    ]);
  });

  it.each(['2023-13-01', '2023-02-29', '1/2/2023', '2023-1-1'])('refuses %j', (raw) => {
    expect(readDate(raw).ok).toBe(false);
  });
});

describe('words', () => {
  it('reads English with spaces or underscores and Swedish in any case', () => {
    expect(['Steering Group', 'steering_group', ' STYRGRUPP ', 'Styrgruppen'].map((w) => readWord(BODY_KIND_WORDS, w))).toEqual(
      Array(4).fill({ ok: true, value: 'steering_group' }),
    );
    expect(readWord(ROLE_WORDS, 'Invited when needed')).toEqual({ ok: true, value: 'invited' });
  });

  it('reads yes and no in both languages and refuses anything else', () => {
    expect(['ja', 'Yes', 'TRUE', '1', 'x', 'nej', 'no', 'false', '0', ''].map((w) => readBool(w))).toEqual([
      ...Array(5).fill({ ok: true, value: true }),
      ...Array(5).fill({ ok: true, value: false }),
    ]);
    expect(readBool('kanske').ok).toBe(false);
  });
});
