import { describe, expect, it } from 'vitest';
import { countReadability } from '../../../../shared/export/readability';
import { routeLines, type RouteBox, type RouteRequest } from '../../../../shared/layout/route/routeLines';
import { roundedCorners, routePathData } from '../../../../shared/layout/route/roundedCorners';

const box = (id: string, x: number, y: number, width = 220, height = 84): RouteBox => ({ id, x, y, width, height });

/** A report from the top of `from` into the bottom of `to`, as the diagram and the canvas draw it. */
function report(id: string, from: RouteBox, to: RouteBox, startOffset = 0, endOffset = 0): RouteRequest {
  return {
    id,
    from: from.id,
    to: to.id,
    start: { x: from.x + from.width / 2 + startOffset, y: from.y },
    startSide: 'top',
    end: { x: to.x + to.width / 2 + endOffset, y: to.y + to.height },
    endSide: 'bottom',
  };
}

const orthogonal = (points: readonly { x: number; y: number }[]): boolean =>
  points.every((p, i) => i === 0 || p.x === (points[i - 1] as { x: number }).x || p.y === (points[i - 1] as { y: number }).y);

describe('routeLines', () => {
  const top = box('kf', 0, 0);
  const middle = box('ks', 0, 200);
  const bottom = box('klk', 0, 400);

  it('goes around a body between the two ends, orthogonally, from port to port', () => {
    const r = report('l', bottom, top);
    const points = routeLines([top, middle, bottom], [r]).get('l') ?? [];
    expect(points[0]).toEqual(r.start);
    expect(points[points.length - 1]).toEqual(r.end);
    expect(orthogonal(points)).toBe(true);
    expect(countReadability([{ id: 'l', points }], [top, middle, bottom]).intrusions).toBe(0);
    // The straight way up would have gone through the middle body.
    expect(countReadability([{ id: 'l', points: [r.start, r.end] }], [top, middle, bottom]).intrusions).toBe(1);
  });

  it('keeps its clearance from the bodies it passes', () => {
    const points = routeLines([top, middle, bottom], [report('l', bottom, top)]).get('l') ?? [];
    const inflated = { id: 'm', x: middle.x - 9, y: middle.y - 9, width: middle.width + 18, height: middle.height + 18 };
    expect(countReadability([{ id: 'l', points }], [top, inflated, bottom]).intrusions).toBe(0);
  });

  it('spreads two lines that share a lane instead of drawing one on top of the other', () => {
    const left = box('a', 0, 400);
    const right = box('b', 300, 400);
    const target = box('t', 600, 0);
    const routes = routeLines([left, right, target, box('wall', 0, 200, 520)], [report('1', left, target, 0, -10), report('2', right, target, 0, 10)]);
    const lanes = (id: string) => (routes.get(id) ?? []).slice(1, -1).map((p) => p.y);
    const shared = lanes('1').filter((y) => lanes('2').includes(y));
    expect(shared.length).toBeGreaterThan(0);
    // Horizontal stretches of the two lines never lie on the same y over the same x.
    for (const y of shared) {
      const span = (id: string) => {
        const pts = routes.get(id) ?? [];
        const xs = pts.filter((p, i) => p.y === y && (pts[i + 1]?.y === y || pts[i - 1]?.y === y)).map((p) => p.x);
        return [Math.min(...xs), Math.max(...xs)];
      };
      const [a0, a1] = span('1') as [number, number];
      const [b0, b1] = span('2') as [number, number];
      expect(a1 <= b0 || b1 <= a0).toBe(true);
    }
  });

  it('gives the same routes for the same input', () => {
    const boxes = [top, middle, bottom, box('x', 300, 200)];
    const requests = [report('a', bottom, top), report('b', boxes[3] as RouteBox, top, 0, 10)];
    expect(routeLines(boxes, requests)).toEqual(routeLines(boxes, requests));
  });
});

describe('roundedCorners', () => {
  it('rounds each bend with a curve and keeps the ends', () => {
    const path = roundedCorners([{ x: 0, y: 100 }, { x: 0, y: 50 }, { x: 80, y: 50 }, { x: 80, y: 0 }], 6);
    expect(path.filter((s) => s.op === 'C')).toHaveLength(2);
    expect(path[0]).toEqual({ op: 'M', x: 0, y: 100 });
    expect(path[path.length - 1]).toEqual({ op: 'L', x: 80, y: 0 });
    expect(routePathData([{ x: 0, y: 10 }, { x: 0, y: 0 }])).toBe('M0 10 L0 0');
  });
});

describe('routeLines between bodies closer than the clearance', () => {
  it('squeezes through the narrow gap instead of running through the neighbour', () => {
    const target = box('kf', 0, 0);
    const neighbour = box('kfn', 0, 200);
    // Six pixels under the neighbour: the usual ten-pixel clearance walls its top in.
    const source = box('sn', 0, 290);
    const points = routeLines([target, neighbour, source], [report('l', source, target)]).get('l') ?? [];
    expect(orthogonal(points)).toBe(true);
    expect(countReadability([{ id: 'l', points }], [target, neighbour, source]).intrusions).toBe(0);
  });
});
