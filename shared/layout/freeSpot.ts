import type { Position } from '../model/types';
import { NODE_HEIGHT, NODE_WIDTH } from './bandLayout';

/** Room kept around a box, so that a new one is not drawn touching its neighbour. */
const MARGIN = 24;
/** How far below the row a search goes on to the next row. */
const ROW_STEP = NODE_HEIGHT + 2 * MARGIN;
/** Rows tried before giving up (a map of thousands of bodies in one column). */
const MAX_ROWS = 400;

const snap = (v: number): number => Math.round(v / 12) * 12;

/** True when a box at `a` and one at `b` (positions are top-left corners) would touch or overlap. */
function touching(a: Position, b: Position): boolean {
  return Math.abs(a.x - b.x) < NODE_WIDTH + MARGIN && Math.abs(a.y - b.y) < NODE_HEIGHT + MARGIN;
}

/**
 * The first place at or to the right of `start`, in its row, where a new box touches none of
 * the boxes at `taken`; if the row is full as far as the boxes go, the next row below, and
 * so on. A box is NODE_WIDTH × NODE_HEIGHT, as the band layout and the canvas's first
 * drawing size them. `start` itself, as it is, when it is free.
 */
export function freeSpot(taken: Iterable<Position>, start: Position): Position {
  const boxes = [...taken];
  if (!boxes.some((b) => touching(start, b))) return start;
  for (let row = 0; row < MAX_ROWS; row++) {
    let at = { x: snap(start.x), y: snap(start.y + row * ROW_STEP) };
    // Each step jumps past the box in the way, so a row is crossed in at most as many steps as it has boxes.
    for (let step = 0; step <= boxes.length; step++) {
      const blocking = boxes.filter((b) => touching(at, b));
      if (blocking.length === 0) return at;
      at = { x: snap(Math.max(...blocking.map((b) => b.x)) + NODE_WIDTH + MARGIN + 6), y: at.y };
    }
  }
  return start;
}
