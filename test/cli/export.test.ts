import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { runCli } from './runCli';
import { pngDpi, pngSize } from '../../shared/export/pngDpi';

const root = join(__dirname, '../..');
const sample = join(root, 'examples/eskilstuna.mandat');
const tmp = () => mkdtempSync(join(tmpdir(), 'mandat-export-'));

const run = runCli;

/** poppler's pdfinfo, as a map of its fields. */
function pdfInfo(file: string): Record<string, string> {
  const text = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Object.fromEntries(text.split('\n').filter((l) => l.includes(':')).map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]));
}

describe('mandat export', () => {
  it('writes an SVG of real shapes and text that parses as XML', async () => {
    const dir = tmp();
    const out = join(dir, 'karta.svg');
    const r = await run('export', sample, '--as-of', '2021-09-26', '-o', out);
    expect(r.code, r.err).toBe(0);
    const svg = readFileSync(out, 'utf8');
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).not.toMatch(/foreignObject/i);
    expect(svg).toContain('<text');
  });

  it('writes the HTML publication, chosen by the extension, in the language asked, with a PDF that says it is tagged', async () => {
    const dir = tmp();
    const out = join(dir, 'karta.html');
    const r = await run('export', sample, '--as-of', '2023-06-01', '--lang', 'en', '--no-findings', '-o', out);
    expect(r.code, r.err).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(html).toContain('Map as of 2023-06-01');
    expect(html).toContain('<h3 id="body-1">');
    expect(html).not.toContain('id="findings"');
    const pdf = join(dir, 'karta.pdf');
    expect((await run('export', sample, '--as-of', '2023-06-01', '-o', pdf)).code).toBe(0);
    expect(pdfInfo(pdf).Tagged).toBe('yes');
  });

  it('writes a PNG at twice the diagram size, and a whole A4 landscape page at 300 dpi', async () => {
    const dir = tmp();
    const one = join(dir, 'one.png');
    const two = join(dir, 'two.png');
    const page = join(dir, 'page.png');
    expect((await run('export', sample, '--as-of', '2021-09-26', '--format', 'png', '-o', one)).code).toBe(0);
    expect((await run('export', sample, '--as-of', '2021-09-26', '--format', 'png', '--scale', '2', '-o', two)).code).toBe(0);
    expect((await run('export', sample, '--as-of', '2021-09-26', '--format', 'png', '--dpi', '300', '--page', 'a4', '--landscape', '-o', page)).code).toBe(0);
    const a = pngSize(readFileSync(one));
    const b = pngSize(readFileSync(two));
    expect(a).not.toBeNull();
    expect(b?.width).toBe(a!.width * 2);
    expect(Math.abs(b!.height - a!.height * 2)).toBeLessThanOrEqual(1);
    const p = readFileSync(page);
    expect(pngSize(p)).toEqual({ width: 3508, height: 2480 });
    expect(pngDpi(p)).toBe(300);
  });

  it('writes an A3 portrait PDF with the map name as selectable text', async () => {
    const dir = tmp();
    const out = join(dir, 'karta.pdf');
    expect((await run('export', sample, '--as-of', '2021-09-26', '--page', 'a3', '-o', out)).code).toBe(0);
    const info = pdfInfo(out);
    expect(info['Pages']).toBe('1');
    expect(info['Page size']).toMatch(/^841\.89 x 1190\.55 pts \(A3\)/);
    const text = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' });
    expect(text).toContain('Eskilstuna');
  });

  it('says which characters of the diagram the export font lacks (a partner named in Arabic) for a PDF, a PNG and a report, and writes the file', async () => {
    const dir = tmp();
    const { yjs: _history, ...plain } = JSON.parse(readFileSync(sample, 'utf8')) as { yjs?: string; bodies: { id: string; name: string }[] };
    const police = plain.bodies.find((b) => b.id === 'polis');
    if (!police) throw new Error('the sample has no police');
    police.name = 'جمعية الشباب';
    const map = join(dir, 'karta.mandat');
    writeFileSync(map, JSON.stringify(plain));
    for (const [extension, where] of [['pdf', 'PDF-filen'], ['png', 'PNG-bilden'], ['docx', 'rapportens diagram']] as const) {
      const r = await run('export', map, '--as-of', '2021-09-26', '-o', join(dir, `karta.${extension}`), '--lang', 'sv');
      expect(r.code, r.err).toBe(0);
      expect(r.err).toContain(`Tecknen ج م ع ي ة ا ل ش ب finns inte i exportens typsnitt (Liberation Sans) och blir tomma rutor i ${where}: i "جمعية الشباب". En SVG-export visar dem med datorns typsnitt.`);
      expect(existsSync(join(dir, `karta.${extension}`))).toBe(true);
    }
    // SVG is drawn with the reader's fonts, and the sample has nothing the font lacks.
    const svg = await run('export', map, '--as-of', '2021-09-26', '-o', join(dir, 'karta.svg'), '--lang', 'sv');
    expect(svg.err).not.toContain('typsnitt');
    const ordinary = await run('export', sample, '--as-of', '2021-09-26', '-o', join(dir, 'prov.pdf'), '--lang', 'sv');
    expect(ordinary.err).not.toContain('typsnitt');
  });

  it('writes the report and the membership matrix', async () => {
    const dir = tmp();
    for (const f of ['docx', 'xlsx', 'csv']) {
      const r = await run('export', sample, '--as-of', '2023-06-01', '--lang', 'en', '-o', join(dir, `karta.${f}`));
      expect(r.code, r.err).toBe(0);
    }
    const docx = await JSZip.loadAsync(readFileSync(join(dir, 'karta.docx')));
    expect(await docx.file('word/document.xml')!.async('string')).toContain('Heading1');
    const xlsx = await JSZip.loadAsync(readFileSync(join(dir, 'karta.xlsx')));
    expect(Object.keys(xlsx.files).some((n) => n.startsWith('xl/worksheets/'))).toBe(true);
    expect(readFileSync(join(dir, 'karta.csv'), 'utf8').split('\n').length).toBeGreaterThan(5);
  });

  it('puts the map\'s comments in the report with --comments, and only then', async () => {
    const dir = tmp();
    const file = JSON.parse(readFileSync(sample, 'utf8')) as Record<string, unknown>;
    delete file.yjs;
    file.comments = [{ id: 'c1', target: { kind: 'body', id: 'ks' }, replyTo: null, author: 'Anna', at: '2024-05-02T14:30:00+02:00', text: 'Gäller mandatet?', resolved: false }];
    const map = join(dir, 'kommenterad.mandat');
    writeFileSync(map, JSON.stringify(file));
    const documentXml = async (out: string) => (await JSZip.loadAsync(readFileSync(out))).file('word/document.xml')!.async('string');
    expect((await run('export', map, '--as-of', '2023-06-01', '--comments', '-o', join(dir, 'med.docx'))).code).toBe(0);
    expect(await documentXml(join(dir, 'med.docx'))).toContain('Gäller mandatet?');
    expect((await run('export', map, '--as-of', '2023-06-01', '-o', join(dir, 'utan.docx'))).code).toBe(0);
    expect(await documentXml(join(dir, 'utan.docx'))).not.toContain('Gäller mandatet?');
  });

  it('exports a "nothing to show" page, not a blank one, when the filters leave no body', async () => {
    const dir = tmp();
    const out = join(dir, 'tom.pdf');
    // Trygghetsberedningen was formed in 2023: on a 2021 date the selection is empty.
    const r = await run('export', sample, '--as-of', '2021-09-26', '--select', 'tb', '--lang', 'en', '-o', out);
    expect(r.code, r.err).toBe(0);
    // …and says why on stderr, with the body's dates.
    expect(r.err).toMatch(/^--select: Trygghetsberedningen \(2023-[\d-]+–…\) is not in force on 2021-09-26; give a date when it is with --as-of\.$/m);
    expect(execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' })).toMatch(/Nothing to show/);
  });

  it('says in plain words why it cannot write, and leaves nothing half-written', async () => {
    const dir = tmp();
    const missing = await run('export', sample, '--lang', 'en', '-o', join(dir, 'gone', 'karta.pdf'));
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('does not exist');
    const locked = join(dir, 'locked');
    execFileSync('mkdir', [locked]);
    chmodSync(locked, 0o500);
    const refused = await run('export', sample, '--lang', 'en', '-o', join(locked, 'karta.pdf'));
    chmodSync(locked, 0o700);
    // root may write anywhere; elsewhere the folder refuses.
    if (process.getuid?.() !== 0) expect(refused.err).toContain('may not be written');
    const existing = join(dir, 'old.pdf');
    writeFileSync(existing, 'old');
    // An export that fails after starting (an unknown body id) leaves the old file as it was.
    const failed = await run('export', sample, '--select', 'no-such-body', '-o', existing);
    expect(failed.code).toBe(2);
    expect(readFileSync(existing, 'utf8')).toBe('old');
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses bad options with a message naming the option', async () => {
    const cases: [string[], RegExp][] = [
      [['--format', 'gif', '-o', 'x.gif'], /--format/],
      [['-o', 'x.bin'], /--format/],
      [['--page', 'a5', '-o', 'x.pdf'], /--page/],
      [['--only', 'political,upper', '-o', 'x.pdf'], /--only/],
      [['--dpi', '5000', '-o', 'x.png'], /--dpi/],
      [['--as-of', '2023-13-01', '-o', 'x.pdf'], /--as-of/],
      [['--format', 'pdf'], /-o/],
    ];
    for (const [args, message] of cases) {
      const r = await run('export', sample, '--lang', 'en', ...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err).toMatch(message);
      expect(existsSync(args[args.length - 1] as string)).toBe(false);
    }
  });
});
