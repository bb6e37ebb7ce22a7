/**
 * `npm run bench`, routed lines: on the sample (both dates) and a 300-body synthetic map,
 * lines through foreign boxes and crossings in the SVG `mandat export` writes, against
 * ELK's layered layout with orthogonal routing of the same graph (the same boxes and
 * lines); and how long routing the 300-body map takes (goal ≤ 1 s).
 */
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkExtendedEdge } from 'elkjs/lib/elk-api';
import { analyse } from '../../shared/analysis/analyse';
import { diagramScene } from '../../shared/export/diagram';
import { layoutBodies } from '../../shared/export/diagramBodies';
import { lineGroups } from '../../shared/export/diagramLines';
import { layeredPositions } from '../../shared/export/layeredArrangement';
import { countReadability, svgReadability, type DrawnLine, type Readability } from '../../shared/export/readability';
import { sceneToSvg } from '../../shared/export/svg';
import { mapView } from '../../shared/export/view';
import { restoreText } from '../../shared/file/restore';
import type { MandatModel } from '../../shared/model/types';
import { generateMap } from './synthetic';

const GOAL_MS = 1000;

/** The SVG `mandat export` writes, with the bodies where they stand on the map or (`--layout layered`) where ELK's layered layout puts them. */
async function routed(model: MandatModel, asOf: string, arrangement: 'map' | 'layered'): Promise<Readability> {
  const findings = analyse(model, { asOf }).findings;
  const positions = arrangement === 'layered' ? await layeredPositions(model, { asOf, lang: 'sv' }) : undefined;
  return svgReadability(sceneToSvg(diagramScene(model, findings, { asOf, lang: 'sv', badges: true, legend: true, funding: false, ...(positions ? { positions } : {}) })));
}

/** The same boxes and lines laid out by ELK's layered algorithm, lines routed orthogonally, then counted the same way. */
export async function elkLayered(model: MandatModel, asOf: string): Promise<Readability> {
  const view = mapView(model, { asOf });
  const boxes = layoutBodies(view.bodies, new Map(), 'sv');
  const edges = view.lines.filter((l) => l.from !== l.to).map((l) => ({ id: `e-${l.id}`, sources: [l.from], targets: [l.to] }));
  const graph = await new ELK().layout({
    id: 'root',
    layoutOptions: { 'elk.algorithm': 'layered', 'elk.edgeRouting': 'ORTHOGONAL', 'elk.direction': 'UP', 'elk.spacing.nodeNode': '36', 'elk.layered.spacing.nodeNodeBetweenLayers': '48' },
    children: boxes.map((b) => ({ id: b.view.body.id, width: b.width, height: b.height })),
    edges,
  });
  const drawnBoxes = (graph.children ?? []).map((c) => ({ id: c.id, x: c.x ?? 0, y: c.y ?? 0, width: c.width ?? 0, height: c.height ?? 0 }));
  const lines: DrawnLine[] = ((graph.edges ?? []) as ElkExtendedEdge[]).map((e) => ({
    id: e.id,
    points: (e.sections ?? []).flatMap((s) => [s.startPoint, ...(s.bendPoints ?? []), s.endPoint]),
  }));
  return countReadability(lines, drawnBoxes);
}

/** Median time (ms) of routing and labelling every line of the map's diagram. */
function routingMs(model: MandatModel, asOf: string, runs: number): number {
  const view = mapView(model, { asOf });
  const boxes = new Map(layoutBodies(view.bodies, new Map(), 'sv').map((b) => [b.view.body.id as string, b]));
  const times: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const t0 = performance.now();
    lineGroups(view, boxes, 'sv', false);
    if (i > 0) times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

const show = (r: Readability): string => `${String(r.linesThroughBoxes).padStart(4)} of ${String(r.lines).padEnd(4)} lines through foreign boxes (${r.intrusions} intrusions), ${String(r.crossings).padStart(5)} crossings`;

export async function main(samplePath: string): Promise<boolean> {
  const restored = restoreText(readFileSync(samplePath, 'utf8'));
  if (!restored.ok) throw new Error('the sample does not load');
  const large = generateMap({ bodies: 300, members: 1_200, memberships: 3_600, lines: 450, seed: 7 });
  console.log('Routed lines (the SVG of `mandat export`, against ELK layered + orthogonal routing of the same graph)');
  let ok = true;
  for (const [name, model, asOf, sample] of [
    ['sample (Eskilstuna, 2021-09-26)', restored.model, '2021-09-26', true],
    ['sample (Eskilstuna, 2023-06-01)', restored.model, '2023-06-01', true],
    ['synthetic, 300 bodies / 450 lines', large, '2024-01-01', false],
  ] as const) {
    const asDrawn = await routed(model, asOf, 'map');
    const elk = await elkLayered(model, asOf);
    console.log(`  ${name}`);
    // The map as the user placed it: no line through a foreign box; its crossings are the placement's.
    const drawnPass = asDrawn.linesThroughBoxes === 0;
    ok &&= drawnPass;
    console.log(`    ${drawnPass ? 'PASS' : 'MISS'}  routed, as placed        ${show(asDrawn)}   goal: 0 through boxes`);
    if (sample) {
      // The export laid out for reading (`mandat export --layout layered`): crossings no more than ELK's own routing.
      const layered = await routed(model, asOf, 'layered');
      const pass = layered.linesThroughBoxes === 0 && layered.crossings <= elk.crossings;
      ok &&= pass;
      console.log(`    ${pass ? 'PASS' : 'MISS'}  routed, layered layout   ${show(layered)}   goal: 0 through boxes, crossings ≤ ELK`);
    }
    console.log(`    info  ELK layered, own routes  ${show(elk)}`);
  }
  const ms = routingMs(large, '2024-01-01', 5);
  const pass = ms <= GOAL_MS;
  console.log(`  ${pass ? 'PASS' : 'MISS'}  routing the 300-body map ${ms.toFixed(0).padStart(6)} ms   goal ≤ ${GOAL_MS} ms (median of 5, labels included)`);
  return ok && pass;
}

// `npx tsx test/bench/routing.ts` runs this section alone.
if (process.argv[1]?.endsWith('routing.ts')) await main(fileURLToPath(new URL('../../examples/eskilstuna.mandat', import.meta.url)));
