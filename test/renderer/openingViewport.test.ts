import { describe, expect, it } from 'vitest';
import { getViewportForBounds } from '@xyflow/react';
import { CONTROLS_INSET, FIT_MAX_ZOOM, FIT_PADDING } from '../../renderer/src/canvas/framing';
import { OPENING_ZOOM, openingViewport } from '../../renderer/src/canvas/openingViewport';

const bounds = { x: 100, y: 50, width: 2000, height: 900 };

describe('openingViewport', () => {
  it('keeps the fitted view when names can be read in it', () => {
    const fitted = { x: 5, y: 6, zoom: 0.9 };
    expect(openingViewport(fitted, bounds, 800, 0.3)).toBe(fitted);
  });

  it('opens a map that fits only with small names at the readable zoom, at its top-left right of the zoom buttons', () => {
    const view = openingViewport({ x: 0, y: 0, zoom: 0.45 }, bounds, 800, 0.3, 24, 48);
    expect(view.zoom).toBe(OPENING_ZOOM);
    // The map's left edge lands just right of the zoom buttons' strip, its top 24 px down.
    expect(view.x + bounds.x * view.zoom).toBeCloseTo(48);
    expect(view.y + bounds.y * view.zoom).toBeCloseTo(24);
  });

  it('centres a map narrower than the canvas at that zoom in the room right of the zoom buttons', () => {
    const narrow = { x: 0, y: 0, width: 500, height: 2000 };
    const view = openingViewport({ x: 0, y: 0, zoom: 0.4 }, narrow, 1000, 0.3, 24, 60);
    // The room is 60 … 976 px; the map's middle is the room's middle.
    expect(view.x + (narrow.width * view.zoom) / 2).toBeCloseTo((60 + 976) / 2);
  });

  it('never puts a box of the left column under the zoom buttons, however narrow the canvas', () => {
    for (const canvasWidth of [500, 713, 763, 900, 1200]) {
      const map = { x: -40, y: 0, width: 880, height: 1200 };
      const view = openingViewport({ x: 0, y: 0, zoom: 0.5 }, map, canvasWidth, 0.3);
      expect(view.x + map.x * view.zoom).toBeGreaterThanOrEqual(CONTROLS_INSET);
    }
  });

  it('shows a map too large for anything but the far view whole, as an overview', () => {
    const fitted = { x: 1, y: 2, zoom: 0.12 };
    expect(openingViewport(fitted, bounds, 800, 0.3)).toBe(fitted);
  });

  it('fits a map (Fit View) with its left edge right of the zoom buttons and the rest centred', () => {
    for (const [w, h] of [[713, 399], [763, 453], [1036, 607], [1600, 900]] as const) {
      const map = { x: -40, y: 10, width: 880, height: 600 };
      const view = getViewportForBounds(map, w, h, 0.05, FIT_MAX_ZOOM, FIT_PADDING);
      expect(view.x + map.x * view.zoom).toBeGreaterThanOrEqual(CONTROLS_INSET);
      expect(view.x + (map.x + map.width) * view.zoom).toBeLessThanOrEqual(w);
      expect(view.y + map.y * view.zoom).toBeGreaterThan(0);
    }
  });
});
