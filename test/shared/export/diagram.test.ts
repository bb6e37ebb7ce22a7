import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../shared/analysis/analyse';
import { diagramScene } from '../../../shared/export/diagram';
import { WARN } from '../../../shared/export/diagramStyle';
import type { DiagramOptions } from '../../../shared/export/options';
import type { Scene, SceneGroup, SceneItem, SceneRect } from '../../../shared/export/scene';
import { sceneToSvg } from '../../../shared/export/svg';
import { mapView } from '../../../shared/export/view';
import { restoreText } from '../../../shared/file/restore';
import { emptyModel } from '../../../shared/model/empty';
import type { MandatModel } from '../../../shared/model/types';
import type { Language } from '../../../shared/model/vocabulary';
import { arbModel } from '../../arbitraries';
import { makeAccountable, makeBody, makeLine, makeModel } from '../../factories';
import { overflowing, textsOf } from './fonts';

const restored = restoreText(readFileSync(join(__dirname, '../../../examples/eskilstuna.mandat'), 'utf8'));
if (!restored.ok) throw new Error(restored.error.message.en);
const sample = restored.model;
const NAME = 'Eskilstuna kommun – trygghetsarbetets organisation 2018–2023';

function options(over: Partial<DiagramOptions> = {}): DiagramOptions {
  return { asOf: '2021-09-26', lang: 'sv', badges: false, legend: true, funding: false, ...over };
}

function scene(model: MandatModel, over: Partial<DiagramOptions> = {}): Scene {
  const o = options(over);
  return diagramScene(model, analyse(model, { asOf: o.asOf }).findings, o);
}

function groups(items: readonly SceneItem[]): SceneGroup[] {
  return items.flatMap((i) => (i.type === 'group' ? [i, ...groups(i.items)] : []));
}

const group = (s: Scene, id: string): SceneGroup | undefined => groups(s.items).find((g) => g.id === id);
const bodyIds = (s: Scene): string[] => groups(s.items).flatMap((g) => (g.id.startsWith('body-') ? [g.id.slice(5)] : []));
const textOf = (g: SceneGroup | undefined): string => (g ? textsOf(g.items).map((t) => t.text.text).join(' ') : '');
/** Text with the wrapping undone: no spaces, no hyphens (a word may be broken with one). */
const squeeze = (s: string): string => s.replace(/[\s-]/g, '');
const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
/** The box of a body: the first rect of its group. */
const boxOf = (g: SceneGroup): SceneRect => g.items.find((i): i is SceneRect => i.type === 'rect') as SceneRect;

