/**
 * Frames the whole map in the window once React Flow has drawn new positions (two frames
 * later): after an arrangement the user sees all of it, at any size. The canvas listens
 * for the same event as the View menu's Fit View.
 */
export function frameAllAfterLayout(): void {
  requestAnimationFrame(() => requestAnimationFrame(() => window.dispatchEvent(new CustomEvent('mandat:zoom', { detail: 'fit' }))));
}
