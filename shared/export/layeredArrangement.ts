import { KIND_ROW } from '../layout/orgChart';
import type { MandatModel, Position } from '../model/types';
import type { Language } from '../model/vocabulary';
import { layoutBodies } from './diagramBodies';
import { mapView, type ViewOptions } from './view';

/** Room for the router: lanes between boxes side by side, and between rows for the lines' bends and labels. */
const SPACING = { nodeNode: 40, betweenLayers: 64 } as const;
const LOWEST_ROW = Math.max(...Object.values(KIND_ROW));
/**
 * Up to this many bodies, ELK lays out the whole map as one graph, so bodies without lines
 * stand in their row; a larger map is laid out one connected part at a time (a 300-body
 * map takes ELK 10 s as one graph, 4 s in parts).
 */
const ONE_GRAPH_MAX = 150;

/** The part of ELK's graph this module reads back. */
interface LaidOut {
  readonly children?: readonly { readonly id: string; readonly x?: number; readonly y?: number }[];
}

/**
 * The bodies of the view placed by ELK's layered layout with crossing minimisation, lines
 * pointing up (a body stands below the one it reports to) and each kind of body no higher
 * than its row of the organisation chart (partitions). ELK is loaded only when asked.
 */
export async function layeredPositions(model: MandatModel, options: ViewOptions & { readonly lang: Language }): Promise<Map<string, Position>> {
  const view = mapView(model, options);
  if (view.bodies.length === 0) return new Map();
  // Each box as tall as its text makes it when nothing limits it, so names keep their size.
  const boxes = view.bodies.map((v) => layoutBodies([v], new Map(), options.lang)[0]).filter((b) => b !== undefined);
  const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
  const graph = (await new ELK().layout({
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.direction': 'UP',
      'elk.partitioning.activate': 'true',
      'elk.separateConnectedComponents': String(view.bodies.length > ONE_GRAPH_MAX),
      'elk.spacing.nodeNode': String(SPACING.nodeNode),
      'elk.layered.spacing.nodeNodeBetweenLayers': String(SPACING.betweenLayers),
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
    },
    // Partitions run the way the layout does (up): the lowest row of the chart is partition 0.
    children: boxes.map((b) => ({
      id: b.view.body.id,
      width: b.width,
      height: b.height,
      layoutOptions: { 'elk.partitioning.partition': String(LOWEST_ROW - KIND_ROW[b.view.body.kind]) },
    })),
    edges: view.lines.filter((l) => l.from !== l.to).map((l) => ({ id: `e-${l.id}`, sources: [l.from], targets: [l.to] })),
  })) as LaidOut;
  return new Map((graph.children ?? []).map((c) => [c.id, { x: Math.round(c.x ?? 0), y: Math.round(c.y ?? 0) }]));
}
