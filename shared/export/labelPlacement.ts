import { cubicAt, overlapArea, type Box, type Point } from './sceneGeometry';

/**
 * Where along a line its label may sit, best first: the middle, then out towards the ends
 * in small steps (a line often crosses a row of boxes, and the gap between rows is narrow),
 * never at the very ends, where the arrowheads are.
 */
const LABEL_AT = Array.from({ length: 33 }, (_, i) => 0.5 + (i % 2 === 0 ? 1 : -1) * Math.ceil(i / 2) * 0.025);
const CELL = 128;

/**
 * The things labels keep off, each with a weight (covering another label is worse than
 * covering the edge of a box), in a grid so that a large map does not compare every
 * candidate spot with every box.
 */
export class Obstacles {
  private readonly cells = new Map<string, { box: Box; weight: number }[]>();

  add(box: Box, weight: number): void {
    const entry = { box, weight };
    for (const key of this.keys(box)) {
      const cell = this.cells.get(key);
      if (cell) cell.push(entry);
      else this.cells.set(key, [entry]);
    }
  }

  /** How much of the box is covered, by weight. */
  covered(box: Box): number {
    const seen = new Set<{ box: Box; weight: number }>();
    let sum = 0;
    for (const key of this.keys(box)) {
      for (const entry of this.cells.get(key) ?? []) {
        if (seen.has(entry)) continue;
        seen.add(entry);
        sum += overlapArea(box, entry.box) * entry.weight;
      }
    }
    return sum;
  }

  private keys(box: Box): string[] {
    const out: string[] = [];
    for (let cx = Math.floor(box.x / CELL); cx <= Math.floor((box.x + box.width) / CELL); cx++) {
      for (let cy = Math.floor(box.y / CELL); cy <= Math.floor((box.y + box.height) / CELL); cy++) out.push(`${cx},${cy}`);
    }
    return out;
  }
}

/**
 * Where a label of this size goes on a curve: the first spot along it clear of the
 * obstacles; failing that, a spot just beside it; failing that, the least covered one.
 */
export function placeLabel(points: readonly [Point, Point, Point, Point], width: number, height: number, obstacles: Obstacles): Box {
  // On the line; else just above or below it; else moved sideways, a little at a time.
  const beside = [{ dx: 0, dy: 0 }, { dx: 0, dy: -(height / 2 + 3) }, { dx: 0, dy: height / 2 + 3 }];
  for (let dx = 8; dx <= width / 2 + 24; dx += 8) beside.push({ dx: -dx, dy: 0 }, { dx, dy: 0 });
  const along = LABEL_AT.map((t) => cubicAt(...points, t));
  let best: { box: Box; covered: number } | null = null;
  for (const shift of beside) {
    for (const p of along) {
      const box = { x: p.x + shift.dx - width / 2, y: p.y + shift.dy - height / 2, width, height };
      const covered = obstacles.covered(box);
      if (covered === 0) return box;
      if (best === null || covered < best.covered) best = { box, covered };
    }
  }
  return (best as { box: Box }).box;
}
