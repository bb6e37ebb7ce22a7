import { KIND_ROW } from '../layout/orgChart';
import type { MandatModel, Position } from '../model/types';
import type { Language } from '../model/vocabulary';
import { layoutBodies } from './diagramBodies';
import { lineGroups } from './diagramLines';
import { countReadability, type DrawnLine } from './readability';
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
 * The placements ELK is asked for, in turn until one routes without crossings: with the
 * map's order as a tie-break (stable between exports) or without it, each with ELK's
 * node placements that suit a chart. Our router, not ELK's, draws the lines, so the
 * placement whose routed lines cross least is kept.
 */
const TRIES: readonly { readonly order: string; readonly placement: string; readonly seed: number }[] = [
  { order: 'NODES_AND_EDGES', placement: 'BRANDES_KOEPF', seed: 1 },
  { order: 'NODES_AND_EDGES', placement: 'NETWORK_SIMPLEX', seed: 1 },
  { order: 'PREFER_EDGES', placement: 'NETWORK_SIMPLEX', seed: 1 },
  { order: 'NONE', placement: 'BRANDES_KOEPF', seed: 1 },
  { order: 'NONE', placement: 'NETWORK_SIMPLEX', seed: 3 },
  { order: 'NONE', placement: 'LINEAR_SEGMENTS', seed: 1 },
];

/**
 * The bodies of the view placed by ELK's layered layout with crossing minimisation, lines
 * pointing up (a body stands below the one it reports to) and each kind of body no higher
 * than its row of the organisation chart (partitions); of the placements tried, the one
 * whose lines, routed as the export routes them, cross least. ELK is loaded only when asked.
 */
export async function layeredPositions(model: MandatModel, options: ViewOptions & { readonly lang: Language }): Promise<Map<string, Position>> {
  const view = mapView(model, options);
  if (view.bodies.length === 0) return new Map();
  // Each box as tall as its text makes it when nothing limits it, so names keep their size.
  const boxes = view.bodies.map((v) => layoutBodies([v], new Map(), options.lang)[0]).filter((b) => b !== undefined);
  const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
  const elk = new ELK();
  const oneGraph = view.bodies.length <= ONE_GRAPH_MAX;
  let best: { positions: Map<string, Position>; crossings: number } | null = null;
  for (const attempt of oneGraph ? TRIES : TRIES.slice(0, 1)) {
    const graph = (await elk.layout({
      id: 'root',
      layoutOptions: {
        'elk.algorithm': 'layered',
        'elk.edgeRouting': 'ORTHOGONAL',
        'elk.direction': 'UP',
        'elk.partitioning.activate': 'true',
        'elk.separateConnectedComponents': String(!oneGraph),
        'elk.spacing.nodeNode': String(SPACING.nodeNode),
        'elk.layered.spacing.nodeNodeBetweenLayers': String(SPACING.betweenLayers),
        'elk.layered.considerModelOrder.strategy': attempt.order,
        'elk.layered.nodePlacement.strategy': attempt.placement,
        'elk.randomSeed': String(attempt.seed),
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
    const positions = new Map((graph.children ?? []).map((c) => [c.id, { x: Math.round(c.x ?? 0), y: Math.round(c.y ?? 0) }]));
    if (!oneGraph) return positions;
    const crossings = routedCrossings(model, options, positions);
    if (best === null || crossings < best.crossings) best = { positions, crossings };
    if (crossings === 0) break;
  }
  return best?.positions ?? new Map();
}

/** How often the lines cross when the export routes them with the bodies at these positions. */
export function routedCrossings(model: MandatModel, options: ViewOptions & { readonly lang: Language }, positions: ReadonlyMap<string, Position>): number {
  const view = mapView(model, { ...options, positions });
  const boxes = layoutBodies(view.bodies, new Map(), options.lang);
  const { lines } = lineGroups(view, new Map(boxes.map((b) => [b.view.body.id as string, b])), options.lang, false);
  const drawn: DrawnLine[] = lines.map((g) => ({ id: g.id, points: g.items.flatMap((i) => (i.type === 'path' ? i.segments.map((p) => ({ x: p.x, y: p.y })) : [])) }));
  return countReadability(drawn, boxes.map((b) => ({ id: b.view.body.id, x: b.x, y: b.y, width: b.width, height: b.height }))).crossings;
}
