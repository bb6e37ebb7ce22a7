import type { Edge } from '@xyflow/react';
import { NODE_HEIGHT, NODE_WIDTH } from '../../../shared/layout/bandLayout';
import type { RouteBox, RoutePoint, RouteRequest } from '../../../shared/layout/route/routeLines';
import type { BodyNode } from './graph';

/** What the router needs from the canvas: the boxes, the lines, and a key that changes when either does. */
export interface CanvasRouting {
  readonly boxes: readonly RouteBox[];
  readonly requests: readonly RouteRequest[];
  readonly key: string;
}

/**
 * The canvas's bodies and lines as a routing problem. Every line leaves the top of its
 * source and enters the bottom of its target, where the canvas's handles are (reports go
 * up; funding and decided-by links are drawn the same way round).
 */
export function canvasRouting(nodes: readonly BodyNode[], edges: readonly Edge[], measured: ReadonlyMap<string, { width: number; height: number }>): CanvasRouting {
  const boxes = new Map<string, RouteBox>();
  const key: string[] = [];
  for (const n of nodes) {
    const size = measured.get(n.id) ?? n.measured;
    const box = { id: n.id, x: n.position.x, y: n.position.y, width: size?.width ?? NODE_WIDTH, height: size?.height ?? NODE_HEIGHT };
    boxes.set(n.id, box);
    key.push(`${n.id} ${box.x} ${box.y} ${box.width} ${box.height}`);
  }
  const requests: RouteRequest[] = [];
  for (const e of edges) {
    const from = boxes.get(e.source);
    const to = boxes.get(e.target);
    if (!from || !to || from === to) continue;
    requests.push({
      id: e.id,
      from: from.id,
      to: to.id,
      start: { x: from.x + from.width / 2, y: from.y },
      startSide: 'top',
      end: { x: to.x + to.width / 2, y: to.y + to.height },
      endSide: 'bottom',
    });
    key.push(`${e.id} ${e.source} ${e.target}`);
  }
  return { boxes: [...boxes.values()], requests, key: key.join('\n') };
}

/** Handles sit a few pixels off the box; a route's ends may be moved that far along its first and last segments. */
const HANDLE_SLACK = 10;

/**
 * The route with its ends moved onto the handles React Flow draws the edge between, or
 * null when the route was made for other positions (a body being dragged, or not yet
 * routed): then the edge draws a plain step line until the new route arrives.
 */
export function routeBetween(route: readonly RoutePoint[] | undefined, source: RoutePoint, target: RoutePoint): RoutePoint[] | null {
  if (!route || route.length < 2) return null;
  const first = route[0] as RoutePoint;
  const last = route[route.length - 1] as RoutePoint;
  const fits = (p: RoutePoint, q: RoutePoint): boolean => Math.abs(p.x - q.x) < 1 && Math.abs(p.y - q.y) <= HANDLE_SLACK;
  if (!fits(first, source) || !fits(last, target)) return null;
  const out = route.map((p) => ({ ...p }));
  // The first and last segments are vertical (out of the top, into the bottom): only their y moves.
  out[0] = { x: first.x, y: source.y };
  out[out.length - 1] = { x: last.x, y: target.y };
  return out;
}
