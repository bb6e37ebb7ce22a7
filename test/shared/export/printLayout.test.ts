import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../shared/analysis/analyse';
import { diagramScene } from '../../../shared/export/diagram';
import { layeredPositions } from '../../../shared/export/layeredArrangement';
import type { DiagramOptions } from '../../../shared/export/options';
import { svgReadability } from '../../../shared/export/readability';
import type { SceneGroup, SceneItem } from '../../../shared/export/scene';
import { sceneToSvg } from '../../../shared/export/svg';
import { KIND_ROW } from '../../../shared/layout/orgChart';
import type { BodyId } from '../../../shared/model/ids';
import type { MandatModel } from '../../../shared/model/types';
import { restoreText } from '../../../shared/file/restore';
import { eskilstunaModel } from '../../../examples/eskilstuna';
import { elkLayered } from '../../bench/routing';
import { makeAccountable, makeBody, makeLine, makeModel } from '../../factories';

// The sample file, as the bench and `mandat export` read it.
const restored = restoreText(readFileSync(join(__dirname, '../../../examples/eskilstuna.mandat'), 'utf8'));
if (!restored.ok) throw new Error(restored.error.message.en);
const sample = restored.model;
const DATES = ['2021-09-26', '2023-06-01'] as const;

function options(asOf: string, over: Partial<DiagramOptions> = {}): DiagramOptions {
  return { asOf, lang: 'sv', badges: true, legend: true, funding: false, ...over };
}

function groups(items: readonly SceneItem[]): SceneGroup[] {
  return items.flatMap((i) => (i.type === 'group' ? [i, ...groups(i.items)] : []));
}

async function layeredScene(model: MandatModel, asOf: string, over: Partial<DiagramOptions> = {}) {
  const positions = await layeredPositions(model, { asOf, lang: 'sv' });
  return { positions, scene: diagramScene(model, analyse(model, { asOf }).findings, { ...options(asOf, over), positions }) };
}

describe('the layered arrangement of an export (--layout layered)', () => {
  it.each(DATES)('routes the sample on %s with no line through a foreign box and no more crossings than ELK routing it itself', async (asOf) => {
    const { scene } = await layeredScene(sample, asOf);
    const ours = svgReadability(sceneToSvg(scene));
    const elk = await elkLayered(sample, asOf);
    expect(ours.lines).toBe(elk.lines);
    expect(ours.linesThroughBoxes).toBe(0);
    expect(ours.crossings).toBeLessThanOrEqual(elk.crossings);
    // The same map as placed by hand crosses more: the arrangement is what makes the difference.
    const asPlaced = svgReadability(sceneToSvg(diagramScene(sample, analyse(sample, { asOf }).findings, options(asOf))));
    expect(asPlaced.crossings).toBeGreaterThan(ours.crossings);
  });

  it('stands every body below the body it reports to when its kind ranks lower, fullmäktige on top', async () => {
    const { positions } = await layeredScene(sample, '2023-06-01');
    const y = (id: string): number => positions.get(id)?.y ?? NaN;
    for (const l of sample.reportingLines.values()) {
      const from = sample.bodies.get(l.from);
      const to = sample.bodies.get(l.to);
      if (!from || !to || !positions.has(l.from) || !positions.has(l.to) || KIND_ROW[from.kind] <= KIND_ROW[to.kind]) continue;
      expect(y(l.from), `${from.name} under ${to.name}`).toBeGreaterThan(y(l.to));
    }
    const top = Math.min(...[...positions.values()].map((p) => p.y));
    const assemblies = [...sample.bodies.values()].filter((b) => b.kind === 'assembly' && positions.has(b.id));
    expect(assemblies.length).toBeGreaterThan(0);
    for (const a of assemblies) expect(y(a.id)).toBe(top);
  });

  it('places only the bodies shown, and nothing for an empty view', async () => {
    const model = makeModel({ bodies: [makeAccountable('ks'), makeBody('a'), makeBody('gone', { validTo: '2000-01-01' })], lines: [makeLine('a', 'ks')] });
    const positions = await layeredPositions(model, { asOf: '2024-01-01', lang: 'sv' });
    expect([...positions.keys()].sort()).toEqual(['a', 'ks']);
    expect((await layeredPositions(makeModel(), { asOf: '2024-01-01', lang: 'en' })).size).toBe(0);
  });
});

describe('decided-by lines in exports', () => {
  const model = makeModel({
    bodies: [
      makeBody('kf', { kind: 'assembly', level: 'political', position: { x: 0, y: 0 } }),
      makeBody('sn', { kind: 'committee', level: 'political', position: { x: 0, y: 300 }, mandate: { text: 'x', decidedBy: 'kf' as BodyId, decisionRef: '', requiredMembers: [] } }),
      makeBody('bn', { kind: 'committee', level: 'political', position: { x: 300, y: 300 }, mandate: { text: 'x', decidedBy: 'kf' as BodyId, decisionRef: '', requiredMembers: [] } }),
      makeBody('wg', { position: { x: 300, y: 600 }, mandate: { text: 'x', decidedBy: 'hidden' as BodyId, decisionRef: '', requiredMembers: [] } }),
    ],
  });

  it('draws a line from the deciding body to each body it decided, only when asked, and names it in the legend', () => {
    const shown = diagramScene(model, [], options('2024-01-01', { decidedBy: true }));
    const ids = groups(shown.items).map((g) => g.id);
    expect(ids.filter((id) => id.startsWith('decided-')).sort()).toEqual(['decided-bn', 'decided-sn']);
    expect(groups(shown.items).find((g) => g.id === 'decided-sn')?.title).toBe('Mandatet beslutat av: Body kf → Body sn');
    expect(sceneToSvg(shown)).toContain('Beslutat av (vem som beslutade mandatet)');
    const hidden = diagramScene(model, [], options('2024-01-01'));
    expect(groups(hidden.items).some((g) => g.id.startsWith('decided-'))).toBe(false);
    expect(sceneToSvg(hidden)).not.toContain('Beslutat av');
  });

  it('routes decided-by lines around the bodies like the other lines', () => {
    const wide = makeModel({
      bodies: [...model.bodies.values(), makeBody('mid', { position: { x: 0, y: 150 } })],
    });
    const r = svgReadability(sceneToSvg(diagramScene(wide, [], options('2024-01-01', { decidedBy: true, lang: 'en' }))));
    expect(r.lines).toBe(2);
    expect(r.linesThroughBoxes).toBe(0);
  });
});

describe('the layered arrangement, whatever order the map lists its bodies in', () => {
  it.each(DATES)('keeps the crossings of the sample built in code (%s) no more than ELK’s', async (asOf) => {
    const built = eskilstunaModel();
    const { scene } = await layeredScene(built, asOf);
    const ours = svgReadability(sceneToSvg(scene));
    expect(ours.linesThroughBoxes).toBe(0);
    expect(ours.crossings).toBeLessThanOrEqual((await elkLayered(built, asOf)).crossings);
  });
});
