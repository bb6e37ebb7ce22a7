/// <reference lib="webworker" />
// Runs ELK's layered layout off the main thread, so a large map never freezes the window.
import ELK from 'elkjs/lib/elk.bundled.js';
import type { LayoutRequest, LayoutMessage } from './protocol';

const elk = new ELK();
const post = (m: LayoutMessage): void => (self as unknown as Worker).postMessage(m);

self.onmessage = async (event: MessageEvent<LayoutRequest>) => {
  const { nodes, edges, width } = event.data;
  post({ type: 'progress', value: 0.1 });
  try {
    const graph = await elk.layout({
      id: 'root',
      layoutOptions: {
        'elk.algorithm': 'layered',
        'elk.direction': 'DOWN',
        'elk.partitioning.activate': 'true',
        'elk.spacing.nodeNode': '40',
        'elk.layered.spacing.nodeNodeBetweenLayers': '70',
        'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
      },
      children: nodes.map((n) => ({ id: n.id, width, height: n.height, layoutOptions: { 'elk.partitioning.partition': String(n.band) } })),
      edges: edges.map((e, i) => ({ id: `e${i}`, sources: [e.from], targets: [e.to] })),
    });
    post({ type: 'progress', value: 0.9 });
    post({ type: 'done', positions: (graph.children ?? []).map((c) => ({ id: c.id, x: Math.round(c.x ?? 0), y: Math.round(c.y ?? 0) })) });
  } catch (e) {
    post({ type: 'error', message: e instanceof Error ? e.message : String(e) });
  }
};
