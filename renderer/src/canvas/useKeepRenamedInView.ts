import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useEffect } from 'react';
import { NODE_HEIGHT, NODE_WIDTH } from '../../../shared/layout/bandLayout';
import { DETAIL_ZOOM } from './BodyNode';
import { useRenaming } from './renaming';

/**
 * Brings the body whose name is being edited into view (at the same zoom) when it is
 * outside it: a body just added below the map is named where it can be seen, and the
 * browser never scrolls the canvas itself to reach the field. Zoomed out so far that boxes
 * are drawn without their names (and so without the field), it zooms in to full size.
 */
/** How many frames to wait for the body to be drawn (about a second). */
const MAX_FRAMES = 60;

export function useKeepRenamedInView(): void {
  const id = useRenaming((s) => s.id);
  const flow = useReactFlow();
  const store = useStoreApi();
  useEffect(() => {
    if (id === null) return;
    // A body just added reaches React Flow a render or two later (the canvas draws the map
    // deferred): looked for once, it was not there yet and was named outside the view.
    let tries = 0;
    let frame = requestAnimationFrame(function bringIntoView() {
      const node = flow.getInternalNode(id);
      if (!node) {
        if (++tries < MAX_FRAMES) frame = requestAnimationFrame(bringIntoView);
        return;
      }
      const { width, height, transform } = store.getState();
      const [tx, ty, zoom] = transform;
      const w = node.measured.width ?? NODE_WIDTH;
      const h = node.measured.height ?? NODE_HEIGHT;
      const { x, y } = node.internals.positionAbsolute;
      const left = x * zoom + tx;
      const top = y * zoom + ty;
      const inView = left >= 0 && top >= 0 && left + w * zoom <= width && top + h * zoom <= height;
      if (zoom < DETAIL_ZOOM) void flow.setCenter(x + w / 2, y + h / 2, { zoom: 1, duration: 200 });
      else if (!inView) void flow.setCenter(x + w / 2, y + h / 2, { zoom, duration: 200 });
    });
    return () => cancelAnimationFrame(frame);
  }, [id, flow, store]);
}
