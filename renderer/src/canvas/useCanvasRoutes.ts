import type { Edge } from '@xyflow/react';
import { useCallback, useEffect, useRef } from 'react';
import { routeLines } from '../../../shared/layout/route/routeLines';
import { canvasRouting } from './canvasRouting';
import { gestureLive, whenNoGesture } from './gesture';
import type { BodyNode } from './graph';
import { setRoutes, type RouteJob, type RouteResult } from './routeStore';

/**
 * How long a change waits at most for an idle moment before its lines are routed. The
 * routing waits for the page to be idle: a newly opened map is first drawn with plain
 * step lines, measured, and only then routed, once (routing as it was drawn made the
 * router's answer arrive in the middle of the first drawing and every line draw twice).
 */
const IDLE_TIMEOUT_MS = 300;

/** Runs `run` when the page is next idle (or after `timeoutMs`); returns a cancel function. */
function whenIdle(run: () => void, timeoutMs: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: timeoutMs });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(run, 0);
  return () => clearTimeout(id);
}

/**
 * Routes the lines around the bodies whenever the placed bodies or the lines change: not
 * while a body is dragged (its lines are drawn as plain steps until it is dropped), when
 * the page is idle after the change (a burst of changes routes once), and in a worker,
 * so the window stays responsive on a large map. Where workers are missing the routes
 * are computed here. Returns the function to call when React Flow has measured bodies
 * anew (`measured` is filled in place, so the hook cannot see it change). Nothing is routed
 * while `enabled` is false: the canvas holds a newly opened map's routing until the map is
 * drawn and the page idle, since an idle moment between the tasks of a large map's first
 * drawing started the router, and its answer redrew every line before that drawing was out.
 */
export function useCanvasRoutes(nodes: readonly BodyNode[], edges: readonly Edge[], measured: ReadonlyMap<string, { width: number; height: number }>, enabled = true): () => void {
  const worker = useRef<Worker | null>(null);
  const job = useRef(0);
  const lastKey = useRef('');
  // One job in the worker at a time and only the newest waiting: a burst of changes on a
  // large map (an arrow key held down) must not queue a full routing for every step.
  const busy = useRef(false);
  const waiting = useRef<RouteJob | null>(null);

  // The worker starts with the first routing, when the page is idle after the first
  // drawing: loading its script is no part of drawing a newly opened map.
  const workerFor = useCallback((): Worker | null => {
    if (worker.current || typeof Worker === 'undefined') return worker.current;
    const w = new Worker(new URL('./routeWorker.ts', import.meta.url), { type: 'module' });
    const next = (): void => {
      const queued = waiting.current;
      waiting.current = null;
      busy.current = queued !== null;
      if (queued) w.postMessage(queued);
    };
    w.onmessage = (event: MessageEvent<RouteResult>) => {
      // Redrawing every line is no work for the middle of a drag: the routes wait for the
      // first idle moment after the drop, and are left if the drop has started a newer routing.
      const { id, routes } = event.data;
      const apply = (): void => {
        if (id === job.current) setRoutes(routes);
      };
      if (gestureLive()) whenNoGesture(() => void whenIdle(apply, IDLE_TIMEOUT_MS));
      else apply();
      next();
    };
    // Should routing ever fail, the lines stay drawn as plain steps; the next change tries again.
    w.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      console.error('Mandat: routing the lines failed', event.message);
      next();
    };
    worker.current = w;
    return w;
  }, []);
  useEffect(
    () => () => {
      worker.current?.terminate();
      worker.current = null;
      lastKey.current = '';
      busy.current = false;
      waiting.current = null;
    },
    [],
  );

  // The newest boxes and lines, read when the page is idle; a change replaces a routing
  // not yet started, so a burst of changes (a map opened, then measured) routes once.
  const latest = useRef({ nodes, edges, measured, enabled });
  latest.current = { nodes, edges, measured, enabled };
  const cancel = useRef<(() => void) | null>(null);
  const schedule = useCallback((): void => {
    if (!latest.current.enabled) return;
    cancel.current?.();
    cancel.current = whenIdle(() => {
      cancel.current = null;
      const routing = canvasRouting(latest.current.nodes, latest.current.edges, latest.current.measured);
      // The same boxes and lines (a selection, a highlight) route the same way: nothing to do.
      if (routing.key === lastKey.current) return;
      lastKey.current = routing.key;
      const id = ++job.current;
      const w = workerFor();
      if (w) {
        const message: RouteJob = { id, boxes: routing.boxes, requests: routing.requests };
        if (busy.current) waiting.current = message;
        else {
          busy.current = true;
          w.postMessage(message);
        }
      } else setRoutes(routeLines(routing.boxes, routing.requests));
    }, IDLE_TIMEOUT_MS);
  }, [workerFor]);
  useEffect(schedule, [nodes, edges, measured, enabled, schedule]);
  useEffect(() => () => cancel.current?.(), []);
  // New measurements route again without drawing the canvas again.
  return schedule;
}
