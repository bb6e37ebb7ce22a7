import { NODE_HEIGHT, NODE_WIDTH } from '../../../shared/layout/bandLayout';
import type { MandatModel, Position } from '../../../shared/model/types';
import { cycleIndex } from '../cycleIndex';
import { searchHits } from './search';
import { drawnPositions, visibleBodies, type CanvasFilter } from './visibleBodies';

/**
 * The order Enter steps through the search's hits: reading order on the canvas, row by
 * row (a row is a body's height, so bodies placed a few pixels apart by hand stay in one
 * row), left to right within a row. Hits not drawn (another date, filtered out) are left out.
 */
export function orderHits(hits: ReadonlySet<string>, positions: ReadonlyMap<string, Position>): string[] {
  const placed: { id: string; row: number; x: number }[] = [];
  for (const id of hits) {
    const p = positions.get(id);
    if (p) placed.push({ id, row: Math.floor((p.y + NODE_HEIGHT / 2) / NODE_HEIGHT), x: p.x + NODE_WIDTH / 2 });
  }
  placed.sort((a, b) => a.row - b.row || a.x - b.x || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return placed.map((p) => p.id);
}

/** A search on the canvas as it is filtered. */
export interface CanvasSearch extends CanvasFilter {
  readonly model: MandatModel;
  readonly search: string;
}

/** The search's hits among the drawn bodies in stepping order, and how many hits the date or the filters hide; null without a search. */
export function drawnHits(s: CanvasSearch): { order: string[]; hidden: number } | null {
  const hits = searchHits(s.model, s.search);
  if (hits === null) return null;
  const order = orderHits(hits, drawnPositions(visibleBodies(s.model, s)));
  return { order, hidden: hits.size - order.length };
}

/** The hit after (or before) `current` in `order`, wrapping round; the first (or last) when `current` is not among them; null without hits. */
export function nextHit(order: readonly string[], current: string | null, backwards: boolean): string | null {
  const at = current === null ? -1 : order.indexOf(current);
  return order[cycleIndex(at, order.length, backwards)] ?? null;
}
