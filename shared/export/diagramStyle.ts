import type { Level, LineKind } from '../model/vocabulary';

/** The diagram's colours and sizes: those of the editor's canvas (styles.css, graph.ts), so an export looks like the screen. */
export const LEVEL_COLORS: Readonly<Record<Level, string>> = {
  political: '#b42318',
  administrative: '#175cd3',
  operative: '#067647',
  external: '#5d6b82',
};

export const INK = '#101828';
export const MUTED = '#475467';
export const BORDER = '#d0d5dd';
export const WARN = '#b54708';
export const FUNDING_COLOR = '#047857';
export const PAPER = '#ffffff';

export const LINE_STYLE: Readonly<Record<LineKind, { readonly color: string; readonly width: number }>> = {
  reports_to: { color: '#1f2933', width: 2 },
  prepares_for: { color: '#1d4ed8', width: 2 },
  followed_up_by: { color: '#6d28d9', width: 2 },
  informs: { color: '#7b8794', width: 1.25 },
};

/** Undocumented lines, as on the canvas. */
export const UNDOCUMENTED_DASH: readonly number[] = [6, 4];
export const FUNDING_DASH: readonly number[] = [2, 3];
export const FUNDING_WIDTH = 1.5;
/** The sides of an external body's box. */
export const EXTERNAL_DASH: readonly number[] = [5, 3];

/** Space around the whole diagram, in px. */
export const MARGIN = 24;
