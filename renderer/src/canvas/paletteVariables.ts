import { paletteCssVariables } from '../../../shared/export/palette';

/**
 * Sets the palette's CSS variables (`--level-political` …) on the page's root, so the
 * stylesheets draw with the colours the exports use; called once before the first render.
 */
export function applyPaletteVariables(style: CSSStyleDeclaration = document.documentElement.style): void {
  for (const [name, value] of Object.entries(paletteCssVariables())) style.setProperty(name, value);
}
