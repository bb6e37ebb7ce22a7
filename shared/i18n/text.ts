import type { Language } from '../model/vocabulary';

/** A sentence in both of the product's languages. */
export interface Text {
  readonly sv: string;
  readonly en: string;
}

/** Builds a Text. */
export function text(sv: string, en: string): Text {
  return { sv, en };
}

/** The sentence in one language. */
export function say(t: Text, lang: Language): string {
  return t[lang];
}

/** Joins quoted names into a list: `"a", "b" och "c"` / `"a", "b" and "c"`. */
export function listOf(items: readonly string[]): Text {
  const quoted = items.map((i) => `"${i}"`);
  if (quoted.length <= 1) return text(quoted.join(''), quoted.join(''));
  const head = quoted.slice(0, -1).join(', ');
  const last = quoted[quoted.length - 1];
  return text(`${head} och ${last}`, `${head} and ${last}`);
}