describe('the diagram of the sample map', () => {
  for (const asOf of ['2021-09-26', '2023-06-01']) {
    for (const lang of ['sv', 'en'] as Language[]) {
      it(`on ${asOf} in ${lang}: valid SVG of shapes and text, every body named, every text inside its box`, () => {
        const s = scene(sample, { asOf, lang, badges: true, funding: true });
        const svg = sceneToSvg(s);
        expect(XMLValidator.validate(svg)).toBe(true);
        expect(svg).not.toMatch(/foreignObject/i);
        const shown = mapView(sample, { asOf }).bodies;
        expect(bodyIds(s).sort()).toEqual(shown.map((b) => b.body.id as string).sort());
        for (const b of shown) {
          const g = group(s, `body-${b.body.id}`);
          expect(squeeze(textOf(g)), b.name).toContain(squeeze(b.name));
          for (const t of textsOf(g?.items ?? [])) expect(svg).toContain(`>${escapeXml(t.text.text)}</text>`);
        }
        expect(overflowing(s)).toEqual([]);
      });
    }
  }

  it('shows the council under its old name in 2021, its new name in 2022, and not at all once dissolved', () => {
    const old = 'Lokala brottsförebyggande rådet';
    const renamed = 'Eskilstunas råd för trygghetsfrämjande arbete';
    expect(squeeze(textOf(group(scene(sample, { asOf: '2021-09-26' }), 'body-bra')))).toContain(squeeze(old));
    const mid = scene(sample, { asOf: '2022-06-01' });
    expect(squeeze(textOf(group(mid, 'body-bra')))).toContain(squeeze(renamed));
    expect(sceneToSvg(mid)).not.toContain('Lokala');
    const late = scene(sample, { asOf: '2023-06-01' });
    expect(bodyIds(late)).not.toContain('bra');
    expect(bodyIds(late)).toContain('tb');
    expect(sceneToSvg(late)).not.toContain('brottsförebyggande rådet');
  });

  it('shows only political bodies when asked, and only their lines', () => {
    const all = scene(sample);
    const political = scene(sample, { levels: ['political'] });
    const ids = bodyIds(political);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.length).toBeLessThan(bodyIds(all).length);
    expect(ids.every((id) => sample.bodies.get(id)?.level === 'political')).toBe(true);
    expect(group(political, 'line-line-kftg-ks')).toBeUndefined();
    expect(group(all, 'line-line-kftg-ks')).toBeDefined();
  });

  it('shows only the selected bodies and the lines between them', () => {
    const s = scene(sample, { selection: ['ks', 'kf'] });
    expect(bodyIds(s).sort()).toEqual(['kf', 'ks']);
    const lines = groups(s.items).filter((g) => g.id.startsWith('line-') && !g.id.endsWith('-label'));
    expect(lines.map((g) => g.id)).toEqual(['line-line-ks-kf']);
  });

  it('says there is nothing to show, with the title block, when no body is left', () => {
    for (const [s, message] of [
      [scene(sample, { asOf: '2023-06-01', selection: ['bra'] }), 'Inget att visa: inga organ finns per 2023-06-01 med det urval som valts.'],
      [scene(emptyModel({ name: 'Tom karta' }), { lang: 'en' }), 'Nothing to show: there are no bodies as of 2021-09-26 with the chosen selection.'],
    ] as const) {
      expect(bodyIds(s)).toEqual([]);
      expect(s.width).toBeGreaterThan(0);
      expect(s.height).toBeGreaterThan(0);
      expect(squeeze(textOf(group(s, 'nothing-to-show')))).toBe(squeeze(message));
      expect(textOf(group(s, 'title-block'))).toMatch(/Tom karta|Eskilstuna/);
      expect(s.description).toBe(message);
      expect(XMLValidator.validate(sceneToSvg(s))).toBe(true);
    }
  });

  it('draws finding badges only when asked, with each body’s count of findings', () => {
    const findings = analyse(sample, { asOf: '2021-09-26' }).findings;
    const forKs = findings.filter((f) => f.elements.bodies.includes('ks' as never)).length;
    expect(forKs).toBeGreaterThan(0);
    const badgeOf = (s: Scene, id: string): SceneItem[] =>
      (group(s, `body-${id}`)?.items ?? []).filter((i) => i.type === 'rect' && i.fill === WARN);
    const without = scene(sample, { badges: false });
    const withBadges = scene(sample, { badges: true });
    expect(bodyIds(without).some((id) => badgeOf(without, id).length > 0)).toBe(false);
    expect(badgeOf(withBadges, 'ks')).toHaveLength(1);
    expect(textsOf(group(withBadges, 'body-ks')?.items ?? []).map((t) => t.text.text)).toContain(String(forKs));
    expect(textOf(group(withBadges, 'legend'))).toContain('Antal fynd');
    expect(textOf(group(without, 'legend'))).not.toContain('Antal fynd');
  });

  it('has a title block with the map’s name, the date, the version and the author', () => {
    const s = scene(sample, { asOf: '2023-06-01', version: 'sparad 2024-05-02' });
    const title = squeeze(textOf(group(s, 'title-block')));
    for (const part of [NAME, 'Visar kartan per 2023-06-01', 'Version: sparad 2024-05-02', 'Författare: Mandat exempelkarta']) expect(title).toContain(squeeze(part));
    expect(squeeze(textOf(group(scene(sample, { lang: 'en' }), 'title-block')))).toContain(squeeze('Map as of 2021-09-26'));
    expect(s.description).toBe(`Diagram över ${NAME} per 2023-06-01: 26 organ och 15 rapporteringslinjer.`);
  });

  it('draws undocumented lines dashed and labels every line with its frequency', () => {
    const s = scene(sample, { lang: 'en' });
    const path = (id: string) => group(s, id)?.items.find((i) => i.type === 'path');
    expect(path('line-line-ks-kf')).toMatchObject({ arrow: true, stroke: { color: '#1f2933', width: 2 } });
    expect(path('line-line-ks-kf')?.type === 'path' && path('line-line-ks-kf')?.stroke.dash).toBeFalsy();
    expect(path('line-line-bra-ksau')?.type === 'path' && path('line-line-bra-ksau')?.stroke.dash).toEqual([6, 4]);
    expect(textOf(group(s, 'line-line-ks-kf-label'))).toBe('årligen');
    expect(textOf(group(s, 'line-line-kftg-ks-label'))).toBe('frequency missing');
  });

  it('draws funding with its amount only when asked, and the legend only when asked', () => {
    const s = scene(sample, { funding: true });
    const labels = groups(s.items).filter((g) => g.id.startsWith('funding-') && g.id.endsWith('-label'));
    expect(labels.map((g) => textOf(g))).toContain('6,3 MSEK');
    expect(groups(scene(sample).items).some((g) => g.id.startsWith('funding-'))).toBe(false);
    expect(group(scene(sample, { legend: false }), 'legend')).toBeUndefined();
  });

  it('starts the diagram at the margin and keeps every box clear of the next row', () => {
    const s = scene(sample, { asOf: '2023-06-01', badges: true });
    const boxes = bodyIds(s).map((id) => boxOf(group(s, `body-${id}`) as SceneGroup));
    expect(Math.min(...boxes.map((b) => b.x))).toBeGreaterThanOrEqual(20);
    for (const a of boxes) {
      expect(a.x + a.width).toBeLessThanOrEqual(s.width);
      expect(a.y + a.height).toBeLessThanOrEqual(s.height);
      for (const b of boxes) {
        if (a === b) continue;
        const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
        expect(apart).toBe(true);
      }
    }
  });
});

