import { text, type Text } from '../i18n/text';

/** The number of single-character insertions, deletions, substitutions and swaps of neighbours between two words. */
export function editDistance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  // Three rows of the Damerau–Levenshtein table: the words here are a few dozen characters.
  let before = new Array<number>(n + 1).fill(0);
  let previous = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const current = [i];
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (before[j - 2] ?? 0) + 1);
      current[j] = d;
    }
    before = previous;
    previous = current;
  }
  return previous[n] ?? 0;
}

const fold = (s: string): string => s.trim().toLowerCase().replace(/[\s_-]+/g, ' ');

/**
 * The candidate closest to `word` (compared without case, with `_`, `-` and spaces alike),
 * or null when none is close: at most a third of the word's letters differ (at least 1).
 */
export function nearest(word: string, candidates: Iterable<string>): string | null {
  const w = fold(word);
  if (w === '') return null;
  const limit = Math.max(1, Math.floor(w.length / 3));
  let best: string | null = null;
  let bestDistance = limit + 1;
  for (const c of candidates) {
    const d = editDistance(w, fold(c));
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

/** " Menade du *styrgrupp*?" after a message, or nothing when no candidate is close. */
export function suggestion(word: string, candidates: Iterable<string>): Text {
  const near = nearest(word, candidates);
  return near === null ? text('', '') : text(` Menade du *${near}*?`, ` Did you mean *${near}*?`);
}

/** A message with a suggestion after it, as a sentence of its own. */
export function withSuggestion(message: Text, hint: Text): Text {
  const join = (m: string, h: string): string => (h === '' ? m : `${/[.?!]$/.test(m) ? m : `${m}.`}${h}`);
  return text(join(message.sv, hint.sv), join(message.en, hint.en));
}
