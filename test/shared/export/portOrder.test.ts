import { describe, expect, it } from 'vitest';
import { portsByRoute } from '../../../shared/export/portOrder';

describe('portsByRoute', () => {
  // Two lines arrive at the bottom of one box (y = 100), both from the right; line 0 runs
  // in a lane 14 px below the box, line 1 in one 30 px below.
  const paths = [
    [{ x: 400, y: 300 }, { x: 400, y: 114 }, { x: 100, y: 114 }, { x: 100, y: 100 }],
    [{ x: 500, y: 300 }, { x: 500, y: 130 }, { x: 120, y: 130 }, { x: 120, y: 100 }],
  ];
  const ends = [
    { side: 't\u0000bottom', line: 0, end: true },
    { side: 't\u0000bottom', line: 1, end: true },
    { side: 'a\u0000top', line: 0, end: false },
    { side: 'b\u0000top', line: 1, end: false },
  ];

  it('gives the outer port of a turn to the line that runs farthest from the box', () => {
    // As first given, the shallow line had the left port: it crossed the deep one's way up.
    const r = portsByRoute(ends, paths, { start: [0, 0], end: [-9, 9] });
    expect(r.end).toEqual([9, -9]);
    expect(r.start).toEqual([0, 0]);
  });

  it('keeps an order that already does not cross', () => {
    expect(portsByRoute(ends, paths, { start: [0, 0], end: [9, -9] }).end).toEqual([9, -9]);
  });
});
