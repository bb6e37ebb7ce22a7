import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { heightPerPoint, namePoints, words } from './pdfWords';
import { runCli } from './runCli';

const sample = join(__dirname, '../../examples/eskilstuna.mandat');
const tmp = () => mkdtempSync(join(tmpdir(), 'mandat-poster-'));
const pages = (pdf: string): number => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
const pageSize = (pdf: string, page: number): string => /Page\s+\d+ size:\s+[\d.]+ x [\d.]+ pts \((\w+)\)/.exec(execFileSync('pdfinfo', ['-f', String(page), '-l', String(page), pdf], { encoding: 'utf8' }))?.[1] ?? '';

describe('mandat export --tiles (poster printing)', () => {
  it('prints the sample on A4 sheets with every body name at 8 pt or more, measured with pdftotext -bbox', async () => {
    const dir = tmp();
    const perPoint = await heightPerPoint(dir);
    for (const [asOf, layout] of [['2021-09-26', 'map'], ['2023-06-01', 'layered']] as const) {
      const out = join(dir, `poster-${asOf}.pdf`);
      const r = await runCli('export', sample, '--as-of', asOf, '--tiles', 'a4', '--layout', layout, '-o', out);
      expect(r.code, r.err).toBe(0);
      const n = pages(out);
      // An overview, then more than one sheet: the sample does not fit one A4 at 8 pt.
      expect(n).toBeGreaterThan(2);
      expect(pageSize(out, 2)).toBe('A4');
      const sizes = namePoints(out, asOf, perPoint, { first: 2 });
      expect(sizes.size).toBeGreaterThanOrEqual(5);
      for (const [name, pt] of sizes) expect(pt, name).toBeGreaterThanOrEqual(7.95);
      // On the overview page the same names are smaller: that page is the guide, not the print.
      const overview = namePoints(out, asOf, perPoint, { first: 1, last: 1 });
      expect(Math.max(...overview.values())).toBeLessThan(8);
    }
  });

  it('numbers each sheet in the margin, in the language asked, and says how to assemble the poster', async () => {
    const dir = tmp();
    const sv = join(dir, 'sv.pdf');
    expect((await runCli('export', sample, '--as-of', '2021-09-26', '--tiles', 'a3', '--lang', 'sv', '-o', sv)).code).toBe(0);
    const text = execFileSync('pdftotext', [sv, '-'], { encoding: 'utf8' });
    const n = pages(sv) - 1;
    expect(text).toMatch(new RegExp(`Affisch på ${n} A3-blad`));
    for (let i = 1; i <= n; i++) expect(text).toContain(`Blad ${i} av ${n}`);
    const en = join(dir, 'en.pdf');
    expect((await runCli('export', sample, '--as-of', '2021-09-26', '--tiles', 'a3', '--lang', 'en', '-o', en)).code).toBe(0);
    expect(words(en).map((w) => w.word)).toContain('Poster');
  });

  it('refuses a sheet size it does not know, and tiles for anything but a PDF', async () => {
    const dir = tmp();
    const bad = await runCli('export', sample, '--tiles', 'a5', '--lang', 'en', '-o', join(dir, 'x.pdf'));
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--tiles must be a4\|a3, not "a5"/);
    const svg = await runCli('export', sample, '--tiles', 'a4', '--lang', 'sv', '-o', join(dir, 'x.svg'));
    expect(svg.code).toBe(2);
    expect(svg.err).toMatch(/--tiles gäller bara pdf/);
    const layout = await runCli('export', sample, '--layout', 'tree', '--lang', 'en', '-o', join(dir, 'x.pdf'));
    expect(layout.err).toMatch(/--layout must be map\|layered/);
  });
});
