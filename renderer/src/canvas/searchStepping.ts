import type { KeyboardEvent } from 'react';
import { create } from 'zustand';
import { requestFrame, select, useEditor } from '../store/editor';
import { drawnHits, nextHit } from './hitOrder';

/** The hit last stepped to, and the search it belongs to (another search starts afresh). */
export const useSearchStep = create<{ readonly query: string; readonly id: string | null }>()(() => ({ query: '', id: null }));

/** Enter / Shift+Enter in the search field: select and frame the next / previous hit (hitOrder.ts has the order). */
export function searchKeyDown(e: KeyboardEvent<HTMLInputElement>): void {
  if (e.key !== 'Enter' || e.altKey || e.ctrlKey || e.metaKey) return;
  e.preventDefault();
  const s = useEditor.getState();
  const found = drawnHits(s);
  if (!found) return;
  const step = useSearchStep.getState();
  const id = nextHit(found.order, step.query === s.search ? step.id : null, e.shiftKey);
  if (id === null) return;
  useSearchStep.setState({ query: s.search, id });
  select([id]);
  requestFrame();
}
