import { xmlText } from './xmlText';

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const MARKUP = /[&<>"']/g;

/**
 * Text safe inside an HTML element or a quoted attribute. Characters XML forbids are
 * dropped first (the inline SVG is XML), then the five that could open markup are escaped,
 * in one pass: a 300-body map has some 30,000 texts.
 */
export function esc(text: string): string {
  const clean = xmlText(text);
  MARKUP.lastIndex = 0;
  return MARKUP.test(clean) ? clean.replace(MARKUP, (c) => ENTITIES[c] as string) : clean;
}

/** Markup already escaped, so helpers can tell it from text that still needs escaping. */
export interface Html {
  readonly html: string;
}

/** Marks a string as finished markup. */
export function raw(html: string): Html {
  return { html };
}

/** Text or finished markup, as markup. */
export function markup(content: string | Html): string {
  return typeof content === 'string' ? esc(content) : content.html;
}

/** One element with escaped attributes; the content is text (escaped) or markup. */
export function el(tag: string, attrs: Readonly<Record<string, string | undefined>>, ...content: readonly (string | Html)[]): Html {
  const a = Object.entries(attrs)
    .filter((e): e is [string, string] => e[1] !== undefined)
    .map(([k, v]) => ` ${k}="${esc(v)}"`)
    .join('');
  return raw(`<${tag}${a}>${content.map(markup).join('')}</${tag}>`);
}

/** Markup pieces one after the other. */
export function join(parts: readonly (string | Html)[], separator = ''): Html {
  return raw(parts.map(markup).join(separator));
}

/** A list of items; `ol` when the order means something. */
export function list(items: readonly (string | Html)[], ordered = false, attrs: Readonly<Record<string, string | undefined>> = {}): Html {
  return el(ordered ? 'ol' : 'ul', attrs, ...items.map((i) => el('li', {}, i)));
}
