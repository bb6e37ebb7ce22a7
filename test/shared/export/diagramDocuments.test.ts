/** Governing documents in the diagram export: sheets and links as the canvas draws them, only when asked. */
import { describe, expect, it } from 'vitest';
import { diagramScene } from '../../../shared/export/diagram';
import type { DiagramOptions } from '../../../shared/export/options';
import type { ScenePath, SceneGroup, SceneItem } from '../../../shared/export/scene';
import { sceneToSvg } from '../../../shared/export/svg';
import type { BodyId, ReportingLineId } from '../../../shared/model/ids';
import { makeAccountable, makeBody, makeDocument, makeLine, makeModel } from '../../factories';

const options = (over: Partial<DiagramOptions> = {}): DiagramOptions => ({ asOf: '2024-06-01', lang: 'sv', badges: false, legend: false, funding: false, ...over });

const model = makeModel({
  bodies: [makeAccountable('ks', { position: { x: 0, y: 0 } }), makeBody('rad', { position: { x: 0, y: 200 } }), makeBody('ag', { position: { x: 300, y: 200 } })],
  lines: [makeLine('rad', 'ks')],
  documents: [
    makeDocument('plan', { title: 'Åtgärdsplan 2024', kind: 'action_plan', decidedBy: 'ks' as BodyId, governsBodies: ['ag' as BodyId], governsLines: ['line-rad-ks' as ReportingLineId], validFrom: '2024-01-01', position: { x: 400, y: 0 } }),
    makeDocument('lb', { title: 'Lägesbild', kind: 'situational_picture', validFrom: '2024-01-01' }),
    makeDocument('old', { title: 'Gammal plan', kind: 'plan_programme', validTo: '2020-12-31' }),
  ],
});

const groups = (items: readonly SceneItem[]): SceneGroup[] => items.flatMap((i) => (i.type === 'group' ? [i, ...groups(i.items)] : []));
const paths = (items: readonly SceneItem[]): ScenePath[] => items.flatMap((i) => (i.type === 'group' ? paths(i.items) : i.type === 'path' ? [i] : []));

describe('documents in the diagram export', () => {
  it('draws nothing of them unless asked, so existing exports stay as they were', () => {
    expect(diagramScene(model, [], options())).toEqual(diagramScene(model, [], options({ documents: false })));
    expect(groups(diagramScene(model, [], options()).items).filter((g) => g.id.startsWith('document-'))).toEqual([]);
  });

  it('draws a sheet for each document in force on the date, titled with kind and title', () => {
    const sheets = groups(diagramScene(model, [], options({ documents: true })).items).filter((g) => g.id.startsWith('document-'));
    expect(sheets.map((g) => g.title).sort()).toEqual(['Lägesbild: Lägesbild', 'Åtgärdsplan: Åtgärdsplan 2024']);
  });

  it('links the plan dashed to its deciding body and dotted to the body and the line it governs', () => {
    const all = paths(diagramScene(model, [], options({ documents: true })).items);
    const dashed = all.filter((p) => p.stroke.dash?.[0] === 7);
    const dotted = all.filter((p) => p.stroke.dash?.[0] === 1.5);
    expect(dashed).toHaveLength(1);
    expect(dotted).toHaveLength(2);
  });

  it('keeps a placed sheet where the canvas has it, relative to the bodies', () => {
    const scene = diagramScene(model, [], options({ documents: true }));
    const ks = groups(scene.items).find((g) => g.id === 'body-ks');
    const plan = groups(scene.items).find((g) => g.id === 'document-plan');
    const first = (g: SceneGroup | undefined) => {
      const item = g?.items[0];
      return item?.type === 'rect' ? { x: item.x, y: item.y } : item?.type === 'path' && item.segments[0]?.op === 'M' ? { x: item.segments[0].x, y: item.segments[0].y } : null;
    };
    const a = first(ks);
    const b = first(plan);
    expect(a && b && { dx: b.x - a.x, dy: b.y - a.y }).toEqual({ dx: 400, dy: 0 });
  });

  it('explains the two kinds of document line in the legend, only when some are drawn', () => {
    const legendTexts = (m: typeof model, documents: boolean) =>
      JSON.stringify(groups(diagramScene(m, [], options({ documents, legend: true })).items).find((g) => g.id === 'legend'));
    expect(legendTexts(model, true)).toContain('Styrdokument – beslutat av');
    expect(legendTexts(model, false)).not.toContain('Styrdokument');
    const unlinked = makeModel({ bodies: [makeAccountable('ks')], documents: [makeDocument('lb', { kind: 'situational_picture' })] });
    expect(legendTexts(unlinked, true)).not.toContain('Styrdokument');
  });

  it('writes valid SVG with the sheets in it', () => {
    const svg = sceneToSvg(diagramScene(model, [], options({ documents: true, lang: 'en' })));
    expect(svg).toContain('ACTION PLAN');
    expect(svg).toContain('Åtgärdsplan 2024');
  });
});
