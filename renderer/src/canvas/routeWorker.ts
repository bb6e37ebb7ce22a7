/// <reference lib="webworker" />
// Routes the canvas's lines off the main thread, so a large map never stutters when a body is dropped.
import { routeLines } from '../../../shared/layout/route/routeLines';
import type { RouteJob, RouteResult } from './routeStore';

self.onmessage = (event: MessageEvent<RouteJob>) => {
  const { id, boxes, requests } = event.data;
  const routes = routeLines(boxes, requests);
  const result: RouteResult = { id, routes: [...routes] };
  (self as unknown as Worker).postMessage(result);
};
