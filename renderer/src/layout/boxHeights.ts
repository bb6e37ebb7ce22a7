import { boxHeightOf } from '../../../shared/layout/boxHeight';
import type { Body } from '../../../shared/model/types';

/**
 * How tall each body's box is for the layouts: as the canvas draws it now (a chair's line,
 * the font the computer has), and never less than its longest name may make it on another
 * date. The boxes are measured once, in one pass, when the layout starts.
 */
export function boxHeights(): (body: Body) => number {
  const drawn = new Map<string, number>();
  for (const el of document.querySelectorAll<HTMLElement>('.react-flow__node[data-id]')) drawn.set(el.dataset.id ?? '', el.offsetHeight);
  return (body) => Math.max(drawn.get(body.id) ?? 0, boxHeightOf(body));
}
