import type { Edge } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { canvasRouting, routeBetween } from '../../renderer/src/canvas/canvasRouting';
import type { BodyNode } from '../../renderer/src/canvas/graph';
import { routeLines } from '../../shared/layout/route/routeLines';

const node = (id: string, x: number, y: number): BodyNode => ({ id, type: 'body', position: { x, y }, data: {} as BodyNode['data'] });
const edge = (id: string, source: string, target: string): Edge => ({ id, source, target });

describe('the canvas as a routing problem', () => {
  const nodes = [node('kf', 0, 0), node('kfn', 0, 200), node('sn', 0, 400)];
  const edges = [edge('l', 'sn', 'kf'), edge('self', 'kf', 'kf')];

  it('routes each line from the top of its source to the bottom of its target, with the measured sizes', () => {
    const r = canvasRouting(nodes, edges, new Map([['kf', { width: 220, height: 100 }]]));
    expect(r.requests).toEqual([{ id: 'l', from: 'sn', to: 'kf', start: { x: 110, y: 400 }, startSide: 'top', end: { x: 110, y: 100 }, endSide: 'bottom' }]);
  });

  it('has a key that changes when a body moves, not when nothing does', () => {
    const a = canvasRouting(nodes, edges, new Map());
    expect(canvasRouting(nodes, edges, new Map()).key).toBe(a.key);
    expect(canvasRouting([node('kf', 0, 0), node('kfn', 0, 200), node('sn', 12, 400)], edges, new Map()).key).not.toBe(a.key);
  });

  it('fits a route onto the handles a few pixels off the box, and refuses one made for another position', () => {
    const r = canvasRouting(nodes, edges, new Map());
    const route = routeLines(r.boxes, r.requests).get('l');
    const fitted = routeBetween(route, { x: 110, y: 396 }, { x: 110, y: 88 });
    expect(fitted?.[0]).toEqual({ x: 110, y: 396 });
    expect(fitted?.[fitted.length - 1]).toEqual({ x: 110, y: 88 });
    // The source dragged 30 px to the right: the old route no longer starts there.
    expect(routeBetween(route, { x: 140, y: 396 }, { x: 110, y: 88 })).toBeNull();
    expect(routeBetween(undefined, { x: 110, y: 396 }, { x: 110, y: 88 })).toBeNull();
  });
});
