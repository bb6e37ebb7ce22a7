import type { Level, LineKind } from '../model/vocabulary';

/**
 * The map's colours, line widths and dashes: the one source for the editor's canvas (its CSS
 * variables are generated from here, see `paletteCssVariables`) and for every export, so
 * an exported diagram looks like the screen.
 */

/** The top border of a body's box, its legend swatch and its minimap dot, by level. */
export const LEVEL_COLORS: Readonly<Record<Level, string>> = {
  political: '#b42318',
  administrative: '#175cd3',
  operative: '#067647',
  external: '#5d6b82',
};

/** Text. */
export const INK = '#101828';
/** Secondary text: a body's kind, notes, captions. */
export const MUTED = '#475467';
/** The sides of a body's box and of panels. */
export const BORDER = '#d0d5dd';
/** Warnings: the findings badge. */
export const WARN = '#b54708';
/** Errors. */
export const ERROR = '#b42318';
export const PAPER = '#ffffff';
/** Selected bodies and lines. */
export const ACCENT = '#3538cd';
/** Bodies and lines a finding points at. */
export const HIGHLIGHT = '#d97706';

/** Each kind of reporting line: its colour and width in px. */
export const LINE_STYLE: Readonly<Record<LineKind, { readonly color: string; readonly width: number }>> = {
  reports_to: { color: '#1f2933', width: 2 },
  prepares_for: { color: '#1d4ed8', width: 2 },
  followed_up_by: { color: '#6d28d9', width: 2 },
  informs: { color: '#7b8794', width: 1.25 },
};

/** Undocumented lines are dashed. */
export const UNDOCUMENTED_DASH: readonly number[] = [6, 4];

/** Funding lines (who funds whom). */
export const FUNDING_COLOR = '#047857';
export const FUNDING_DASH: readonly number[] = [2, 3];
export const FUNDING_WIDTH = 1.5;

/** The dotted link from the body that decided another's mandate (canvas only). */
export const DECIDED_BY_COLOR = '#a21caf';
export const DECIDED_BY_DASH: readonly number[] = [1, 4];
export const DECIDED_BY_WIDTH = 1;

/** The sides of an external body's box. */
export const EXTERNAL_DASH: readonly number[] = [5, 3];

/** A dash pattern as SVG's and CSS's `stroke-dasharray` write it: "6 4". */
export const dashArray = (dash: readonly number[]): string => dash.join(' ');

/** The CSS custom properties the editor's stylesheets read (`var(--level-political)` …), from this palette. */
export function paletteCssVariables(): Readonly<Record<string, string>> {
  const levels = Object.fromEntries(Object.entries(LEVEL_COLORS).map(([level, color]) => [`--level-${level}`, color]));
  return { ...levels, '--ink': INK, '--muted': MUTED, '--line': BORDER, '--warn': WARN, '--error': ERROR };
}
