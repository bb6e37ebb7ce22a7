import { describe, expect, it } from 'vitest';
import { eskilstunaModel } from '../../../examples/eskilstuna';
import { compactScene, planPage } from '../../../shared/export/compactPage';
import { unbreakablePieces, withCompoundBreaks } from '../../../shared/export/compoundBreaks';
import { smallestNamePx } from '../../../shared/export/pageFit';
import { svgReadability } from '../../../shared/export/readability';
import type { ExportRequest } from '../../../shared/export/request';
import { requestScene } from '../../../shared/export/request';
import { sceneToSvg } from '../../../shared/export/svg';
import { fitText } from '../../../shared/export/textFit';
import { makeBody, makeLine, makeModel } from '../../factories';

const request = (asOf: string, over: Partial<ExportRequest> = {}): ExportRequest => ({
  format: 'pdf',
  asOf,
  lang: 'sv',
  page: 'a4',
  landscape: false,
  png: { scale: 1 },
  transparent: false,
  legend: true,
  badges: true,
  funding: false,
  findings: true,
  date: '2026-12-06',
  ...over,
});

describe('compound breaks', () => {
  it('puts a soft hyphen before the head word of a long compound only', () => {
    expect(withCompoundBreaks('Kommunledningskontoret')).toBe('Kommunlednings\u00adkontoret');
    expect(withCompoundBreaks('Arbetsmarknads- och vuxenutbildningsnämnden')).toBe('Arbetsmarknads- och vuxenutbildnings\u00adnämnden');
    expect(withCompoundBreaks('Polismyndigheten, lokalpolisområde')).toBe('Polis\u00admyndigheten, lokalpolisområde');
    // Short words and words without a known head stay whole.
    expect(withCompoundBreaks('Barnnämnden')).toBe('Barnnämnden');
    expect(withCompoundBreaks('Kommunfastigheter')).toBe('Kommunfastigheter');
    expect(unbreakablePieces('Kommunlednings\u00adkontoret AB')).toEqual(['Kommunlednings-', 'kontoret', 'AB']);
  });

  it('shows a soft hyphen as "-" where the line breaks there, and not at all where it does not', () => {
    const word = 'Kommunlednings\u00adkontoret';
    expect(fitText(word, { maxWidth: 400, size: 14, bold: true, maxLines: 3 }).lines).toEqual(['Kommunledningskontoret']);
    expect(fitText(word, { maxWidth: 130, size: 14, bold: true, maxLines: 3 }).lines).toEqual(['Kommunlednings-', 'kontoret']);
  });
});

describe('the compact layout', () => {
  it.each(['2021-09-26', '2023-06-01'])('packs the sample of %s narrower and lower than the plain diagram, names at full size, no line through a foreign box and no more crossings', (asOf) => {
    const model = eskilstunaModel();
    const plain = requestScene(model, request(asOf));
    const compact = compactScene(model, request(asOf));
    expect(compact.width).toBeLessThan(plain.width * 0.85);
    expect(compact.height).toBeLessThan(plain.height * 0.9);
    expect(smallestNamePx(compact)).toBe(14);
    const ours = svgReadability(sceneToSvg(compact));
    expect(ours.linesThroughBoxes).toBe(0);
    expect(ours.crossings).toBeLessThanOrEqual(svgReadability(sceneToSvg(plain)).crossings);
  });

  it('is chosen for a page only when the plain diagram would print names below 8 pt and the compact one reads', () => {
    const model = eskilstunaModel();
    const a4 = planPage(model, request('2021-09-26'));
    expect(a4.compact).toBe(true);
    expect(a4.fits).toBe(true);
    expect(a4.namePt).toBeGreaterThanOrEqual(8);
    // On A2 the plain diagram already reads: it is kept.
    expect(planPage(model, request('2021-09-26', { page: 'a2' })).compact).toBe(false);
    // 'auto' keeps the plain diagram on the smallest page where it reads (members and all).
    const auto = planPage(model, request('2021-09-26', { page: 'auto' }));
    expect([auto.page, auto.compact]).toEqual(['a3', false]);
  });

  it('keeps the rows and the order within a row of a hand-placed map', () => {
    const model = makeModel({
      bodies: [
        makeBody('a', { position: { x: 0, y: 0 } }),
        makeBody('b', { position: { x: 900, y: 10 } }),
        makeBody('c', { position: { x: 300, y: 400 } }),
      ],
      lines: [makeLine('c', 'a')],
    });
    const scene = compactScene(model, request('2024-01-01'));
    const x = (id: string): number => {
      const g = scene.items.find((i) => i.type === 'group' && i.id === `body-${id}`);
      const r = g && g.type === 'group' ? g.items.find((i) => i.type === 'rect') : undefined;
      return r && r.type === 'rect' ? r.x : NaN;
    };
    const y = (id: string): number => {
      const g = scene.items.find((i) => i.type === 'group' && i.id === `body-${id}`);
      const r = g && g.type === 'group' ? g.items.find((i) => i.type === 'rect') : undefined;
      return r && r.type === 'rect' ? r.y : NaN;
    };
    expect(y('a')).toBe(y('b'));
    expect(y('c')).toBeGreaterThan(y('a'));
    expect(x('a')).toBeLessThan(x('c'));
    expect(x('c')).toBeLessThan(x('b'));
    // The empty stretch between a and b is gone: b is closer to a than on the map.
    expect(x('b') - x('a')).toBeLessThan(900);
  });
});
