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

/**
 * A Text built on first read. Checks of a large map can find thousands of things;
 * their sentences are only put together for the ones someone reads.
 */
export function lazyText(make: () => Text): Text {
  return new LazyText(make);
}

/** One small object per sentence (not three closures): large maps have thousands. */
class LazyText implements Text {
  private made: Text | null = null;
  constructor(private make: (() => Text) | null) {}
  private get text(): Text {
    if (this.made === null) {
      this.made = (this.make as () => Text)();
      this.make = null;
    }
    return this.made;
  }
  get sv(): string {
    return this.text.sv;
  }
  get en(): string {
    return this.text.en;
  }
  toJSON(): Text {
    return { sv: this.sv, en: this.en };
  }
}
