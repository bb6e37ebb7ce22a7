import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { heightPerPoint, namePoints } from './pdfWords';
import { runCli } from './runCli';

const sample = join(__dirname, '../../examples/eskilstuna.mandat');
const tmp = () => mkdtempSync(join(tmpdir(), 'mandat-page-'));

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
    // In layers the sample is too wide for A4 even in the compact layout (the compact A4 page of the map as placed: exportCompactPage.test.ts).
    const sv = await runCli('export', sample, '--as-of', '2021-09-26', '--page', 'a4', '--landscape', '--layout', 'layered', '--lang', 'sv', '-o', out);
    expect(sv.code).toBe(0);
    expect(sv.err).toMatch(/Organens namn blir [\d,]+ pt på A4 liggande, mindre än 8 pt\. Välj A\d/);
    // The warning is true: measured, the names are smaller than 8 pt on that A4 page.
    const smallest = Math.min(...namePoints(out, '2021-09-26', perPoint).values());
    expect(smallest).toBeLessThan(8);
    const en = await runCli('export', sample, '--as-of', '2021-09-26', '--page', 'a4', '--layout', 'layered', '--lang', 'en', '-o', join(dir, 'a4-en.pdf'));
    expect(en.err).toMatch(/The body names print at [\d.]+ pt on A4 portrait, below 8 pt\. Choose A\d/);
    const bad = await runCli('export', sample, '--page', 'b5', '--lang', 'en', '-o', join(dir, 'x.pdf'));
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--page must be a4\|a3\|a2\|a1\|a0\|auto/);
  });
});
