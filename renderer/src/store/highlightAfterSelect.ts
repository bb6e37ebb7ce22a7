/**
 * A finding's highlight once the selection changes: it stays while exactly its bodies
 * are selected (clicking the finding selects them), and ends with any other selection —
 * a click on another body, a line, or the empty canvas — since its dimming would hide
 * what was picked.
 */
export function highlightAfterSelect<H extends { readonly bodies: ReadonlySet<string> }>(highlight: H | null, bodies: readonly string[], lines: readonly string[]): H | null {
  if (highlight === null || lines.length > 0) return null;
  const picked = new Set(bodies);
  return picked.size === highlight.bodies.size && bodies.every((b) => highlight.bodies.has(b)) ? highlight : null;
}
