import { getSmoothStepPath, Position, type Edge, type InternalNode, type XYPosition } from '@xyflow/react';

/** Where a dragged body's lines go during the gesture (liveDrag.ts); no DOM here, so the Node tests can check it. */

type Handle = { readonly id?: string | null; readonly position: Position; readonly x: number; readonly y: number; readonly width: number; readonly height: number };

/** Where a line meets a handle of a box at `at` (React Flow's own rule: the middle of the handle's outer side). */
export function handlePoint(handle: Handle, at: XYPosition): XYPosition {
  const x = at.x + handle.x;
  const y = at.y + handle.y;
  switch (handle.position) {
    case Position.Top:
      return { x: x + handle.width / 2, y };
    case Position.Bottom:
      return { x: x + handle.width / 2, y: y + handle.height };
    case Position.Left:
      return { x, y: y + handle.height / 2 };
    default:
      return { x: x + handle.width, y: y + handle.height / 2 };
  }
}

function pickHandle(handles: readonly Handle[] | null | undefined, id: string | null | undefined): Handle | undefined {
  if (!handles || handles.length === 0) return undefined;
  return (id ? handles.find((h) => h.id === id) : undefined) ?? handles[0];
}

/** The step path of a line between its two boxes, either of them perhaps at a dragged position; null when a box has no measured handles yet. */
export function linePath(edge: Edge, source: InternalNode, target: InternalNode, positions: ReadonlyMap<string, XYPosition>): string | null {
  const from = pickHandle(source.internals.handleBounds?.source, edge.sourceHandle);
  const to = pickHandle(target.internals.handleBounds?.target, edge.targetHandle);
  if (!from || !to) return null;
  const a = handlePoint(from, positions.get(source.id) ?? source.internals.positionAbsolute);
  const b = handlePoint(to, positions.get(target.id) ?? target.internals.positionAbsolute);
  return getSmoothStepPath({ sourceX: a.x, sourceY: a.y, sourcePosition: from.position, targetX: b.x, targetY: b.y, targetPosition: to.position, borderRadius: 6 })[0];
}
