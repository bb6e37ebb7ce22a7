/** How long to wait for the canvas to draw an arrangement before framing anyway (frames, about 2 s). */
const MAX_FRAMES = 120;

/**
 * Frames the whole map in the window once the canvas has drawn the new positions: after
 * an arrangement the user sees all of it, at any size. The canvas draws edits at a lower
 * priority (a deferred value), so a fixed delay may frame the old places: this waits
 * until `probe`, one of the moved bodies, stands where it was put. The canvas listens for
 * the same event as the View menu's Fit View.
 */
export function frameAllAfterLayout(probe?: { readonly id: string; readonly x: number; readonly y: number }): void {
  const fit = (): void => void window.dispatchEvent(new CustomEvent('mandat:zoom', { detail: 'fit' }));
  const drawn = (): boolean => {
    if (!probe) return true;
    const el = document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(probe.id)}"]`);
    return el !== null && el.style.transform.startsWith(`translate(${probe.x}px, ${probe.y}px)`);
  };
  let frames = 0;
  const wait = (): void => {
    frames += 1;
    // One more frame after the nodes moved, so React Flow has their new bounds too.
    if (drawn() || frames >= MAX_FRAMES) requestAnimationFrame(fit);
    else requestAnimationFrame(wait);
  };
  requestAnimationFrame(wait);
}
