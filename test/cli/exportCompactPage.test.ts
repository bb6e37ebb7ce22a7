import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eskilstunaModel } from '../../examples/eskilstuna';
import { serializeMap } from '../../shared/file/serialize';
import { mapView } from '../../shared/export/view';
import { generateMap } from '../bench/synthetic';
import { heightPerPoint, words } from './pdfWords';
import { runCli } from './runCli';

const sample = join(__dirname, '../../examples/eskilstuna.mandat');
const tmp = () => mkdtempSync(join(tmpdir(), 'mandat-compact-'));
const info = (pdf: string): string => execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });

/**
 * The printed size of every word of every body name on the date, in points: a word found
 * whole, or broken over two lines ("Kommunlednings-" + "kontoret"), counts at the largest
 * size it is printed at (the same word can also be in the legend or a line label).
 */
function nameWordPoints(pdf: string, asOf: string, perPoint: number): Map<string, number> {
  const found = words(pdf);
  const out = new Map<string, number>();
  // The names as the diagram shows them on the date (a renamed body under its name of then).
  for (const shown of mapView(eskilstunaModel(), { asOf }).bodies) {
    for (const word of shown.name.split(/\s+/)) {
      const heights = found
        .filter((w) => w.word === word || (w.word.endsWith('-') && w.word.length > 4 && word.startsWith(w.word.slice(0, -1))) || (w.word.length >= 4 && word.endsWith(w.word) && word !== w.word && found.some((p) => p.word === `${word.slice(0, -w.word.length)}-`)))
        .map((w) => w.height);
      out.set(`${shown.name}: ${word}`, heights.length === 0 ? 0 : Math.max(...heights) / perPoint);
    }
  }
  return out;
}

describe('the compact A4 page', () => {
  it('prints the sample on one A4 page with every word of every body name at 8 pt or more, on both dates', async () => {
    const dir = tmp();
    const perPoint = await heightPerPoint(dir);
    for (const asOf of ['2021-09-26', '2023-06-01']) {
      const out = join(dir, `a4-${asOf}.pdf`);
      const r = await runCli('export', sample, '--as-of', asOf, '--page', 'a4', '--lang', 'sv', '-o', out);
      expect(r.code, r.err).toBe(0);
      // No warning: the page reads.
      expect(r.err).toBe('');
      expect(info(out)).toMatch(/Pages:\s+1\n/);
      expect(info(out)).toMatch(/Page size:\s+[\d.]+ x [\d.]+ pts \(A4\)/);
      const sizes = nameWordPoints(out, asOf, perPoint);
      expect(sizes.size).toBeGreaterThan(30);
      for (const [word, pt] of sizes) expect(pt, word).toBeGreaterThanOrEqual(7.95);
    }
  });

  it('says a 300-body map cannot be read on one A4 page and offers the poster, in both languages', async () => {
    const dir = tmp();
    const file = join(dir, 'large.mandat');
    writeFileSync(file, serializeMap(generateMap({ bodies: 300, members: 200, memberships: 400, lines: 300 }), null));
    const en = await runCli('export', file, '--page', 'a4', '--lang', 'en', '-o', join(dir, 'large-en.pdf'));
    expect(en.code, en.err).toBe(0);
    expect(en.err).toMatch(/The body names print at [\d.]+ pt on A4 portrait, below 8 pt\..*poster/);
    const sv = await runCli('export', file, '--page', 'a4', '--lang', 'sv', '-o', join(dir, 'large-sv.pdf'));
    expect(sv.err).toMatch(/Organens namn blir [\d,]+ pt på A4 stående, mindre än 8 pt\..*affisch/);
  });
});
