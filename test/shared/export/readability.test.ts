import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countReadability, svgReadability } from '../../../shared/export/readability';
import { serializeMap } from '../../../shared/file/serialize';
import { generateMap } from '../../bench/synthetic';
import { runCli } from '../../cli/runCli';

const sample = join(__dirname, '../../../examples/eskilstuna.mandat');

/** The SVG `mandat export` writes for a map file on a date. */
async function exported(file: string, asOf: string): Promise<string> {
  const out = join(mkdtempSync(join(tmpdir(), 'mandat-readability-')), 'karta.svg');
  const r = await runCli('export', file, '--as-of', asOf, '-o', out);
  expect(r.code, r.err).toBe(0);
  return readFileSync(out, 'utf8');
}

describe('the readability count', () => {
  const box = (id: string, x: number, y: number) => ({ id, x, y, width: 100, height: 50 });

  it('counts a line through a box that is not one of its ends, not the boxes it joins', () => {
    const boxes = [box('a', 0, 0), box('b', 0, 200), box('c', 0, 100)];
    const straight = { id: 'l', points: [{ x: 50, y: 200 }, { x: 50, y: 50 }] };
    expect(countReadability([straight], boxes)).toMatchObject({ intrusions: 1, linesThroughBoxes: 1 });
    const around = { id: 'l', points: [{ x: 50, y: 200 }, { x: 50, y: 180 }, { x: 120, y: 180 }, { x: 120, y: 70 }, { x: 50, y: 70 }, { x: 50, y: 50 }] };
    expect(countReadability([around], boxes)).toMatchObject({ intrusions: 0, linesThroughBoxes: 0 });
  });

  it('counts each crossing of two lines once, and not a line with itself', () => {
    const h = { id: 'h', points: [{ x: 0, y: 50 }, { x: 300, y: 50 }] };
    const v = { id: 'v', points: [{ x: 100, y: 0 }, { x: 100, y: 100 }, { x: 200, y: 100 }, { x: 200, y: 0 }] };
    expect(countReadability([h, v], []).crossings).toBe(2);
    expect(countReadability([v], []).crossings).toBe(0);
  });

  it('reads the bodies and lines of an exported SVG', () => {
    const svg = [
      '<g id="body-a"><title>A</title><rect x="0" y="0" width="100" height="50"/></g>',
      '<g id="body-b"><title>B</title><rect x="0" y="100" width="100" height="50"/></g>',
      '<g id="body-c"><title>C</title><rect x="0" y="200" width="100" height="50"/></g>',
      '<g id="line-1"><title>C → A</title><path d="M50 200 C50 150 50 100 50 58"/><polygon points="50,50 46,61 54,61"/></g>',
    ].join('\n');
    expect(svgReadability(svg)).toEqual({ lines: 1, intrusions: 1, linesThroughBoxes: 1, crossings: 0 });
  });
});

describe('the exported diagrams route every line around the bodies', () => {
  for (const asOf of ['2021-09-26', '2023-06-01']) {
    it(`the sample on ${asOf}: no line through a body that is not one of its ends`, async () => {
      const r = svgReadability(await exported(sample, asOf));
      expect(r.lines).toBe(15);
      expect(r.linesThroughBoxes).toBe(0);
      expect(r.intrusions).toBe(0);
    });
  }

  it('a 300-body synthetic map: no line through a foreign body', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'mandat-readability-')), 'syntetisk.mandat');
    writeFileSync(file, serializeMap(generateMap({ bodies: 300, members: 1_200, memberships: 3_600, lines: 450, seed: 7 }), null));
    const r = svgReadability(await exported(file, '2024-01-01'));
    expect(r.lines).toBeGreaterThan(400);
    expect(r.linesThroughBoxes).toBe(0);
  }, 60_000);
});
