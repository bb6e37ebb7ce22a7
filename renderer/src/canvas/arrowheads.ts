import { ACCENT, DECIDED_BY_COLOR, FUNDING_COLOR, HIGHLIGHT, LINE_STYLE } from '../../../shared/export/palette';

/**
 * The canvas's arrowheads, drawn once as SVG markers that every line refers to by id.
 *
 * React Flow makes the markers itself when a line's `markerEnd` is an object: it then goes
 * through every line whenever the lines change (a selection, a drag's start and its drop on
 * the 1,433 lines of a large map) to collect them, and sorts them with `localeCompare`,
 * which sets up the browser's collation on the first start. A string `markerEnd` is the id
 * of a marker React Flow leaves alone: these. They look as React Flow's own (its `Arrow`
 * and `ArrowClosed` at their default size).
 */
export type ArrowShape = 'closed' | 'open';

/** The colours an arrowhead can have, by shape: every line kind, the selected and the highlighted line; funding and decided-by links. */
const COLOURS: Readonly<Record<ArrowShape, readonly string[]>> = {
  closed: [...new Set([...Object.values(LINE_STYLE).map((s) => s.color), ACCENT, HIGHLIGHT])],
  open: [FUNDING_COLOR, DECIDED_BY_COLOR],
};

/** The id of the marker of `shape` in `colour` (a colour the canvas uses: one of COLOURS). */
export function arrowMarker(shape: ArrowShape, colour: string): string {
  return `mandat-arrow-${shape}-${colour.replace(/[^0-9a-zA-Z]/g, '')}`;
}

/** Every marker the canvas draws, by id. */
export const ARROW_MARKERS: ReadonlyMap<string, { readonly shape: ArrowShape; readonly colour: string }> = new Map(
  (Object.keys(COLOURS) as ArrowShape[]).flatMap((shape) => COLOURS[shape].map((colour) => [arrowMarker(shape, colour), { shape, colour }] as const)),
);
