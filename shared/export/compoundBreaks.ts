/**
 * Where a long Swedish body name may break when a box is narrow: before the head word of
 * a compound ("Kommunlednings|kontoret", "vuxenutbildnings|nämnden"). Swedish writes
 * compounds as one word, so the names of governance bodies are long words that otherwise
 * set the width of every box. Only the head words of governance bodies are known, so a
 * break lands where a reader expects one; English names have spaces and need none.
 */
const HEADS = [
  'fullmäktige',
  'styrelsen',
  'styrelse',
  'nämnden',
  'nämnd',
  'beredningen',
  'beredning',
  'utskottet',
  'utskott',
  'kontoret',
  'kontor',
  'förvaltningen',
  'förvaltning',
  'myndigheten',
  'myndighet',
  'gruppen',
  'grupp',
  'rådet',
  'kommittén',
  'bolaget',
  'avdelningen',
  'enheten',
  'sekretariatet',
  'förebyggande',
  'organisation',
] as const;

const SOFT_HYPHEN = '\u00ad';
/** A word shorter than this is left whole; each side of a break keeps at least MIN_PART letters. */
const MIN_WORD = 12;
const MIN_PART = 4;

/** The word with a soft hyphen before its head word, if it ends in one and is long enough to need it. */
function breakWord(word: string): string {
  if ([...word].length < MIN_WORD) return word;
  const lower = word.toLocaleLowerCase('sv');
  for (const head of HEADS) {
    // Trailing punctuation ("Polismyndigheten,") stays with the head.
    const m = new RegExp(`${head}[,.;:)]*$`, 'u').exec(lower);
    if (!m || m.index < MIN_PART) continue;
    return word.slice(0, m.index) + SOFT_HYPHEN + word.slice(m.index);
  }
  return word;
}

/** The name with soft hyphens where its compound words may break (textFit.ts draws them as "-" at a line's end). */
export function withCompoundBreaks(name: string): string {
  return name
    .split(/(\s+)/)
    .map((part) => (/\s/.test(part) ? part : breakWord(part)))
    .join('');
}

/** The pieces of a name that must each fit a line whole: its words, split at soft hyphens (each piece but the last with its hyphen). */
export function unbreakablePieces(name: string): string[] {
  return name.split(/\s+/).flatMap((w) => {
    const parts = w.split(SOFT_HYPHEN);
    return parts.map((p, i) => (i < parts.length - 1 ? `${p}-` : p));
  }).filter((p) => p !== '');
}
