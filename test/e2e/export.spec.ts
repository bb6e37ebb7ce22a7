import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download, Page } from '@playwright/test';
import { describeViolations, dropFile, expect, openApp, test } from './support';

const SHOTS = 'test-results/screenshots';

async function openSampleIn2021(page: Page): Promise<void> {
  await openApp(page);
  const field = page.getByLabel(/^(Kartan per|Map as of)$/);
  await field.fill('2021-09-26');
  await field.press('Tab');
}

async function bytesOf(download: Download): Promise<Buffer> {
  return Buffer.concat(await (await download.createReadStream()).toArray());
}

test('the Export dialog previews the diagram and downloads a PDF that poppler reads', async ({ page, consoleErrors, axe }) => {
  await openSampleIn2021(page);
  // Whether "the preview is being drawn" was said while it was (a blank frame before).
  await page.evaluate(() => {
    const seen = new MutationObserver(() => {
      if (document.querySelector('.export-preview-wait')?.textContent === 'Förhandsvisningen ritas…') (window as unknown as { saidDrawing: boolean }).saidDrawing = true;
    });
    seen.observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  await page.keyboard.press('Control+e');
  const dialog = page.getByRole('dialog', { name: 'Exportera diagram, rapport eller matris' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('img', { name: /Förhandsvisning av diagrammet per 2021-09-26/ })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { saidDrawing?: boolean }).saidDrawing)).toBe(true);
  // Once drawn, it is no longer said.
  await expect(dialog.locator('.export-preview-wait')).toHaveText('');
  expect(describeViolations(await axe()), 'the export dialog').toEqual([]);
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/export-dialog.png` });

  await dialog.getByLabel('Format').selectOption('pdf');
  await dialog.getByLabel('Sidstorlek').selectOption('a3');
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Exportera', exact: true }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/ 2021-09-26\.pdf$/);
  const dir = mkdtempSync(join(tmpdir(), 'mandat-e2e-export-'));
  const pdf = join(dir, 'karta.pdf');
  writeFileSync(pdf, await bytesOf(file));
  expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Page size:\s+1190\.55 x 841\.89 pts \(A3\)/);
  expect(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })).toContain('Kommunstyrelsen');
  await expect(dialog).toBeHidden();
  await expect(page.getByText(/Exporterade .*\.pdf/)).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('exports a PNG of the requested size, the Word report and the matrix from the window', async ({ page, consoleErrors }) => {
  await openSampleIn2021(page);
  await page.getByRole('button', { name: 'Exportera…' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Format').selectOption('png');
  await dialog.getByLabel('Storlek').selectOption('page');
  await dialog.getByLabel('Sidstorlek').selectOption('a4');
  await dialog.getByLabel('Liggande').check();
  let download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Exportera', exact: true }).click();
  const png = await bytesOf(await download);
  // 297 × 210 mm at 300 dpi.
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([3508, 2480]);

  for (const [format, check] of [
    ['docx', (b: Buffer) => expect(b.subarray(0, 2).toString()).toBe('PK')],
    ['xlsx', (b: Buffer) => expect(b.subarray(0, 2).toString()).toBe('PK')],
    ['csv', (b: Buffer) => expect(b.toString('utf8')).toContain('Kommunstyrelsen')],
  ] as const) {
    await page.keyboard.press('Control+e');
    await dialog.getByLabel('Format').selectOption(format);
    if (format === 'xlsx') await expect(dialog.locator('.export-matrix')).toContainText('Kommunstyrelsen');
    download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Exportera', exact: true }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(new RegExp(`\\.${format}$`));
    check(await bytesOf(file));
  }
  expect(consoleErrors).toEqual([]);
});

test('only the selected bodies, in English, and Escape closes the dialog', async ({ page }) => {
  await openSampleIn2021(page);
  await page.getByLabel('Språk').selectOption('en');
  await page.locator('.react-flow__node').filter({ hasText: 'Kommunstyrelsen' }).first().click();
  await page.keyboard.press('Control+e');
  const dialog = page.getByRole('dialog', { name: 'Export diagram, report or matrix' });
  await dialog.getByLabel('Format').selectOption('svg');
  await dialog.getByLabel('Only the selected bodies (1)').check();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const svg = (await bytesOf(await download)).toString('utf8');
  expect(svg).not.toMatch(/foreignObject/);
  expect(svg).toContain('Kommunstyrelsen');
  expect(svg).not.toContain('Kommunfullmäktige');
  expect(svg).toContain('Legend');
  await page.keyboard.press('Control+e');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('a PDF of a map with a name in Arabic says, under its options, which characters the export font lacks', async ({ page }) => {
  await openApp(page);
  const { yjs: _history, ...plain } = JSON.parse(readFileSync(join(process.cwd(), 'examples', 'eskilstuna.mandat'), 'utf8')) as { yjs?: string; bodies: { id: string; name: string }[] };
  const police = plain.bodies.find((b) => b.id === 'polis');
  if (!police) throw new Error('the sample has no police');
  police.name = 'جمعية الشباب';
  await dropFile(page, 'arabiska.mandat', JSON.stringify(plain));
  await expect(page.locator('.react-flow__node', { hasText: 'جمعية الشباب' })).toBeVisible();
  await page.keyboard.press('Control+e');
  const dialog = page.getByRole('dialog', { name: 'Exportera diagram, rapport eller matris' });
  await dialog.getByLabel('Format').selectOption('pdf');
  const note = dialog.locator('#export-glyphs');
  await expect(note).toHaveText(/^Tecknen ج م ع ي ة ا ل ش ب finns inte i exportens typsnitt \(Liberation Sans\) och blir tomma rutor i PDF-filen: i "جمعية الشباب"/);
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/export-glyphs-${page.viewportSize()?.width ?? 0}.png` });
  // An SVG is drawn with the reader's fonts: nothing to say.
  await dialog.getByLabel('Format').selectOption('svg');
  await expect(note).toHaveCount(0);
});
