import type { KeyboardEvent } from 'react';
import { create } from 'zustand';
import { NODE_HEIGHT, NODE_WIDTH } from '../../../shared/layout/bandLayout';
import type { Position } from '../../../shared/model/types';
import { requestFrame, select, useEditor, type EditorState } from '../store/editor';
import { searchHits } from './search';
import { drawnPositions, visibleBodies } from './visibleBodies';

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

/** The next place in a list of `count` after `current` (-1: none yet), wrapping round at both ends. */
export function stepIndex(current: number, count: number, backwards: boolean): number {
  if (count === 0) return -1;
  if (current < 0 || current >= count) return backwards ? count - 1 : 0;
  return (current + (backwards ? count - 1 : 1)) % count;
}

/** The hit last stepped to, and the search it belongs to (another search starts afresh). */
export const useSearchStep = create<{ readonly query: string; readonly id: string | null }>()(() => ({ query: '', id: null }));

type Searched = Pick<EditorState, 'model' | 'search' | 'asOf' | 'levels' | 'kind'>;

/** The search's hits among the drawn bodies in stepping order, and how many hits the date or the filters hide; null without a search. */
export function drawnHits(s: Searched): { order: string[]; hidden: number } | null {
  const hits = searchHits(s.model, s.search);
  if (hits === null) return null;
  const order = orderHits(hits, drawnPositions(visibleBodies(s.model, s)));
  return { order, hidden: hits.size - order.length };
}

/** Enter / Shift+Enter in the search field: select and frame the next / previous hit. */
export function searchKeyDown(e: KeyboardEvent<HTMLInputElement>): void {
  if (e.key !== 'Enter' || e.altKey || e.ctrlKey || e.metaKey) return;
  e.preventDefault();
  const s = useEditor.getState();
  const found = drawnHits(s);
  if (!found || found.order.length === 0) return;
  const step = useSearchStep.getState();
  const at = step.query === s.search && step.id !== null ? found.order.indexOf(step.id) : -1;
  const id = found.order[stepIndex(at, found.order.length, e.shiftKey)] as string;
  useSearchStep.setState({ query: s.search, id });
  select([id]);
  requestFrame();
}
