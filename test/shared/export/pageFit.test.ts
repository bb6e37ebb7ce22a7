import { describe, expect, it } from 'vitest';
import { eskilstunaModel } from '../../../examples/eskilstuna';
import { PAGE_SIZES } from '../../../shared/export/options';
import { autoPage, MIN_NAME_PT, pageWarning, readPage, resolvePage, smallestNamePx } from '../../../shared/export/pageFit';
import { requestScene, type ExportRequest } from '../../../shared/export/request';
import type { Scene, SceneItem } from '../../../shared/export/scene';

const REQUEST: ExportRequest = {
  format: 'pdf',
  asOf: '2021-09-26',
  lang: 'sv',
  page: 'a4',
  landscape: true,
  png: { scale: 1 },
  transparent: false,
  legend: true,
  badges: true,
  funding: false,
  findings: true,
  date: '2024-01-01',
};

/** A scene of `width` × `height` px with one body whose name is `namePx` px (and a smaller bold short name). */
function sceneOf(width: number, height: number, namePx: number): Scene {
  const text = (t: string, size: number, bold: boolean): SceneItem => ({ type: 'text', x: 10, y: 10, text: t, size, bold, color: '#000', anchor: 'start', maxWidth: 200 });
  return {
    width,
    height,
    background: null,
    title: 't',
    description: 'd',
    items: [
      { type: 'group', id: 'bodies', title: '', items: [{ type: 'group', id: 'body-a', title: 'A', items: [text('NÄMND', 10, false), text('Nämnden', namePx, true), text('N', 11, true)] }] },
      { type: 'text', x: 0, y: 0, text: 'Titel', size: 30, bold: true, color: '#000', anchor: 'start', maxWidth: 500 },
    ],
  };
}

describe('page sizes that keep body names readable', () => {
  it('finds the body names in a scene: the largest bold text of each body, not titles', () => {
    expect(smallestNamePx(sceneOf(100, 100, 13))).toBe(13);
    expect(smallestNamePx({ items: [] })).toBeNull();
  });

  it('sees that the sample prints its names below 8 pt on A4, as the issue measured', () => {
    const scene = requestScene(eskilstunaModel(), REQUEST);
    const a4 = readPage(scene, 'a4', true);
    expect(a4.namePt).not.toBeNull();
    expect(a4.namePt!).toBeLessThan(MIN_NAME_PT);
    expect(pageWarning(scene, 'a4', true)?.sv).toMatch(/A4 liggande.*mindre än 8 pt.*Välj A\d/);
    expect(pageWarning(scene, 'a4', true)?.en).toMatch(/A4 landscape.*below 8 pt.*Choose A\d/);
  });

  it('chooses the smallest page, either way round, with names at 8 pt or more', () => {
    for (const asOf of ['2021-09-26', '2023-06-01']) {
      const scene = requestScene(eskilstunaModel(), { ...REQUEST, asOf });
      const chosen = autoPage(scene);
      expect(chosen.fits).toBe(true);
      expect(chosen.namePt!).toBeGreaterThanOrEqual(MIN_NAME_PT);
      const smaller = PAGE_SIZES.slice(0, PAGE_SIZES.indexOf(chosen.page));
      for (const page of smaller) for (const landscape of [true, false]) expect(readPage(scene, page, landscape).namePt!).toBeLessThan(MIN_NAME_PT);
      expect(pageWarning(scene, 'auto', false)).toBeNull();
      expect(pageWarning(scene, chosen.page, chosen.landscape)).toBeNull();
    }
  });

  it('keeps A4 for a small diagram and says when not even A0 is enough', () => {
    expect(resolvePage(sceneOf(600, 400, 14), 'auto', false)).toMatchObject({ page: 'a4', landscape: true, fits: true });
    const huge = sceneOf(40_000, 20_000, 14);
    expect(autoPage(huge)).toMatchObject({ page: 'a0', fits: false });
    expect(pageWarning(huge, 'a3', false)?.en).toMatch(/even on A0/);
    expect(pageWarning(huge, 'auto', false)?.sv).toMatch(/ens på A0/);
  });
});
