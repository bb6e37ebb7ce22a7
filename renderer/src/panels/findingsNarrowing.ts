import type { Finding, Severity } from '../../../shared/analysis/types';
import type { Language } from '../../../shared/model/vocabulary';

/** How the findings list is narrowed: to the selection, to a text, to a severity (each optional). */
export interface Narrowing {
  readonly selectionOnly: boolean;
  readonly text: string;
  readonly severity: Severity | 'all';
}

export const NO_NARROWING: Narrowing = { selectionOnly: false, text: '', severity: 'all' };

/** What a narrowing is compared with: the selection, the language shown and the bodies' names. */
export interface NarrowingContext {
  readonly selectedBodies: ReadonlySet<string>;
  readonly selectedLines: ReadonlySet<string>;
  readonly lang: Language;
  /** The names a body goes by (on the date and today, long and short), for the text search. */
  readonly bodyNames: (id: string) => readonly string[];
}

/** Whether anything narrows the list (a blank text does not). */
export function isNarrowed(n: Narrowing): boolean {
  return n.selectionOnly || n.text.trim() !== '' || n.severity !== 'all';
}

/** A finding involves the selection when one of its bodies or reporting lines is selected. */
export function involvesSelection(f: Finding, bodies: ReadonlySet<string>, lines: ReadonlySet<string>): boolean {
  return f.elements.bodies.some((b) => bodies.has(b)) || f.elements.reportingLines.some((l) => lines.has(l));
}

const fold = (s: string): string => s.toLocaleLowerCase('sv');

/** Every word of the text appears in the finding's message (in the language shown) or in the names of its bodies. */
export function matchesText(f: Finding, text: string, lang: Language, bodyNames: (id: string) => readonly string[]): boolean {
  const words = fold(text).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = fold([f.message[lang], ...f.elements.bodies.flatMap(bodyNames)].join('\n'));
  return words.every((w) => haystack.includes(w));
}

/** Whether a finding stays in the list under the narrowing. */
export function passesNarrowing(f: Finding, n: Narrowing, ctx: NarrowingContext): boolean {
  if (n.severity !== 'all' && f.severity !== n.severity) return false;
  if (n.selectionOnly && !involvesSelection(f, ctx.selectedBodies, ctx.selectedLines)) return false;
  return matchesText(f, n.text, ctx.lang, ctx.bodyNames);
}

/** The findings that stay under the narrowing, in their order. */
export function narrowFindings(findings: readonly Finding[], n: Narrowing, ctx: NarrowingContext): readonly Finding[] {
  return isNarrowed(n) ? findings.filter((f) => passesNarrowing(f, n, ctx)) : findings;
}
