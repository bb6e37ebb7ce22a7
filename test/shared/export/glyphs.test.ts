import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import opentype from 'opentype.js';
import { describe, expect, it } from 'vitest';
import { fontHas, glyphWarning, missingGlyphs } from '../../../shared/export/glyphs';
import { FIRST_CODE, REGULAR } from '../../../shared/export/fontMetrics.generated';
import type { Scene } from '../../../shared/export/scene';

const font = (name: string) => {
  const bytes = readFileSync(join(__dirname, '../../../assets/fonts', name));
  return opentype.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
};

const scene = (...texts: string[]): Scene =>
  ({
    width: 100,
    height: 100,
    items: [{ type: 'group', items: texts.map((t) => ({ type: 'text', x: 0, y: 0, text: t, size: 12, bold: false, color: '#000', anchor: 'start', maxWidth: 100 })) }],
  }) as unknown as Scene;

describe('the characters the export font draws', () => {
  it('are those both faces of Liberation Sans have: Swedish, Greek, Cyrillic and Hebrew, not Arabic, Chinese or emoji', () => {
    const regular = font('LiberationSans-Regular.ttf');
    const bold = font('LiberationSans-Bold.ttf');
    for (const ch of 'åäöÅÄÖéüßŁΩжש–…€ج青😀ก') {
      const both = regular.charToGlyph(ch).index !== 0 && bold.charToGlyph(ch).index !== 0;
      expect([ch, fontHas(ch.codePointAt(0) as number)]).toEqual([ch, both]);
    }
    expect(['å', 'Ω', 'ж', 'ש'].every((c) => fontHas(c.codePointAt(0) as number))).toBe(true);
    expect(['ج', '青', '😀'].some((c) => fontHas(c.codePointAt(0) as number))).toBe(false);
  });

  it('agree with the width table the text is measured with', () => {
    REGULAR.widths.forEach((w, i) => {
      if (w > 0) expect(fontHas(FIRST_CODE + i), `U+${(FIRST_CODE + i).toString(16)}`).toBe(true);
    });
  });
});

describe('missing glyphs', () => {
  it('are each character once, in the order met, with the texts that hold them; joiners and variation selectors are no character', () => {
    expect(missingGlyphs(['Kommunstyrelsen', 'جمعية ج', 'Familj 👨‍👩‍👧 ❤️', 'Brå'])).toEqual({
      characters: ['ج', 'م', 'ع', 'ي', 'ة', '👨', '👩', '👧', '❤'],
      texts: ['جمعية ج', 'Familj 👨‍👩‍👧 ❤️'],
    });
    expect(missingGlyphs(['Kommunfullmäktige', 'Ελλάδα', 'Москва', '“citat” – 1 000 €'])).toEqual({ characters: [], texts: [] });
  });

  it('are said for a PDF, naming the characters and up to three texts, in both languages', () => {
    expect(glyphWarning(scene('Brå', 'Polisen'), 'pdf')).toBeNull();
    const one = glyphWarning(scene('Föreningen 青'), 'pdf');
    expect(one?.sv).toBe('Tecknet 青 finns inte i exportens typsnitt (Liberation Sans) och blir tomma rutor i PDF-filen: i "Föreningen 青". En SVG-export visar det med datorns typsnitt.');
    expect(one?.en).toBe('The character 青 is not in the export font (Liberation Sans) and comes out as empty boxes in the PDF: in "Föreningen 青". An SVG export shows it with the computer\'s fonts.');
    const many = glyphWarning(scene('ا', 'ب', 'ت', 'ث', 'ج'), 'png');
    expect(many?.sv).toBe('Tecknen ا ب ت ث ج finns inte i exportens typsnitt (Liberation Sans) och blir tomma rutor i PNG-bilden: i "ا", "ب", "ت" och 2 texter till. En SVG-export visar dem med datorns typsnitt.');
    expect(many?.en).toContain('in "ا", "ب", "ت" and 2 more texts.');
    // A name the diagram breaks over two lines is named whole, as the map has it.
    expect(glyphWarning(scene('جمعية', 'الشباب'), 'pdf', ['Polisen', 'جمعية الشباب'])?.sv).toContain('i PDF-filen: i "جمعية الشباب".');
    expect(glyphWarning(scene('جمعية', 'الشباب'), 'pdf', ['Polisen'])?.sv).toContain('i PDF-filen: i "جمعية" och "الشباب".');
    // A name not drawn (a former one) is not named; a line drawn that no name holds is named as drawn.
    expect(glyphWarning(scene('Råd 😀', 'Anna 😀 medlem'), 'pdf', ['Råd 😀', 'Gamla 😀 namn'])?.sv).toContain('i "Råd 😀" och "Anna 😀 medlem".');
    expect(glyphWarning(scene('Föreningen جمعية…'), 'pdf', ['Föreningen جمعية الشباب'])?.sv).toContain('i "Föreningen جمعية الشباب".');
  });
});
