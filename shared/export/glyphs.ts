/**
 * Characters the export font cannot draw. PDFs (and the command line's PNGs, drawn by resvg
 * with the project's fonts only) are written with Liberation Sans, which has Latin, Greek,
 * Cyrillic and Hebrew but no Arabic, Chinese, Thai or emoji: a partner named in Arabic would
 * come out as empty boxes without a word. The export still runs; the person is told which
 * characters and where.
 */
import { text, type Text } from '../i18n/text';
import { COVERED } from './fontMetrics.generated';
import type { MandatModel } from '../model/types';
import type { Scene, SceneItem } from './scene';

/** Whether both faces of the export font draw the code point (binary search over the runs). */
export function fontHas(code: number): boolean {
  let lo = 0;
  let hi = COVERED.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [first, last] = COVERED[mid] as readonly [number, number];
    if (code < first) hi = mid - 1;
    else if (code > last) lo = mid + 1;
    else return true;
  }
  return false;
}

// Nothing is drawn for these whether the font has them or not: controls, format characters
// (joiners, direction marks), spaces, and the variation selectors after an emoji.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zs}\p{Zl}\p{Zp}\uFE00-\uFE0F]/u;

/** The characters of `texts` the font lacks, each once in the order met, and the texts that hold them. */
export function missingGlyphs(texts: Iterable<string>): { characters: string[]; texts: string[] } {
  const characters = new Set<string>();
  const holding: string[] = [];
  for (const t of texts) {
    let found = false;
    for (const ch of t) {
      const code = ch.codePointAt(0) as number;
      if (code < 0x7f || fontHas(code) || INVISIBLE.test(ch)) continue;
      characters.add(ch);
      found = true;
    }
    if (found && !holding.includes(t)) holding.push(t);
  }
  return { characters: [...characters], texts: holding };
}

/** Every text drawn in a scene. */
export function sceneTexts(scene: Scene): string[] {
  const out: string[] = [];
  const walk = (items: readonly SceneItem[]): void => {
    for (const item of items) {
      if (item.type === 'text') out.push(item.text);
      else if (item.type === 'group') walk(item.items);
    }
  };
  walk(scene.items);
  return out;
}

/** Where the boxes come out: a PDF, a PNG, or the diagram of a Word report. */
export type DrawnWith = 'pdf' | 'png' | 'docx';

const WHERE: Readonly<Record<DrawnWith, Text>> = {
  pdf: text('PDF-filen', 'the PDF'),
  png: text('PNG-bilden', 'the PNG'),
  docx: text('rapportens diagram', "the report's diagram"),
};

/** How many characters and texts a warning names before it counts the rest. */
const NAMED = 12;
const NAMED_TEXTS = 3;

/**
 * The warning for a scene with characters the export font lacks, or null. Names up to
 * twelve characters and three of the texts holding them, and says SVG keeps them. A name
 * the diagram breaks over lines is named whole when it is among `names` (the map's names).
 */
export function glyphWarning(scene: Scene, where: DrawnWith, names: Iterable<string> = []): Text | null {
  const { characters, texts: lines } = missingGlyphs(sceneTexts(scene));
  if (characters.length === 0) return null;
  // Each line drawn named by the whole name it is part of (a line cut short ends in "…"), else as it is.
  const known = [...new Set(names)];
  const texts = [...new Set(lines.map((line) => known.find((n) => n.includes(line.replace(/…$/, '').trim())) ?? line))];
  const shown = characters.slice(0, NAMED).join(' ');
  const moreChars = characters.length - NAMED;
  const quoted = texts.slice(0, NAMED_TEXTS).map((t) => `"${t}"`);
  const moreTexts = texts.length - quoted.length;
  const list = (and: string, more: string): string => {
    const all = moreTexts > 0 ? [...quoted, more] : quoted;
    return all.length <= 1 ? all.join('') : `${all.slice(0, -1).join(', ')} ${and} ${all.at(-1) ?? ''}`;
  };
  const one = characters.length === 1;
  return text(
    `${one ? 'Tecknet' : 'Tecknen'} ${shown}${moreChars > 0 ? ` och ${moreChars} till` : ''} finns inte i exportens typsnitt (Liberation Sans) och blir tomma rutor i ${WHERE[where].sv}: i ${list('och', `${moreTexts} text${moreTexts === 1 ? '' : 'er'} till`)}. En SVG-export visar ${one ? 'det' : 'dem'} med datorns typsnitt.`,
    `The ${one ? 'character' : 'characters'} ${shown}${moreChars > 0 ? ` and ${moreChars} more` : ''} ${one ? 'is' : 'are'} not in the export font (Liberation Sans) and come${one ? 's' : ''} out as empty boxes in ${WHERE[where].en}: in ${list('and', `${moreTexts} more text${moreTexts === 1 ? '' : 's'}`)}. An SVG export shows ${one ? 'it' : 'them'} with the computer's fonts.`,
  );
}

/** The names a diagram of `model` may draw: the map's, and its bodies' names and short names. */
export function drawnNames(model: MandatModel): string[] {
  return [model.meta.name, ...[...model.bodies.values()].flatMap((b) => [b.name, b.shortName, ...b.formerNames.flatMap((f) => [f.name, f.shortName])])].filter((n) => n !== '');
}
