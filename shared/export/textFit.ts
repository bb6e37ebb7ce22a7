import { ASCENDER, BOLD, DESCENDER, FIRST_CODE, REGULAR, type WeightMetrics } from './fontMetrics.generated';

/**
 * The table has no kerning and renderers hint and round differently, so fitted text keeps
 * 2% spare: drawn with kerning (which in this font narrows more than it widens) it still
 * stays inside its box.
 */
export const FIT_SAFETY = 1.02;

/** The smallest step fitting shrinks text by, in px. */
const SIZE_STEP = 0.5;
const ELLIPSIS = '…';

function advance(m: WeightMetrics, code: number): number {
  const i = code - FIRST_CODE;
  const w = i >= 0 && i < m.widths.length ? (m.widths[i] as number) : (m.extra[code] ?? 0);
  return w > 0 ? w : m.fallback;
}

/** The width of one line of text in Liberation Sans at `size` px, without kerning. */
export function measureText(text: string, size: number, bold: boolean): number {
  const m = bold ? BOLD : REGULAR;
  let units = 0;
  for (const ch of text) units += advance(m, ch.codePointAt(0) as number);
  return (units * size) / 1000;
}

/** Whether the text, drawn at `size`, stays inside `maxWidth` with the safety margin. */
export function fitsWidth(text: string, size: number, bold: boolean, maxWidth: number): boolean {
  return measureText(text, size, bold) * FIT_SAFETY <= maxWidth + 1e-9;
}

/** The height above the baseline of the font's tallest glyphs at `size`. */
export function ascentOf(size: number): number {
  return (ASCENDER * size) / 1000;
}

/** The depth below the baseline at `size` (positive). */
export function descentOf(size: number): number {
  return (-DESCENDER * size) / 1000;
}

export interface FitOptions {
  readonly maxWidth: number;
  /** The size to use if the text fits at it, in px. */
  readonly size: number;
  /** The smallest size to shrink to before cutting the text; `size` when absent. */
  readonly minSize?: number;
  readonly bold?: boolean;
  /** At most this many lines; 1 when absent. */
  readonly maxLines?: number;
  /** Lines of even length rather than a full first line and a short last one (for headings and names). */
  readonly balance?: boolean;
}

export interface FittedText {
  /** The lines to draw, each inside `maxWidth` at `size`; empty when there is no text (or no room). */
  readonly lines: string[];
  readonly size: number;
  /** The widest line's width at `size`, with the safety margin. */
  readonly width: number;
}

/** A piece of a line that may start a new line; `space` says whether a space comes before it. */
interface Token {
  readonly text: string;
  readonly space: boolean;
}

/**
 * Words split at spaces and after inner hyphens ("Kultur-och-fritid" may break after each
 * "-") and soft hyphens; no-break spaces (as in "1 000") hold their words together.
 */
function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const word of text.split(/[^\S\u00a0\u2007\u202f]+/)) {
    if (word === '') continue;
    const parts = word.match(/[^-\u00ad]+[-\u00ad]+|[^-\u00ad]+$|[-\u00ad]+/g) ?? [word];
    parts.forEach((p, i) => out.push({ text: p, space: i === 0 && out.length > 0 }));
  }
  return out;
}

/** A word too long for any line, cut into pieces that fit, each but the last with a hyphen. */
function breakWord(word: string, size: number, bold: boolean, maxWidth: number): string[] {
  const fits = (t: string): boolean => fitsWidth(t, size, bold, maxWidth);
  const chars = [...word];
  const pieces: string[] = [];
  let start = 0;
  while (start < chars.length) {
    const rest = chars.slice(start).join('');
    if (fits(rest)) {
      pieces.push(rest);
      break;
    }
    let end = start + 1;
    while (end + 1 < chars.length && fits(chars.slice(start, end + 1).join('') + '-')) end++;
    const piece = chars.slice(start, end).join('');
    pieces.push(piece.endsWith('-') || !fits(piece + '-') ? piece : piece + '-');
    start = end;
  }
  return pieces;
}

