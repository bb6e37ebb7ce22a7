import { Position, type Edge, type InternalNode } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { handlePoint, linePath } from '../../renderer/src/canvas/liveDragLines';

/** A measured box as React Flow keeps it: a source handle on top, a target handle at the bottom. */
function box(id: string, x: number, y: number, width = 200, height = 80): InternalNode {
  return {
    id,
    position: { x, y },
    data: {},
    measured: { width, height },
    internals: {
      positionAbsolute: { x, y },
      z: 0,
      userNode: { id, position: { x, y }, data: {} },
      handleBounds: {
        source: [{ id: null, type: 'source', nodeId: id, position: Position.Top, x: width / 2 - 4, y: -4, width: 8, height: 8 }],
        target: [{ id: null, type: 'target', nodeId: id, position: Position.Bottom, x: width / 2 - 4, y: height - 4, width: 8, height: 8 }],
      },
    },
  } as InternalNode;
}

const edge: Edge = { id: 'l1', source: 'a', target: 'b' };
const start = (d: string | null): number[] => (/^M\s*([-\d.]+)[ ,]+([-\d.]+)/.exec(d ?? '') ?? []).slice(1).map(Number);
const end = (d: string | null): number[] => (/L\s*([-\d.]+)[ ,]+([-\d.]+)\s*$/.exec(d ?? '') ?? []).slice(1).map(Number);

describe('liveDrag', () => {
  it('puts a line end at the middle of the handle side that faces out', () => {
    const h = { position: Position.Top, x: 96, y: -4, width: 8, height: 8 };
    expect(handlePoint(h, { x: 10, y: 20 })).toEqual({ x: 110, y: 16 });
    expect(handlePoint({ ...h, position: Position.Bottom }, { x: 10, y: 20 })).toEqual({ x: 110, y: 24 });
    expect(handlePoint({ ...h, position: Position.Left }, { x: 0, y: 0 })).toEqual({ x: 96, y: 0 });
    expect(handlePoint({ ...h, position: Position.Right }, { x: 0, y: 0 })).toEqual({ x: 104, y: 0 });
  });

  it('draws the line from the dragged position of its source, not the one in the store', () => {
    const a = box('a', 0, 300);
    const b = box('b', 0, 0);
    const still = linePath(edge, a, b, new Map());
    const moved = linePath(edge, a, b, new Map([['a', { x: 240, y: 360 }]]));
    expect(start(still)).toEqual([100, 296]);
    expect(start(moved)).toEqual([340, 356]);
    // The other end stays at the receiver's bottom.
    expect(end(moved)).toEqual([100, 84]);
  });

  it('follows a dragged receiver too, and gives nothing for a box not yet measured', () => {
    const a = box('a', 0, 300);
    const b = box('b', 0, 0);
    expect(end(linePath(edge, a, b, new Map([['b', { x: -120, y: 12 }]])))).toEqual([-20, 96]);
    const unmeasured = { ...b, internals: { ...b.internals, handleBounds: undefined } } as InternalNode;
    expect(linePath(edge, a, unmeasured, new Map())).toBeNull();
  });
});
