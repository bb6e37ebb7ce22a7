import { describe, expect, it } from 'vitest';
import { OPENING_ZOOM, openingViewport } from '../../renderer/src/canvas/openingViewport';

const bounds = { x: 100, y: 50, width: 2000, height: 900 };

describe('openingViewport', () => {
  it('keeps the fitted view when names can be read in it', () => {
    const fitted = { x: 5, y: 6, zoom: 0.9 };
    expect(openingViewport(fitted, bounds, 800, 0.3)).toBe(fitted);
  });

  it('opens a map that fits only with small names at the readable zoom, at its top-left', () => {
    const view = openingViewport({ x: 0, y: 0, zoom: 0.45 }, bounds, 800, 0.3, 24);
    expect(view.zoom).toBe(OPENING_ZOOM);
    // The top-left corner of the map lands 24 px inside the canvas.
    expect(view.x + bounds.x * view.zoom).toBeCloseTo(24);
    expect(view.y + bounds.y * view.zoom).toBeCloseTo(24);
  });

  it('centres a map narrower than the canvas at that zoom', () => {
    const narrow = { x: 0, y: 0, width: 500, height: 2000 };
    const view = openingViewport({ x: 0, y: 0, zoom: 0.4 }, narrow, 1000, 0.3);
    expect(view.x + (narrow.width * view.zoom) / 2).toBeCloseTo(500);
  });

  it('shows a map too large for anything but the far view whole, as an overview', () => {
    const fitted = { x: 1, y: 2, zoom: 0.12 };
    expect(openingViewport(fitted, bounds, 800, 0.3)).toBe(fitted);
  });
});
