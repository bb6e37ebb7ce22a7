import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliExportHost } from '../../cli/rasterise';
import { eskilstunaModel } from '../../examples/eskilstuna';
import { PAGE_MM } from '../../shared/export/options';
import { fitToPage, sceneToPdf } from '../../shared/export/pdf';
import type { Scene } from '../../shared/export/scene';
import { isValidOn } from '../../shared/time/isoDate';
import { runCli } from './runCli';

const sample = join(__dirname, '../../examples/eskilstuna.mandat');
const tmp = () => mkdtempSync(join(tmpdir(), 'mandat-page-'));
const PT_PER_MM = 72 / 25.4;

/** Each word pdftotext finds, with the height of its box in points. */
function words(pdf: string): { word: string; height: number }[] {
  const xml = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
  return [...xml.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({ word: m[3] ?? '', height: Number(m[2]) - Number(m[1]) }));
}

/**
 * How many points of word-box height pdftotext gives per point of font size, measured on
 * a PDF with one word at a known size (the box is the font's ascent plus descent).
 */
async function heightPerPoint(dir: string): Promise<number> {
  const scene: Scene = {
    width: 400,
    height: 300,
    background: null,
    title: 'Kalibrering',
    description: '',
    items: [{ type: 'text', x: 20, y: 100, text: 'Kalibrering', size: 20, bold: true, color: '#000', anchor: 'start', maxWidth: 380 }],
  };
  const file = join(dir, 'calibration.pdf');
  writeFileSync(file, sceneToPdf(scene, { page: 'a4', landscape: false, fonts: await cliExportHost.fonts() }));
  const pt = 20 * fitToPage(scene, PAGE_MM.a4.width * PT_PER_MM, PAGE_MM.a4.height * PT_PER_MM).scale;
  const box = words(file).find((w) => w.word === 'Kalibrering');
  if (!box) throw new Error('the calibration word is missing');
  return box.height / pt;
}

/** The font size of each one-word body name of the sample on the date, as printed in the PDF. */
function namePoints(pdf: string, asOf: string, perPoint: number): Map<string, number> {
  const names = [...eskilstunaModel().bodies.values()].filter((b) => isValidOn(b, asOf) && !/\s/.test(b.name)).map((b) => b.name);
  const found = words(pdf);
  const sizes = new Map<string, number>();
  // A name can also be a short name or appear in the legend: its largest occurrence is the name on the box.
  for (const name of names) {
    const heights = found.filter((w) => w.word === name).map((w) => w.height);
    if (heights.length > 0) sizes.set(name, Math.max(...heights) / perPoint);
  }
  return sizes;
}

describe('mandat export --page', () => {
  it('chooses a page on which the body names print at 8 pt or more, measured with pdftotext -bbox', async () => {
    const dir = tmp();
    const perPoint = await heightPerPoint(dir);
    for (const asOf of ['2021-09-26', '2023-06-01']) {
      const out = join(dir, `auto-${asOf}.pdf`);
      const r = await runCli('export', sample, '--as-of', asOf, '--page', 'auto', '-o', out);
      expect(r.code, r.err).toBe(0);
      expect(r.err).toBe('');
      const sizes = namePoints(out, asOf, perPoint);
      expect(sizes.size).toBeGreaterThanOrEqual(5);
      for (const [name, pt] of sizes) expect(pt, name).toBeGreaterThanOrEqual(7.95);
    }
  });

  it('says in both languages when a chosen page prints names below 8 pt, and still writes it', async () => {
    const dir = tmp();
    const perPoint = await heightPerPoint(dir);
    const out = join(dir, 'a4.pdf');
    const sv = await runCli('export', sample, '--as-of', '2021-09-26', '--page', 'a4', '--landscape', '--lang', 'sv', '-o', out);
    expect(sv.code).toBe(0);
    expect(sv.err).toMatch(/Organens namn blir [\d,]+ pt på A4 liggande, mindre än 8 pt\. Välj A\d/);
    // The warning is true: measured, the names are smaller than 8 pt on that A4 page.
    const smallest = Math.min(...namePoints(out, '2021-09-26', perPoint).values());
    expect(smallest).toBeLessThan(8);
    const en = await runCli('export', sample, '--as-of', '2021-09-26', '--page', 'a4', '--lang', 'en', '-o', join(dir, 'a4-en.pdf'));
    expect(en.err).toMatch(/The body names print at [\d.]+ pt on A4 portrait, below 8 pt\. Choose A\d/);
    const bad = await runCli('export', sample, '--page', 'b5', '--lang', 'en', '-o', join(dir, 'x.pdf'));
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--page must be a4\|a3\|a2\|a1\|a0\|auto/);
  });
});
