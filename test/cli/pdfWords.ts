import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cliExportHost } from '../../cli/rasterise';
import { eskilstunaModel } from '../../examples/eskilstuna';
import { PAGE_MM } from '../../shared/export/options';
import { fitToPage, sceneToPdf } from '../../shared/export/pdf';
import type { Scene } from '../../shared/export/scene';
import { isValidOn } from '../../shared/time/isoDate';

const PT_PER_MM = 72 / 25.4;

/** Each word pdftotext finds (on pages first…last when given), with the height of its box in points. */
export function words(pdf: string, pages?: { first: number; last?: number }): { word: string; height: number }[] {
  const range = pages ? ['-f', String(pages.first), ...(pages.last ? ['-l', String(pages.last)] : [])] : [];
  const xml = execFileSync('pdftotext', ['-bbox', ...range, pdf, '-'], { encoding: 'utf8' });
  return [...xml.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({ word: m[3] ?? '', height: Number(m[2]) - Number(m[1]) }));
}

/**
 * How many points of word-box height pdftotext gives per point of font size, measured on
 * a PDF with one word at a known size (the box is the font's ascent plus descent).
 */
export async function heightPerPoint(dir: string): Promise<number> {
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

/** The font size of each one-word body name of the sample on the date, as printed in the PDF (on pages first… when given). */
export function namePoints(pdf: string, asOf: string, perPoint: number, pages?: { first: number; last?: number }): Map<string, number> {
  const names = [...eskilstunaModel().bodies.values()].filter((b) => isValidOn(b, asOf) && !/\s/.test(b.name)).map((b) => b.name);
  const found = words(pdf, pages);
  const sizes = new Map<string, number>();
  // A name can also be a short name or appear in the legend: its largest occurrence is the name on the box.
  for (const name of names) {
    const heights = found.filter((w) => w.word === name).map((w) => w.height);
    if (heights.length > 0) sizes.set(name, Math.max(...heights) / perPoint);
  }
  return sizes;
}
