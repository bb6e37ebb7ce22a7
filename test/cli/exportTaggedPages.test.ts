import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './runCli';

const sample = join(__dirname, '../../examples/eskilstuna.mandat');
const tmp = () => mkdtempSync(join(tmpdir(), 'mandat-tagged-'));
const utf8 = (cmd: string, args: string[]): string => execFileSync(cmd, args, { encoding: 'utf8' });
const pages = (pdf: string): number => Number(/Pages:\s+(\d+)/.exec(utf8('pdfinfo', [pdf]))?.[1]);

/** The alternative texts of a PDF's structure elements, in order, decoded from UTF-16BE. */
function altTexts(file: string): string[] {
  const raw = readFileSync(file, 'latin1');
  return [...raw.matchAll(/\/Alt <FEFF([0-9A-F]*)>/g)].map((m) => Buffer.from(m[1] ?? '', 'hex').swap16().toString('utf16le'));
}

/** The structure tree as pdfinfo -struct prints it: one element per line, without indentation. */
const structure = (pdf: string): string[] => utf8('pdfinfo', ['-struct', pdf]).trim().split('\n').map((l) => l.trim());

describe('tagged poster sheets and body pages', () => {
  it('tags every page of a poster with body pages as a figure with its own alternative text, in the document language', async () => {
    const dir = tmp();
    const out = join(dir, 'poster.pdf');
    const r = await runCli('export', sample, '--as-of', '2021-09-26', '--tiles', 'a4', '--body-pages', '--lang', 'sv', '-o', out);
    expect(r.code, r.err).toBe(0);
    const n = pages(out);
    expect(utf8('pdfinfo', [out])).toMatch(/^Tagged:\s+yes$/m);
    // One Document holding one Figure per page: the overview, each sheet, each body page.
    expect(structure(out)).toEqual(['Document', ...Array.from({ length: n }, () => 'Figure')]);
    const alts = altTexts(out);
    expect(alts).toHaveLength(n);
    expect(alts[0]).toMatch(/Affisch på \d+ A4-blad/);
    expect(alts[1]).toMatch(/^Blad 1 av \d+ · rad 1, kolumn 1: en del av affischen\./);
    // A body page's alternative text is its text: the page of Kommunstyrelsen names it and its members' heading.
    const ks = alts.find((a) => a.startsWith('Kommunstyrelsen '));
    expect(ks).toContain('Ledamöter');
    const raw = readFileSync(out, 'latin1');
    expect(raw).toContain('/Lang (sv)');
    // Each figure holds its page's drawing: the struct text has the body names of the sheets and pages.
    expect(utf8('pdfinfo', ['-struct-text', out])).toContain('Kommunfullmäktige');
  });

  it('tags the body pages after a one-page diagram too, in English', async () => {
    const dir = tmp();
    const out = join(dir, 'page.pdf');
    const r = await runCli('export', sample, '--as-of', '2023-06-01', '--page', 'a3', '--body-pages', '--lang', 'en', '-o', out);
    expect(r.code, r.err).toBe(0);
    const n = pages(out);
    expect(n).toBeGreaterThan(5);
    expect(structure(out)).toEqual(['Document', ...Array.from({ length: n }, () => 'Figure')]);
    const alts = altTexts(out);
    expect(alts[0]).toMatch(/Eskilstuna/);
    expect(alts.slice(1).every((a) => a.length > 20)).toBe(true);
    expect(readFileSync(out, 'latin1')).toContain('/Lang (en)');
  });
});
