/**
 * The pictures of the exports in docs/: the sample's diagram as `mandat export` writes it
 * (docs/export-diagram.png), and a page of the sample's Word report as LibreOffice prints
 * it (docs/report-page.png). `npm run docs:pictures`; the guide's screenshots of the window
 * come from the Playwright run (test/e2e/guide.spec.ts).
 *
 *   npx tsx scripts/docs-pictures.ts [--page N]   (the report's page, default 7: a body's chapter)
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const sample = join(root, 'examples/eskilstuna.mandat');
const asOf = '2021-09-26';
const pageArg = process.argv.indexOf('--page');
const page = pageArg > 0 ? Number(process.argv[pageArg + 1]) : 7;
const work = mkdtempSync(join(tmpdir(), 'mandat-docs-pictures-'));
const mandat = (...args: string[]) => execFileSync(process.execPath, [join(root, 'bin/mandat.js'), ...args], { stdio: 'inherit' });

mandat('export', sample, '--as-of', asOf, '--format', 'png', '-o', join(root, 'docs/export-diagram.png'));
console.log('wrote docs/export-diagram.png');

const docx = join(work, 'rapport.docx');
mandat('export', sample, '--as-of', asOf, '--format', 'docx', '-o', docx);
try {
  execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', work, docx], { stdio: 'ignore', timeout: 180_000 });
  execFileSync('pdftoppm', ['-png', '-r', '70', '-f', String(page), '-l', String(page), join(work, 'rapport.pdf'), join(work, 'page')]);
  const png = readdirSync(work).find((f) => f.startsWith('page') && f.endsWith('.png'));
  if (!png) throw new Error(`the report has no page ${page}`);
  copyFileSync(join(work, png), join(root, 'docs/report-page.png'));
  console.log(`wrote docs/report-page.png (page ${page} of the report)`);
} catch (e) {
  // LibreOffice and poppler are not everywhere: the diagram is written, the report page left as it was.
  console.error(`docs/report-page.png not written: LibreOffice (soffice) and pdftoppm are needed (${e instanceof Error ? e.message : String(e)}).`);
  process.exitCode = 1;
}
