import type { Edge } from '@xyflow/react';
import { useEffect, useMemo, useReducer, useRef } from 'react';
import { routeLines } from '../../../shared/layout/route/routeLines';
import { canvasRouting } from './canvasRouting';
import type { BodyNode } from './graph';
import { setRoutes, type RouteJob, type RouteResult } from './routeStore';

/**
 * Routes the lines around the bodies whenever the placed bodies or the lines change: not
 * while a body is dragged (its lines are drawn as plain steps until it is dropped), and in
 * a worker, so the window stays responsive on a large map. Where workers are missing the
 * routes are computed here. Returns the function to call when React Flow has measured
 * bodies anew (`measured` is filled in place, so the hook cannot see it change).
 */
export function useCanvasRoutes(nodes: readonly BodyNode[], edges: readonly Edge[], measured: ReadonlyMap<string, { width: number; height: number }>): () => void {
  const [sizes, measuredChanged] = useReducer((n: number) => n + 1, 0);
  // `sizes` stands for the changes made inside `measured`.
  const routing = useMemo(() => canvasRouting(nodes, edges, measured), [nodes, edges, measured, sizes]);
  const worker = useRef<Worker | null>(null);
  const job = useRef(0);
  const lastKey = useRef('');
  // One job in the worker at a time and only the newest waiting: a burst of changes on a
  // large map (an arrow key held down) must not queue a full routing for every step.
  const busy = useRef(false);
  const waiting = useRef<RouteJob | null>(null);

  useEffect(() => {
    if (typeof Worker === 'undefined') return;
    const w = new Worker(new URL('./routeWorker.ts', import.meta.url), { type: 'module' });
    const next = (): void => {
      const queued = waiting.current;
      waiting.current = null;
      busy.current = queued !== null;
      if (queued) w.postMessage(queued);
    };
    w.onmessage = (event: MessageEvent<RouteResult>) => {
      if (event.data.id === job.current) setRoutes(event.data.routes);
      next();
    };
    // Should routing ever fail, the lines stay drawn as plain steps; the next change tries again.
    w.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      console.error('Mandat: routing the lines failed', event.message);
      next();
    };
    worker.current = w;
    return () => {
      w.terminate();
      worker.current = null;
      lastKey.current = '';
      busy.current = false;
      waiting.current = null;
    };
  }, []);

  useEffect(() => {
    // The same boxes and lines (a selection, a highlight) route the same way: nothing to do.
    if (routing.key === lastKey.current) return;
    lastKey.current = routing.key;
    const id = ++job.current;
    const w = worker.current;
    if (w) {
      const message: RouteJob = { id, boxes: routing.boxes, requests: routing.requests };
      if (busy.current) waiting.current = message;
      else {
        busy.current = true;
        w.postMessage(message);
      }
    } else setRoutes(routeLines(routing.boxes, routing.requests));
  }, [routing]);
  return measuredChanged;
}
