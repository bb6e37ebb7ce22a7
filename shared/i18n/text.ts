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
  return new FnText(make);
}

/**
 * A Text built by `make` on first read. A subclass that keeps what its sentence needs in
 * fields of its own is one object a finding, where `lazyText`'s closure is three (the
 * text, the function and its scope): rules with thousands of findings use one.
 */
export abstract class LazyText implements Text {
  private made: Text | null = null;
  protected abstract make(): Text;
  private get text(): Text {
    return (this.made ??= this.make());
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

class FnText extends LazyText {
  constructor(private fn: (() => Text) | null) {
    super();
  }
  protected make(): Text {
    const t = (this.fn as () => Text)();
    // Let go of the closure (and what it holds) once the sentence is made.
    this.fn = null;
    return t;
  }
}
