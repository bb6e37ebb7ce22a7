import { describe, expect, it } from 'vitest';
import { labelPoint } from '../../renderer/src/canvas/labelPoint';

describe("a line's label on the canvas", () => {
  it('sits on the longest level stretch, in the gap between rows, rather than on a longer upright one between columns', () => {
    // Up out of a body, along a row gap for 120 px, then up 300 px between two columns, into the other body.
    const route = [
      { x: 0, y: 500 },
      { x: 0, y: 480 },
      { x: 120, y: 480 },
      { x: 120, y: 180 },
      { x: 200, y: 180 },
      { x: 200, y: 160 },
    ];
    expect(labelPoint(route)).toEqual({ x: 60, y: 480 });
  });

  it('takes the longest segment when no level stretch is long enough for a label', () => {
    const route = [
      { x: 0, y: 500 },
      { x: 0, y: 480 },
      { x: 20, y: 480 },
      { x: 20, y: 180 },
      { x: 40, y: 180 },
      { x: 40, y: 160 },
    ];
    expect(labelPoint(route)).toEqual({ x: 20, y: 330 });
  });

  it('uses the whole of a short route', () => {
    expect(labelPoint([{ x: 0, y: 100 }, { x: 0, y: 0 }])).toEqual({ x: 0, y: 50 });
  });
});
