/**
 * A diagram as plain shapes and text, in CSS pixels (96 per inch; 1 px = 0.75 pt): what
 * the SVG, PDF and PNG writers draw, so that they all show the same picture. No DOM.
 */
export interface Scene {
  readonly width: number;
  readonly height: number;
  /** A colour, or null for a transparent background. */
  readonly background: string | null;
  /** Drawn in order, later ones on top. */
  readonly items: readonly SceneItem[];
  /** A sentence that says what the diagram shows (the alt text of the image in Word). */
  readonly description: string;
  readonly title: string;
}

export type SceneItem = SceneRect | ScenePath | SceneText | SceneGroup;

export interface Stroke {
  readonly color: string;
  readonly width: number;
  /** Dash and gap lengths; absent for a solid line. */
  readonly dash?: readonly number[];
}

export interface SceneRect {
  readonly type: 'rect';
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly radius: number;
  readonly fill: string | null;
  readonly stroke: Stroke | null;
}

/** A path of straight and cubic segments; `arrow` puts a closed arrowhead at its end. */
export interface ScenePath {
  readonly type: 'path';
  readonly segments: readonly PathSegment[];
  readonly stroke: Stroke;
  readonly fill: string | null;
  readonly closed: boolean;
  readonly arrow: boolean;
}

export type PathSegment =
  | { readonly op: 'M'; readonly x: number; readonly y: number }
  | { readonly op: 'L'; readonly x: number; readonly y: number }
  | { readonly op: 'C'; readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number; readonly x: number; readonly y: number };

/**
 * One line of text, already fitted: `x`/`y` are the anchor point on the baseline, and
 * the text's measured width at `size` is at most `maxWidth` (the box it belongs to).
 */
export interface SceneText {
  readonly type: 'text';
  readonly x: number;
  readonly y: number;
  readonly text: string;
  readonly size: number;
  readonly bold: boolean;
  readonly color: string;
  readonly anchor: 'start' | 'middle' | 'end';
  readonly maxWidth: number;
}

/** Items that belong together (a body, a line), with a title for screen readers and tooltips. */
export interface SceneGroup {
  readonly type: 'group';
  readonly id: string;
  readonly title: string;
  readonly items: readonly SceneItem[];
}

/** The font every export measures and draws with; metric-compatible with Arial (SIL OFL 1.1). */
export const FONT_FAMILY = 'Liberation Sans';
/** The font list written into SVG: Arial has the same widths where Liberation Sans is missing. */
export const FONT_STACK = "'Liberation Sans', Arial, Helvetica, sans-serif";
