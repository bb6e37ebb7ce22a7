import { paletteCssVariables } from '../../../shared/export/palette';

/** What of a CSSStyleDeclaration this needs (so the Node-side tests can check it without a DOM). */
interface StyleTarget {
  setProperty(name: string, value: string): void;
}

/**
 * Sets the palette's CSS variables (`--level-political` …) on the page's root style, so
 * the stylesheets draw with the colours the exports use; main.tsx calls it before the first render.
 */
export function applyPaletteVariables(style: StyleTarget): void {
  for (const [name, value] of Object.entries(paletteCssVariables())) style.setProperty(name, value);
}
