import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download, Page } from '@playwright/test';
import { describeViolations, expect, openApp, test } from './support';

const SHOTS = 'test-results/screenshots';

async function openSampleIn2021(page: Page): Promise<void> {
  await openApp(page);
  const field = page.getByLabel(/^(Kartan per|Map as of)$/);
  await field.fill('2021-09-26');
  await field.press('Tab');
}

async function save(download: Download, name: string): Promise<string> {
  const file = join(mkdtempSync(join(tmpdir(), 'mandat-e2e-print-')), name);
  writeFileSync(file, Buffer.concat(await (await download.createReadStream()).toArray()));
  return file;
}

test('the Export dialog lays the map out in layers, prints it as an A4 poster with decided-by lines and body pages', async ({ page, consoleErrors, axe }) => {
  // ELK, a poster and a page per body: minutes on a busy test machine, seconds on a laptop.
  test.setTimeout(180_000);
  await openSampleIn2021(page);
  await page.keyboard.press('Control+e');
  const dialog = page.getByRole('dialog', { name: 'Exportera diagram, rapport eller matris' });
  await dialog.getByLabel('Format').selectOption('pdf');
  await dialog.getByLabel('Placering').selectOption('layered');
  await dialog.getByLabel('Affisch').selectOption('a4');
  await expect(dialog.locator('#export-poster-plan')).toContainText(/\d+ blad \(\d+ × \d+\) och en översikt, namnen [\d,]+ pt/);
  await dialog.getByLabel('Beslutat av-linjer').check();
  await dialog.getByLabel('En sida per organ (bilaga)').check();
  // The preview shows the layered picture once ELK is done: the "arranging" note goes away.
  await expect(dialog.getByText('Ordnar i lager …')).toBeHidden();
  expect(describeViolations(await axe()), 'the export dialog with print choices').toEqual([]);
  mkdirSync(SHOTS, { recursive: true });
  for (const [w, h] of [
    [1366, 768],
    [1093, 614],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    await page.screenshot({ path: `${SHOTS}/print-export-${w}.png` });
  }
  const plan = (await dialog.locator('#export-poster-plan').textContent()) ?? '';
  const sheets = Number(/(\d+) blad/.exec(plan)?.[1]);
  const download = page.waitForEvent('download', { timeout: 120_000 });
  await dialog.getByRole('button', { name: 'Exportera', exact: true }).click();
  const pdf = await save(await download, 'affisch.pdf');
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  // The overview, the sheets the dialog announced, then the appendix and one page (or more) per body.
  expect(pages).toBeGreaterThan(1 + sheets + 1);
  const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
  expect(text).toContain(`Blad ${sheets} av ${sheets}`);
  expect(text).toContain('Bilaga: organ för organ');
  expect(text).toContain('Beslutat av (vem som beslutade mandatet)');
  expect(consoleErrors).toEqual([]);
});

test('the print choices are in English too, and the layered preview keeps fullmäktige above the executive board', async ({ page }) => {
  await openSampleIn2021(page);
  await page.getByLabel('Språk').selectOption('en');
  await page.keyboard.press('Control+e');
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Format').selectOption('svg');
  await dialog.getByLabel('Placement').selectOption('layered');
  await expect(dialog.getByText('Arranging in layers …')).toBeHidden();
  await expect(dialog.getByLabel('Decided-by lines')).toBeVisible();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const svg = Buffer.concat(await (await (await download).createReadStream()).toArray()).toString('utf8');
  const top = (name: string): number => {
    const group = new RegExp(`<g id="body-[^"]*"><title>${name}[^<]*</title><rect[^>]*\\sy="([\\d.-]+)"`).exec(svg);
    return Number(group?.[1]);
  };
  expect(top('Kommunfullmäktige')).toBeLessThan(top('Kommunstyrelsen'));
});