/** Greedy wrapping; null when a word does not fit a line and `breakWords` is off. */
function wrap(list: readonly Token[], size: number, bold: boolean, maxWidth: number, breakWords: boolean): string[] | null {
  const lines: string[] = [];
  let current = '';
  for (const t of list) {
    const joined = current === '' ? t.text : current + (t.space ? ' ' : '') + t.text;
    if (fitsWidth(joined, size, bold, maxWidth)) {
      current = joined;
      continue;
    }
    if (current !== '') lines.push(current);
    current = t.text;
    if (fitsWidth(current, size, bold, maxWidth)) continue;
    if (!breakWords) return null;
    const pieces = breakWord(current, size, bold, maxWidth);
    lines.push(...pieces.slice(0, -1));
    current = pieces[pieces.length - 1] ?? '';
  }
  if (current !== '') lines.push(current);
  return lines;
}

/** The line cut short with "…" so that it fits; empty when not even "…" fits. */
function ellipsize(line: string, size: number, bold: boolean, maxWidth: number): string {
  const chars = [...line];
  for (let n = chars.length; n >= 0; n--) {
    const head = chars.slice(0, n).join('').replace(/[\s\-–—,.:;·]+$/u, '');
    const candidate = head + ELLIPSIS;
    if (fitsWidth(candidate, size, bold, maxWidth)) return candidate;
  }
  return '';
}

function result(wrapped: string[], size: number, bold: boolean): FittedText {
  // A soft hyphen (compoundBreaks.ts) shows as "-" where a line breaks at it and not at all elsewhere.
  const lines = wrapped.map((l) => l.replace(/\u00ad+$/, '-').replace(/\u00ad/g, ''));
  const width = Math.max(0, ...lines.map((l) => measureText(l, size, bold) * FIT_SAFETY));
  return { lines, size, width };
}

/** The same number of lines at the narrowest width that still gives that many: "Eskilstuna / Kommunföretag AB", not "Eskilstuna Kommunföretag / AB". */
function balanced(list: readonly Token[], size: number, bold: boolean, maxWidth: number, lines: string[]): string[] {
  if (lines.length < 2) return lines;
  let low = maxWidth / lines.length;
  let high = maxWidth;
  let best = lines;
  while (high - low > 1) {
    const mid = (low + high) / 2;
    const trial = wrap(list, size, bold, mid, false);
    if (trial !== null && trial.length <= lines.length) {
      best = trial;
      high = mid;
    } else low = mid;
  }
  return best;
}

/** The sizes to try, largest first, in steps of SIZE_STEP and ending at the smallest. */
function sizes(size: number, minSize: number): number[] {
  const out: number[] = [];
  for (let s = size; s > minSize + 1e-9; s = Math.round((s - SIZE_STEP) * 100) / 100) out.push(s);
  out.push(minSize);
  return out;
}

/**
 * Text fitted to a width: wrapped at spaces and hyphens into at most `maxLines` lines,
 * shrunk towards `minSize` before any word is broken, then words broken, and as a last
 * resort the last line cut with "…". Every line fits `maxWidth` at the returned size.
 */
export function fitText(text: string, options: FitOptions): FittedText {
  const bold = options.bold ?? false;
  const maxLines = Math.max(0, Math.floor(options.maxLines ?? 1));
  const minSize = Math.min(options.minSize ?? options.size, options.size);
  const { maxWidth } = options;
  const list = tokens(text);
  if (list.length === 0 || maxLines === 0) return result([], options.size, bold);
  for (const size of sizes(options.size, minSize)) {
    const lines = wrap(list, size, bold, maxWidth, false);
    if (lines !== null && lines.length <= maxLines) return result(options.balance ? balanced(list, size, bold, maxWidth, lines) : lines, size, bold);
  }
  const lines = wrap(list, minSize, bold, maxWidth, true) ?? [];
  if (lines.length <= maxLines && lines.every((l) => fitsWidth(l, minSize, bold, maxWidth))) return result(lines, minSize, bold);
  // Cut with "…" where it fits: on the last line allowed, else on an earlier one (a narrow box).
  for (let n = Math.min(maxLines, lines.length); n >= 1; n--) {
    const kept = lines.slice(0, n - 1);
    const last = ellipsize(lines[n - 1] ?? '', minSize, bold, maxWidth);
    if (last !== '' && kept.every((l) => fitsWidth(l, minSize, bold, maxWidth))) return result([...kept, last], minSize, bold);
  }
  return result([], minSize, bold);
}
