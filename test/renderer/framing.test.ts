import { describe, expect, it } from 'vitest';
import { boundsOf, fitTargets, frameElements, READABLE_ZOOM, readableViewport, type Rect, type Viewport } from '../../renderer/src/canvas/framing';

/** Where a map point lands on the screen under a viewport. */
const onScreen = (v: Viewport, x: number, y: number) => ({ x: x * v.zoom + v.x, y: y * v.zoom + v.y });
const centre = (r: Rect) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });

describe('readableViewport', () => {
  it('shows one body at its own size in the middle of the canvas', () => {
    const body = { x: 1000, y: 2000, width: 220, height: 84 };
    const v = readableViewport(body, 1000, 600);
    expect(v.zoom).toBe(1);
    expect(onScreen(v, centre(body).x, centre(body).y)).toEqual({ x: 500, y: 300 });
  });

  it('fits elements that fit at a readable zoom, and keeps them inside the canvas', () => {
    const bounds = { x: 0, y: 0, width: 1200, height: 300 };
    const v = readableViewport(bounds, 1000, 600);
    expect(v.zoom).toBeGreaterThanOrEqual(READABLE_ZOOM);
    expect(v.zoom).toBeLessThan(1);
    const topLeft = onScreen(v, 0, 0);
    const bottomRight = onScreen(v, 1200, 300);
    expect(topLeft.x).toBeGreaterThanOrEqual(0);
    expect(bottomRight.x).toBeLessThanOrEqual(1000);
  });

  it('centres elements spread too wide at the readable zoom instead of shrinking them', () => {
    const bounds = { x: -5000, y: 100, width: 12_000, height: 3000 };
    const v = readableViewport(bounds, 1000, 600);
    expect(v.zoom).toBe(READABLE_ZOOM);
    const c = onScreen(v, centre(bounds).x, centre(bounds).y);
    expect(c.x).toBeCloseTo(500);
    expect(c.y).toBeCloseTo(300);
  });
});

describe('boundsOf', () => {
  it('covers every rectangle', () => {
    expect(boundsOf([{ x: 10, y: 20, width: 100, height: 50 }, { x: -40, y: 100, width: 10, height: 10 }])).toEqual({ x: -40, y: 20, width: 150, height: 90 });
  });
  it('is null for none', () => {
    expect(boundsOf([])).toBeNull();
  });
});

describe('fitTargets', () => {
  it('frames the shown bodies without a search', () => {
    expect(fitTargets(['a', 'b'], null)).toEqual(['a', 'b']);
  });
  it('frames only the hits among them while a search has some', () => {
    expect(fitTargets(['a', 'b', 'c'], new Set(['c', 'hidden']))).toEqual(['c']);
  });
  it('frames the shown bodies when no shown body matches the search', () => {
    expect(fitTargets(['a', 'b'], new Set(['hidden']))).toEqual(['a', 'b']);
  });
});

describe('frameElements', () => {
  const body = (x: number, y: number): Rect => ({ x, y, width: 220, height: 84 });

  it('frames elements that fit at a readable zoom together', () => {
    const v = frameElements([body(0, 0), body(600, 200)], 1000, 600);
    expect(v?.zoom).toBe(1);
    const middle = onScreen(v as Viewport, (0 + 820) / 2, (0 + 284) / 2);
    expect(middle.x).toBeCloseTo(500);
    expect(middle.y).toBeCloseTo(300);
  });

  it('goes to the first element and those that fit beside it when they are spread too wide, at the readable zoom or closer', () => {
    const first = body(10_000, 0);
    const near = body(10_500, 0);
    const far = body(0, 0);
    const v = frameElements([first, far, near], 1000, 600) as Viewport;
    expect(v.zoom).toBeGreaterThanOrEqual(READABLE_ZOOM);
    for (const r of [first, near]) {
      const c = onScreen(v, centre(r).x, centre(r).y);
      expect(c.x).toBeGreaterThan(0);
      expect(c.x).toBeLessThan(1000);
    }
    expect(onScreen(v, centre(far).x, 0).x).toBeLessThan(0);
  });

  it('has nothing to frame without elements', () => {
    expect(frameElements([], 1000, 600)).toBeNull();
  });
});
