import { create } from 'zustand';
import type { RouteBox, RoutePoint, RouteRequest } from '../../../shared/layout/route/routeLines';

/** A routing job for the worker; `id` tells a late answer from the latest one. */
export interface RouteJob {
  readonly id: number;
  readonly boxes: readonly RouteBox[];
  readonly requests: readonly RouteRequest[];
}

export interface RouteResult {
  readonly id: number;
  readonly routes: readonly (readonly [string, RoutePoint[]])[];
}

/** The canvas's routed lines by edge id: each edge reads its own, so a new routing redraws only the lines whose route changed. */
export const useRoutes = create<{ routes: ReadonlyMap<string, RoutePoint[]> }>(() => ({ routes: new Map() }));

/** Keeps a line's old route object when its points did not change, so its edge does not draw again. */
export function setRoutes(next: Iterable<readonly [string, RoutePoint[]]>): void {
  const old = useRoutes.getState().routes;
  const merged = new Map<string, RoutePoint[]>();
  for (const [id, points] of next) {
    const before = old.get(id);
    const same = before !== undefined && before.length === points.length && before.every((p, i) => p.x === points[i]?.x && p.y === points[i]?.y);
    merged.set(id, same ? before : points);
  }
  useRoutes.setState({ routes: merged });
}
