import type { Viewport } from '@xyflow/react';
import { CONTROLS_INSET } from './framing';

/**
 * A zoom at which a body's name (14 px) is drawn at 11 px or more (11.2): a map opened is not
 * shown smaller than this, where names would be specks nobody reads.
 */
export const OPENING_ZOOM = 0.8;

/**
 * `fitted` (the view that shows all of `bounds`) when names can be read in it, or when the
 * map is so large that it fits only as the far view's boxes (below `overviewBelow`): then
 * the whole of it is the useful first sight, and search or a finding takes the reader
 * close. Else the view at OPENING_ZOOM that shows the top of the map (the political
 * bodies, where a reader starts), centred across when it is narrower than the canvas and
 * from its left edge when wider, in both cases right of the zoom buttons.
 */
export function openingViewport(
  fitted: Viewport,
  bounds: { x: number; y: number; width: number; height: number },
  canvasWidth: number,
  overviewBelow: number,
  padding = 24,
  leftInset = CONTROLS_INSET,
): Viewport {
  if (fitted.zoom >= OPENING_ZOOM || fitted.zoom < overviewBelow) return fitted;
  const zoom = OPENING_ZOOM;
  const drawnWidth = bounds.width * zoom;
  // The map goes right of the zoom buttons, so no box of its left column starts under them.
  const room = canvasWidth - leftInset - padding;
  const x = drawnWidth <= room ? leftInset + (room - drawnWidth) / 2 - bounds.x * zoom : leftInset - bounds.x * zoom;
  return { x, y: padding - bounds.y * zoom, zoom };
}
