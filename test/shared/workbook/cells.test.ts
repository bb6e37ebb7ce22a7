import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeEntry, joinList, splitList, splitNested } from '../../../shared/workbook/escape';
import { readDate, readNumber } from '../../../shared/workbook/values';
import { formatWorkbookError, sheetsToModel } from '../../../shared/workbook';
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

  it.each(['12 kr', '1,2,3', 'abc', '1.2.3', '1,00,000', '12,50,0'])('refuses %j', (raw) => {
    expect(readNumber(raw).ok).toBe(false);
  });

  it.each([
    ['1,000,000', 1_000_000],
    ['12,500.50', 12_500.5],
    ['−1,000,000', -1_000_000],
  ])('reads English thousands commas where no decimal comma can be meant: %j as %j', (raw, value) => {
    expect(readNumber(raw, true)).toEqual({ ok: true, value });
  });

  it('refuses an amount with one comma before three digits, a thousand or a decimal, saying how to write either', () => {
    const r = readNumber('100,000', true);
    expect(r.ok === false && r.message).toEqual({
      sv: '"100,000" kan vara 100 000 eller 100,0; skriv 100000 för det första, 100,0 för det andra',
      en: '"100,000" could be 100000 or 100.0; write 100000 for the first, 100.0 for the second',
    });
    // The decimal way to write 1,205 is itself no thousand: 1,2050, which reads.
    const r3 = readNumber('1,205', true);
    expect(r3.ok === false && r3.message.sv).toBe('"1,205" kan vara 1 205 eller 1,2050; skriv 1205 för det första, 1,2050 för det andra');
    expect(r3.ok === false && r3.message.en).toBe('"1,205" could be 1205 or 1.2050; write 1205 for the first, 1.2050 for the second');
    expect(readNumber('1,2050', true)).toEqual({ ok: true, value: 1.205 });
    const r2 = readNumber('1,250', true);
    expect(r2.ok === false && r2.message.sv).toBe('"1,250" kan vara 1 250 eller 1,25; skriv 1250 för det första, 1,25 för det andra');
    // Not ambiguous: a leading 0, two or four decimals, a space as the thousands separator.
    expect([readNumber('0,125', true), readNumber('1,25', true), readNumber('1,2500', true), readNumber('100 000', true)]).toEqual([
      { ok: true, value: 0.125 },
      { ok: true, value: 1.25 },
      { ok: true, value: 1.25 },
      { ok: true, value: 100_000 },
    ]);
    // A position's decimals are anything: 312,125 is 312.125 there.
    expect(readNumber('312,125')).toEqual({ ok: true, value: 312.125 });
  });

  it('an amount written 100,000 in a workbook is an error at its cell, not 100 kronor', () => {
    const r = sheetsToModel({
      Bodies: [['id', 'name', 'kind'], ['ks', 'Kommunstyrelsen', 'kommunstyrelse'], ['bra', 'BRÅ', 'råd']],
      Finansiering: [['Finansiär', 'Mottagare', 'År', 'Belopp (kr)'], ['ks', 'bra', '2024', '100,000']],
    });
    expect(r.ok ? [] : r.errors.map((e) => formatWorkbookError(e, 'sv'))).toEqual([
      'Finansiering, rad 2, kolumn Belopp (kr): "100,000" kan vara 100 000 eller 100,0; skriv 100000 för det första, 100,0 för det andra',
    ]);
  });
});

describe('amounts with their unit', () => {
  it.each([
    ['1 000 000 kr', 1_000_000],
    ['250 000:-', 250_000],
    ['12 500,50 kr.', 12_500.5],
    ['20 mkr', 20_000_000],
    ['1,1 Mkr', 1_100_000],
    ['2,5 MSEK', 2_500_000],
    ['800 tkr', 800_000],
    ['3 miljoner kronor', 3_000_000],
    ['450 SEK', 450],
    ['100 kronor', 100],
    ['800 tkr.', 800_000],
    ['20 mkr.', 20_000_000],
    ['250:–', 250],
  ])('reads %j as %d', (raw, value) => {
    expect(readNumber(raw, true, true)).toEqual({ ok: true, value });
  });

  it('refuses a unit without a number, a unit twice, a unit where no sum of money is read, and keeps the thousand-or-decimal question', () => {
    for (const raw of ['kr', 'mkr 20', '1 tkr tkr', '5 kr kr']) expect(readNumber(raw, true, true).ok, raw).toBe(false);
    expect(readNumber('abc kr', true, true)).toEqual({ ok: false, message: { sv: '"abc kr" är inget tal', en: '"abc kr" is not a number' } });
    expect(readNumber('20 mkr', true).ok).toBe(false);
    expect(readNumber('20 mkr').ok).toBe(false);
    expect(readNumber('1,500 kr', true, true).ok).toBe(false);
  });

  it('imports "20 mkr" in a Swedish funding sheet as twenty million kronor', () => {
    const r = sheetsToModel({
      Bodies: [['id', 'name', 'kind'], ['ks', 'Kommunstyrelsen', 'kommunstyrelse'], ['bra', 'BRÅ', 'råd']],
      Finansiering: [['Finansiär', 'Mottagare', 'År', 'Belopp (kr)'], ['ks', 'bra', '2024', '20 mkr']],
    });
    if (!r.ok) throw new Error(r.errors.map((e) => formatWorkbookError(e, 'en')).join('\n'));
    expect([...r.model.fundingLines.values()].map((f) => f.amountSek)).toEqual([20_000_000]);
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

  it.each(['2023-13-01', '2023-02-29', '1/2/2023', '2023-1-1', '12345', '99999'])('refuses %j', (raw) => {
    expect(readDate(raw).ok).toBe(false);
  });

  it('names the date an Excel serial number stands for, without taking it', () => {
    const r = readDate('44805');
    expect(r).toEqual({
      ok: false,
      message: {
        sv: '"44805" är inget datum men ser ut som Excels nummer för 2022-09-01: formatera cellen som datum, eller skriv 2022-09-01',
        en: '"44805" is not a date but looks like Excel\'s number for 2022-09-01: format the cell as a date, or write 2022-09-01',
      },
    });
    expect(JSON.stringify(readDate('12345'))).not.toContain('Excel');
  });
});

describe('words', () => {
  it('reads English with spaces or underscores and Swedish in any case', () => {
    expect(['Steering Group', 'steering_group', ' STYRGRUPP ', 'Styrgruppen'].map((w) => readWord(BODY_KIND_WORDS, w))).toEqual(
      Array(4).fill({ ok: true, value: 'steering_group' }),
    );
    expect(readWord(ROLE_WORDS, 'Invited when needed')).toEqual({ ok: true, value: 'invited' });
    // The abbreviations of minutes and member lists.
    expect(['ordf', 'Ordf.', 'sekr.', 'adj', 'led.'].map((w) => readWord(ROLE_WORDS, w))).toEqual(
      ['chair', 'chair', 'secretary', 'invited', 'member'].map((value) => ({ ok: true, value })),
    );
  });

  it('reads yes and no in both languages and refuses anything else', () => {
    expect(['ja', 'Yes', 'TRUE', '1', 'x', 'nej', 'no', 'false', '0', ''].map((w) => readBool(w))).toEqual([
      ...Array(5).fill({ ok: true, value: true }),
      ...Array(5).fill({ ok: true, value: false }),
    ]);
    expect(readBool('kanske').ok).toBe(false);
  });
});
