/** The diagram's colours and sizes: the palette the editor's canvas draws with (palette.ts), so an export looks like the screen. */
export {
  BORDER,
  DECIDED_BY_COLOR,
  DECIDED_BY_DASH,
  DECIDED_BY_WIDTH,
  EXTERNAL_DASH,
  FUNDING_COLOR,
  FUNDING_DASH,
  FUNDING_WIDTH,
  INK,
  LEVEL_COLORS,
  LINE_STYLE,
  MUTED,
  PAPER,
  UNDOCUMENTED_DASH,
  WARN,
} from './palette';

/** Space around the whole diagram, in px. */
export const MARGIN = 24;
