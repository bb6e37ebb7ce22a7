import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useCallback, useEffect, useRef } from 'react';
import { NODE_HEIGHT, NODE_WIDTH } from '../../../shared/layout/bandLayout';
import { useEditor } from '../store/editor';
import { fitTargets, FIT_MAX_ZOOM, FIT_PADDING, frameElements, type Rect } from './framing';
import type { BodyNode } from './graph';

/** How long a framing move takes: long enough to see where the view went, short enough not to wait. */
const FRAME_DURATION = 300;

/**
 * The canvas's framing: a frame request (a finding clicked, a search hit stepped to)
 * scrolls to the highlighted or selected bodies at a readable zoom, and Fit View (the
 * control, the View menu) frames only what the filters show. Returns Fit View.
 */
export function useCanvasFraming(shown: readonly BodyNode[], hits: ReadonlySet<string> | null): () => void {
  const flow = useReactFlow<BodyNode>();
  const flowStore = useStoreApi<BodyNode>();
  const frameRequest = useEditor((s) => s.frameRequest);
  // Fit View reads what is shown when it is pressed, without making a new callback at every edit.
  const latest = useRef({ shown, hits });
  latest.current = { shown, hits };

  const fitShown = useCallback(() => {
    const ids = fitTargets(
      latest.current.shown.map((n) => n.id),
      latest.current.hits,
    );
    if (ids.length > 0) void flow.fitView({ nodes: ids.map((id) => ({ id })), padding: FIT_PADDING, maxZoom: FIT_MAX_ZOOM, duration: FRAME_DURATION });
  }, [flow]);

  useEffect(() => {
    if (frameRequest === 0) return;
    // Read when the request comes, not from this render's (deferred) selection.
    const { highlight, selectedBodies } = useEditor.getState();
    const ids = highlight ? [...highlight.bodies] : selectedBodies;
    const rects: Rect[] = [];
    for (const id of ids) {
      const node = flow.getInternalNode(id);
      if (!node) continue;
      const at = node.internals.positionAbsolute;
      rects.push({ x: at.x, y: at.y, width: node.measured.width ?? NODE_WIDTH, height: node.measured.height ?? NODE_HEIGHT });
    }
    const { width, height } = flowStore.getState();
    const view = width > 0 && height > 0 ? frameElements(rects, width, height) : null;
    if (view) void flow.setViewport(view, { duration: FRAME_DURATION });
  }, [frameRequest, flow, flowStore]);

  // Zoom commands from the desktop shell's View menu (and anything else that sends them).
  useEffect(() => {
    const onZoom = (e: Event): void => {
      const how = (e as CustomEvent<'in' | 'out' | 'reset' | 'fit'>).detail;
      if (how === 'in') void flow.zoomIn();
      else if (how === 'out') void flow.zoomOut();
      else if (how === 'reset') void flow.zoomTo(1);
      else fitShown();
    };
    window.addEventListener('mandat:zoom', onZoom);
    return () => window.removeEventListener('mandat:zoom', onZoom);
  }, [flow, fitShown]);

  return fitShown;
}
