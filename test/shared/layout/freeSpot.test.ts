import { describe, expect, it } from 'vitest';
import { NODE_HEIGHT, NODE_WIDTH } from '../../../shared/layout/bandLayout';
import { freeSpot } from '../../../shared/layout/freeSpot';
import type { Position } from '../../../shared/model/types';

const touches = (a: Position, b: Position): boolean => Math.abs(a.x - b.x) < NODE_WIDTH && Math.abs(a.y - b.y) < NODE_HEIGHT;

describe('freeSpot', () => {
  it('is the start itself when nothing is near', () => {
    expect(freeSpot([{ x: 0, y: 0 }], { x: 600, y: 0 })).toEqual({ x: 600, y: 0 });
    expect(freeSpot([], { x: 12, y: 24 })).toEqual({ x: 12, y: 24 });
  });

  it('moves right past a box in the way, and past a column of them', () => {
    const at = freeSpot([{ x: 800, y: 100 }, { x: 1060, y: 100 }], { x: 780, y: 110 });
    expect(at.y).toBe(108);
    expect(at.x).toBeGreaterThanOrEqual(1060 + NODE_WIDTH);
    expect([{ x: 800, y: 100 }, { x: 1060, y: 100 }].some((b) => touches(at, b))).toBe(false);
  });

  it('touches no box on a crowded map, wherever it starts', () => {
    // A grid with gaps too narrow for a box, and one wide enough.
    const taken: Position[] = [];
    for (let r = 0; r < 6; r++) for (let c = 0; c < 8; c++) if (!(r === 2 && c === 5)) taken.push({ x: c * 240, y: r * 120 });
    for (const start of [{ x: 0, y: 0 }, { x: 500, y: 250 }, { x: 1700, y: 600 }, { x: -50, y: -50 }]) {
      const at = freeSpot(taken, start);
      expect(taken.filter((b) => touches(at, b))).toEqual([]);
      expect(at.y).toBeGreaterThanOrEqual(start.y - 6);
    }
  });
});
