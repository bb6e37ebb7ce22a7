import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitText, measureText } from '../../../shared/export/textFit';
import { BOLD_FONT, realWidth, REGULAR_FONT } from './fonts';

const SAMPLES = [
  'Kommunstyrelsen',
  'Arbetsmarknads- och vuxenutbildningsnämnden',
  'Ledningsgruppen för trygghet och strategiskt stadsdelsarbete',
  'ÅÄÖ åäö ÉÜ ß Ǆ – — “citat” … • § € ≤ ≥ → × 1 234,5',
  'WWW MMM iii lll ||| ...',
];

describe('measureText', () => {
  it('never measures narrower than the font does, and not much wider', () => {
    for (const text of SAMPLES) {
      for (const bold of [false, true]) {
        const font = bold ? BOLD_FONT : REGULAR_FONT;
        const real = font.getAdvanceWidth(text, 14, { kerning: false });
        const ours = measureText(text, 14, bold);
        expect(ours, text).toBeGreaterThanOrEqual(real - 1e-9);
        expect(ours, text).toBeLessThan(real * 1.005 + 0.05);
      }
    }
  });

  it('takes a character the font lacks as wide as its widest glyph', () => {
    expect(measureText('漢', 10, false)).toBeGreaterThanOrEqual(measureText('Ǆ', 10, false));
    expect(measureText('漢', 10, false)).toBeGreaterThan(measureText('W', 10, false));
  });

  it('measures bold wider than regular', () => {
    expect(measureText('Kommunstyrelsen', 14, true)).toBeGreaterThan(measureText('Kommunstyrelsen', 14, false));
  });
});

describe('fitText', () => {
  it('keeps text that fits on one line as it is, at its size', () => {
    expect(fitText('Kommunstyrelsen', { maxWidth: 196, size: 14, minSize: 11, bold: true, maxLines: 3 })).toMatchObject({ lines: ['Kommunstyrelsen'], size: 14 });
  });

  it('wraps at spaces', () => {
    const r = fitText('Kultur- och fritidsnämnden', { maxWidth: 120, size: 14, maxLines: 3 });
    expect(r.lines).toEqual(['Kultur- och', 'fritidsnämnden']);
    expect(r.size).toBe(14);
  });

  it('may break after a hyphen inside a word', () => {
    expect(fitText('Kultur-och-fritidsnämnden', { maxWidth: 120, size: 14, maxLines: 3 }).lines).toEqual(['Kultur-och-', 'fritidsnämnden']);
  });

  it('keeps words joined by a no-break space together', () => {
    const r = fitText('belopp 1\u00a0000\u00a0000 kronor', { maxWidth: measureText('belopp 1\u00a0000', 12, false) * 1.05, size: 12, maxLines: 3 });
    expect(r.lines).toContain('1\u00a0000\u00a0000');
  });

  it('shrinks text that would need more lines than allowed', () => {
    const width = measureText('Ledningsgruppen för trygghet', 12, true) * 1.03;
    const r = fitText('Ledningsgruppen för trygghet', { maxWidth: width, size: 14, minSize: 11, bold: true, maxLines: 1 });
    expect(r.lines).toEqual(['Ledningsgruppen för trygghet']);
    expect(r.size).toBeLessThan(14);
    expect(r.size).toBeGreaterThanOrEqual(11);
  });

  it('shrinks a long word before it breaks it, and breaks it with hyphens when shrinking is not enough', () => {
    const word = 'Samhällsbyggnadsförvaltningens';
    const shrunk = fitText(word, { maxWidth: measureText(word, 12, true) * 1.03, size: 14, minSize: 11, bold: true, maxLines: 3 });
    expect(shrunk.lines).toEqual([word]);
    const broken = fitText(word + 'utvecklingsavdelning', { maxWidth: 120, size: 14, minSize: 11, bold: true, maxLines: 4 });
    expect(broken.size).toBe(11);
    expect(broken.lines.length).toBeGreaterThan(1);
    expect(broken.lines.slice(0, -1).every((l) => l.endsWith('-'))).toBe(true);
    expect(broken.lines.join('').replace(/-/g, '')).toBe(word + 'utvecklingsavdelning');
  });

  it('cuts the last line with "…" when the smallest size still needs too many lines', () => {
    const text = 'Ett två tre fyra fem sex sju åtta nio tio elva tolv tretton fjorton femton sexton sjutton arton';
    const r = fitText(text, { maxWidth: 120, size: 12, minSize: 10, maxLines: 2 });
    expect(r.size).toBe(10);
    expect(r.lines).toHaveLength(2);
    expect(r.lines[1]?.endsWith('…')).toBe(true);
    expect(text.startsWith(`${r.lines[0]} `)).toBe(true);
  });

  it('balances the lines when asked', () => {
    const options = { maxWidth: 196, size: 14, minSize: 11, bold: true, maxLines: 3 };
    expect(fitText('Eskilstuna Kommunföretag AB', options).lines).toEqual(['Eskilstuna Kommunföretag', 'AB']);
    expect(fitText('Eskilstuna Kommunföretag AB', { ...options, balance: true }).lines).toEqual(['Eskilstuna', 'Kommunföretag AB']);
  });

  it('gives no lines for empty text, no lines allowed, or no room even for "…"', () => {
    expect(fitText('   ', { maxWidth: 100, size: 12 }).lines).toEqual([]);
    expect(fitText('text', { maxWidth: 100, size: 12, maxLines: 0 }).lines).toEqual([]);
    expect(fitText('text', { maxWidth: 2, size: 12 }).lines).toEqual([]);
  });

  it('never exceeds the width, the lines or the sizes, measured with kerning by the font itself; text is only lost behind "…"', () => {
    const word = fc.oneof(
      fc.constantFrom('Kommunstyrelsen', 'och', 'Arbetsmarknads-', 'AVAVAV', 'WWWWWWWWWWWWWWWWWWWWWWWWWWWWW', '–', '…', 'Ǆǅ', '漢字', 'T.Y.'),
      fc.string({ minLength: 1, maxLength: 12, unit: 'grapheme' }),
    );
    fc.assert(
      fc.property(
        fc.array(word, { maxLength: 14 }).map((w) => w.join(' ')),
        fc.integer({ min: 8, max: 300 }),
        fc.integer({ min: 8, max: 20 }),
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 1, max: 4 }),
        fc.boolean(),
        fc.boolean(),
        (text, maxWidth, size, shrink, maxLines, bold, balance) => {
          const minSize = size - shrink;
          const r = fitText(text, { maxWidth, size, minSize, bold, maxLines, balance });
          expect(r.lines.length).toBeLessThanOrEqual(maxLines);
          expect(r.size).toBeLessThanOrEqual(size);
          expect(r.size).toBeGreaterThanOrEqual(minSize);
          for (const line of r.lines) expect(realWidth(line, r.size, bold)).toBeLessThanOrEqual(maxWidth);
          if (r.lines.length > 0 && !r.lines.some((l) => l.endsWith('…'))) {
            const squeeze = (s: string): string => s.replace(/[\s-]/g, '');
            expect(squeeze(r.lines.join(''))).toBe(squeeze(text));
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});
