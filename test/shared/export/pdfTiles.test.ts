import { describe, expect, it } from 'vitest';
import { MIN_NAME_PT } from '../../../shared/export/pageFit';
import { MAX_SHEETS, planTiles } from '../../../shared/export/pdfTiles';
import type { Scene, SceneItem } from '../../../shared/export/scene';

/** A scene of `cols` × `rows` bodies whose names are `namePx` high, 260 × 120 px apart. */
function grid(cols: number, rows: number, namePx = 14): Scene {
  const items: SceneItem[] = [];
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++)
      items.push({
        type: 'group',
        id: `body-${r}-${c}`,
        title: `B ${r} ${c}`,
        items: [
          { type: 'rect', x: c * 260, y: r * 120, width: 220, height: 84, radius: 8, fill: '#fff', stroke: null },
          { type: 'text', x: c * 260 + 12, y: r * 120 + 40, text: `Organ ${r} ${c}`, size: namePx, bold: true, color: '#000', anchor: 'start', maxWidth: 196 },
        ],
      });
  return { width: cols * 260, height: rows * 120, background: '#fff', items, title: 'T', description: 'D' };
}

describe('planTiles (poster printing)', () => {
  it('keeps a small diagram on one sheet and prints its names at least 8 pt', () => {
    const plan = planTiles(grid(2, 2), 'a4');
    expect(plan.columns * plan.rows).toBe(1);
    expect(plan.fits).toBe(true);
    expect(plan.namePt).toBeGreaterThanOrEqual(MIN_NAME_PT);
  });

  it('uses more sheets as the diagram grows, never printing names below 8 pt', () => {
    let before = 0;
    for (const cols of [4, 8, 16]) {
      const plan = planTiles(grid(cols, 6), 'a4');
      const sheets = plan.columns * plan.rows;
      expect(sheets).toBeGreaterThanOrEqual(before);
      expect(plan.fits).toBe(true);
      expect(plan.namePt ?? 0).toBeGreaterThanOrEqual(MIN_NAME_PT - 0.05);
      before = sheets;
    }
    expect(before).toBeGreaterThan(1);
  });

  it('needs fewer A3 sheets than A4 sheets for the same diagram', () => {
    const scene = grid(12, 8);
    const a4 = planTiles(scene, 'a4');
    const a3 = planTiles(scene, 'a3');
    expect(a3.columns * a3.rows).toBeLessThan(a4.columns * a4.rows);
  });

  it('says when even the largest poster cannot print the names at 8 pt', () => {
    const plan = planTiles(grid(120, 60, 10), 'a4');
    expect(plan.columns * plan.rows).toBeLessThanOrEqual(MAX_SHEETS);
    expect(plan.fits).toBe(false);
    expect(plan.namePt ?? 99).toBeLessThan(MIN_NAME_PT);
  });
});
