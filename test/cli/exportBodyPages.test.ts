import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { eskilstunaModel } from '../../examples/eskilstuna';
import { analyse } from '../../shared/analysis/analyse';
import { bodySheets } from '../../shared/export/bodySheets';
import { isValidOn } from '../../shared/time/isoDate';
import { runCli } from './runCli';

const sample = join(__dirname, '../../examples/eskilstuna.mandat');
const tmp = () => mkdtempSync(join(tmpdir(), 'mandat-bodypages-'));
const ASOF = '2023-06-01';
const pdfPages = (pdf: string): string[] => execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f');

describe('the body-per-page appendix (--body-pages)', () => {
  const model = eskilstunaModel();
  const shown = [...model.bodies.values()].filter((b) => isValidOn(b, ASOF));

  it('gives each body shown one sheet with its lines in and out and the findings that name it', () => {
    const findings = analyse(model, { asOf: ASOF }).findings;
    const sheets = bodySheets(model, { asOf: ASOF, lang: 'sv' }, findings);
    expect(sheets.map((s) => s.id).sort()).toEqual(shown.map((b) => b.id).sort());
    const lines = [...model.reportingLines.values()].filter((l) => isValidOn(l, ASOF));
    for (const s of sheets) {
      expect(s.out.length, s.title).toBe(lines.filter((l) => l.from === s.id).length);
      expect(s.in.length, s.title).toBe(lines.filter((l) => l.to === s.id).length);
      expect(s.findings.length, s.title).toBe(findings.filter((f) => f.elements.bodies.includes(s.id)).length);
    }
    const only = bodySheets(model, { asOf: ASOF, lang: 'en', selection: [shown[0]?.id as string] }, findings);
    expect(only).toHaveLength(1);
    expect(only[0]?.facts.map(([label]) => label)).toContain('Mandate');
  });

  it('adds one page per body after the diagram of the PDF, each starting with the body’s name', async () => {
    const dir = tmp();
    const plain = join(dir, 'plain.pdf');
    const withPages = join(dir, 'pages.pdf');
    expect((await runCli('export', sample, '--as-of', ASOF, '-o', plain)).code).toBe(0);
    const r = await runCli('export', sample, '--as-of', ASOF, '--body-pages', '--lang', 'sv', '-o', withPages);
    expect(r.code, r.err).toBe(0);
    const pages = pdfPages(withPages).filter((p) => p.trim() !== '');
    const before = pdfPages(plain).filter((p) => p.trim() !== '').length;
    // The diagram, a contents page of the appendix, then at least one page per body.
    expect(pages.length).toBeGreaterThanOrEqual(before + 1 + shown.length);
    expect(pages[before]).toContain('Bilaga: organ för organ');
    const sheets = bodySheets(model, { asOf: ASOF, lang: 'sv' }, []);
    const firstLines = pages.slice(before + 1).map((p) => p.trim().split('\n')[0]?.trim());
    for (const s of sheets) expect(firstLines).toContain(s.title);
  });

  it('ends the Word report with the appendix, each body under a heading that starts a page', async () => {
    const dir = tmp();
    const out = join(dir, 'report.docx');
    const r = await runCli('export', sample, '--as-of', ASOF, '--body-pages', '--lang', 'en', '-o', out);
    expect(r.code, r.err).toBe(0);
    const xml = await (await JSZip.loadAsync(readFileSync(out))).file('word/document.xml')?.async('string');
    expect(xml).toContain('Appendix: body by body');
    const appendix = (xml ?? '').slice((xml ?? '').indexOf('Appendix: body by body'));
    const headings = [...appendix.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<w:pStyle w:val="Heading2"\/>(?:(?!<\/w:p>).)*?<w:pageBreakBefore\/>/g)];
    expect(headings.length).toBe(shown.length);
  });
});