describe('the diagram of made-up maps', () => {
  const long = makeModel({
    bodies: [
      makeAccountable('ks', { name: 'Kommunstyrelsen', position: { x: 0, y: 0 } }),
      makeBody('long', {
        name: 'Den gemensamma ledningsgruppen för trygghet, säkerhet, brottsförebyggande arbete och strategiskt stadsdelsarbete i hela kommunen',
        shortName: 'Gemensamma ledningsgruppen för trygghet',
        position: { x: 0, y: 120 },
      }),
      makeBody('word', { name: 'Samhällsbyggnadsförvaltningensutvecklingsavdelningsenhetsgrupp', position: { x: 256, y: 120 }, level: 'external', kind: 'external_organisation' }),
      makeBody('below', { position: { x: 0, y: 240 } }),
    ],
    lines: [makeLine('long', 'ks', { frequency: 'en gång i kvartalet eller oftare när det behövs enligt överenskommelse', documented: 'no' }), makeLine('word', 'ks')],
  });

  it('fits a very long name and a very long word inside their boxes, without covering the next row', () => {
    const s = scene(long, { badges: true });
    expect(overflowing(s)).toEqual([]);
    // The name is what lies between the kind (the first line) and the meta line (the last); the badge is white.
    const texts = textsOf(group(s, 'body-long')?.items ?? []).filter((t) => t.text.color !== '#ffffff');
    const ys = texts.map((t) => t.text.y);
    const name = texts.filter((t) => t.text.y > Math.min(...ys) && t.text.y < Math.max(...ys));
    expect(name.length).toBeGreaterThan(0);
    expect(name.length).toBeLessThanOrEqual(3);
    expect(name.some((t) => t.text.text.endsWith('…'))).toBe(true);
    const word = textsOf(group(s, 'body-word')?.items ?? []).map((t) => t.text.text);
    expect(word.some((t) => t.endsWith('-'))).toBe(true);
    const box = boxOf(group(s, 'body-long') as SceneGroup);
    const next = boxOf(group(s, 'body-below') as SceneGroup);
    expect(box.y + box.height).toBeLessThan(next.y);
    expect(textOf(group(s, 'line-line-long-ks-label')).endsWith('…')).toBe(true);
  });

  it('escapes names that are not XML', () => {
    const model = makeModel({ bodies: [makeBody('x', { name: 'A & B <C> "D" \'E\'', shortName: '<&>' })] });
    const svg = sceneToSvg(scene(model));
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toContain('A &amp; B &lt;C&gt; &quot;D&quot; &apos;E&apos;');
  });

  it('gives valid SVG with every text inside its box for any map', () => {
    fc.assert(
      fc.property(arbModel(), fc.constantFrom<Language>('sv', 'en'), fc.boolean(), (model, lang, flags) => {
        const s = scene(model, { asOf: '2022-06-01', lang, badges: flags, funding: flags, legend: !flags });
        expect(XMLValidator.validate(sceneToSvg(s))).toBe(true);
        expect(overflowing(s)).toEqual([]);
        expect(s.items.length).toBeGreaterThan(0);
      }),
      { numRuns: 60 },
    );
  });
});
