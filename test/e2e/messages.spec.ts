import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { dropFile, expect, openApp, test } from './support';

const SAMPLE = readFileSync(join(process.cwd(), 'examples', 'eskilstuna.mandat'), 'utf8');
const node = (page: Page, name: string) => page.locator('.react-flow__node').filter({ has: page.locator('.body-node-name', { hasText: new RegExp(`^${name}$`) }) });
const toasts = (page: Page) => page.locator('.notice');

test.use({ viewport: { width: 1366, height: 768 } });


/** Saves as a download (no File System Access API), so the map is saved without a dialog. */
async function saveAsDownload(page: Page): Promise<void> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /^(Spara|Save)$/ }).click();
  await download;
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    delete (window as unknown as Record<string, unknown>).showSaveFilePicker;
    delete (window as unknown as Record<string, unknown>).showOpenFilePicker;
  });
  await openApp(page);
});

test('a date that does not exist is said in words beside its field, and goes when it is fixed', async ({ page, consoleErrors }) => {
  await node(page, 'Kommunfullmäktige').click();
  await page.getByRole('tab', { name: 'Organ' }).click();
  await page.getByRole('button', { name: 'Redigera' }).click();
  const from = page.getByLabel('Giltig från').first();
  await from.fill('2023-02-30');
  await from.press('Enter');
  await expect(from).toHaveAttribute('aria-invalid', 'true');
  const reasonId = await from.getAttribute('aria-describedby');
  const reason = page.locator(`[id="${reasonId}"]`);
  await expect(reason).toHaveText('Datumet 2023-02-30 finns inte: februari 2023 har 28 dagar.');
  await expect(page.getByText(/changes\.|validFrom/)).toHaveCount(0);
  await expect(toasts(page)).toHaveCount(0);
  await from.fill('2023-02-28');
  await from.press('Enter');
  await expect(reason).toHaveCount(0);
  await expect(from).not.toHaveAttribute('aria-invalid', 'true');
  await expect(from).toHaveValue('2023-02-28');
  expect(consoleErrors).toEqual([]);
});

test('a notice from before does not lie over a dialog opened after it; an error stays', async ({ page }) => {
  // An error (a file that could not be opened), which stays until closed, and a success notice.
  await dropFile(page, 'trasig.mandat', '{"format": "mandat",');
  const error = toasts(page).filter({ hasText: 'kunde inte öppnas' });
  await expect(error).toBeVisible();
  await saveAsDownload(page);
  const toast = toasts(page).filter({ hasText: 'Sparad som' });
  await expect(toast).toBeVisible();
  await page.keyboard.press('Control+e');
  const dialog = page.getByRole('dialog', { name: 'Exportera diagram, rapport eller matris' });
  await expect(dialog).toBeVisible();
  // Its five seconds are not over, but it told of what was done before; the error is still to be read.
  await expect(toast).toHaveCount(0);
  await expect(error).toBeVisible();
  await dialog.getByRole('button', { name: 'Avbryt' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(error).toBeVisible();
});

test('a threshold is shown and read with a decimal comma in Swedish and a point in English; an empty one is refused in words', async ({ page }) => {
  await page.getByRole('tab', { name: 'Inställningar' }).click();
  const overlap = page.getByLabel(/^Överlapp: andel/);
  await expect(overlap).toHaveValue('0,5');
  await overlap.fill('0,6');
  await overlap.press('Enter');
  await expect(overlap).toHaveValue('0,6');
  await overlap.fill('');
  await overlap.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: /NaN|undefined/ })).toHaveCount(0);
  await expect(overlap).toHaveAttribute('aria-invalid', 'true');
  await overlap.press('Escape');
  await page.getByLabel('Språk').selectOption('en');
  await expect(page.getByLabel(/^Overlap: share/)).toHaveValue('0.6');
});

test('a success toast closes itself, below the toolbar, beside the side panel and above the time control', async ({ page }) => {
  await saveAsDownload(page);
  const toast = toasts(page).filter({ hasText: 'Sparad som' });
  await expect(toast).toBeVisible();
  // The toast is the live region itself, its words in the page once (no hidden copy).
  await expect(page.getByRole('status').filter({ hasText: 'Sparad som' })).toBeVisible();
  await expect(page.getByText(/Sparad som/)).toHaveCount(1);
  const box = await toast.boundingBox();
  const toolbar = await page.locator('.app > *').first().boundingBox();
  const time = await page.locator('.time-control').boundingBox();
  const panel = await page.locator('.side-panel').boundingBox();
  if (!box || !toolbar || !time || !panel) throw new Error('the toast, toolbar, time control or side panel is not drawn');
  expect(box.y).toBeGreaterThanOrEqual(toolbar.y + toolbar.height);
  expect(box.y + box.height).toBeLessThanOrEqual(time.y);
  // Clear of the side panel, so that a form being filled stays visible.
  expect(box.x + box.width).toBeLessThanOrEqual(panel.x);
  await expect(toast).toHaveCount(0, { timeout: 9000 });
  // Saving again does not pile up a second "Sparad som".
  await saveAsDownload(page);
  await saveAsDownload(page);
  await expect(toasts(page).filter({ hasText: 'Sparad som' })).toHaveCount(1);
});

test('a cut-off file says so in one sentence, the parser behind "Visa detaljer", until a map opens', async ({ page }) => {
  await dropFile(page, 'avkortad.mandat', SAMPLE.slice(0, 29544));
  const toast = toasts(page).filter({ hasText: 'avkortad.mandat' });
  await expect(toast).toContainText('Filen avkortad.mandat kunde inte öppnas');
  await expect(page.getByRole('alert')).toContainText('Filen är avkortad');
  await expect(toast.locator('.notice-text')).toHaveText(/^Filen är avkortad: den slutar mitt i kartan[^.]*\.$/);
  // The details say where the file ends, in Swedish (no parser's English).
  const parser = toast.getByText(/^Filen har 29544 tecken och slutar med: …/);
  await expect(parser).toBeHidden();
  await expect(toast.getByText(/Unterminated|Unexpected|position \d/)).toBeHidden();
  await toast.getByText('Visa detaljer').click();
  await expect(parser).toBeVisible();
  await expect(node(page, 'Kommunfullmäktige')).toBeVisible();
  // An error stays past the few seconds information gets…
  await page.waitForTimeout(6000);
  await expect(toast).toBeVisible();
  // …and goes when a map opens.
  await dropFile(page, 'eskilstuna.mandat', SAMPLE);
  await expect(toast).toHaveCount(0);
});

test('a dropped file of another kind says what Mandat opens, and the message goes when the sample opens from the start page', async ({ page }) => {
  await dropFile(page, 'anteckningar.txt', 'inte en karta');
  const toast = toasts(page).filter({ hasText: 'anteckningar.txt' });
  await expect(toast).toContainText('Filen anteckningar.txt kunde inte öppnas');
  await expect(toast.locator('.notice-text')).toHaveText('Mandat öppnar kartor (.mandat eller .json) och arbetsböcker (.xlsx eller .csv); den här filen är av ett annat slag.');
  await expect(node(page, 'Kommunfullmäktige')).toBeVisible();
  // Another map opened some other way than a file (here the sample, from the Help menu's start page) ends it too.
  await page.getByRole('menuitem', { name: 'Hjälp' }).click();
  await page.getByRole('menuitem', { name: /^Startsida/ }).click();
  await page.getByRole('button', { name: /exempelkartan/ }).click();
  await expect(toast).toHaveCount(0);
});

test("React Flow's controls, minimap and keyboard help speak Swedish", async ({ page }) => {
  await expect(page.locator('.react-flow__controls-zoomin')).toHaveAttribute('aria-label', 'Zooma in');
  await expect(page.locator('.react-flow__controls-zoomout')).toHaveAttribute('aria-label', 'Zooma ut');
  await expect(page.locator('.react-flow__controls-fitview')).toHaveAttribute('title', 'Visa hela kartan');
  await expect(page.locator('.react-flow__controls')).toHaveAttribute('aria-label', 'Zoom och vy');
  await expect(page.locator('.react-flow__minimap title')).toHaveText('Översiktskarta');
  await expect(page.locator('[id^="react-flow__node-desc"]')).toContainText('Tryck Enter eller mellanslag för att markera organet');
  const html = await page.content();
  for (const english of ['Zoom In', 'Zoom Out', 'Fit View', 'Mini Map', 'Control Panel', 'Press enter or space']) expect(html).not.toContain(english);
  await page.getByLabel('Språk').selectOption('en');
  await expect(page.locator('.react-flow__controls-zoomin')).toHaveAttribute('aria-label', 'Zoom in');
});

test('switching the language leaves a saved map saved, and is remembered', async ({ page }) => {
  await node(page, 'Kommunfullmäktige').click();
  // The arrow moves a selected node: wait until the canvas draws it selected (on a loaded machine the key came first once).
  await expect(node(page, 'Kommunfullmäktige')).toHaveClass(/\bselected\b/);
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveTitle(/^• /);
  await saveAsDownload(page);
  await expect(page).not.toHaveTitle(/^• /);
  await page.getByLabel('Språk').selectOption('en');
  await expect(page.getByRole('button', { name: 'Save', exact: true })).toBeVisible();
  await page.getByLabel('Language').selectOption('sv');
  await page.getByLabel('Språk').selectOption('en');
  await expect(page).not.toHaveTitle(/^• /);
  await expect(page.locator('h1')).not.toContainText('unsaved');
  await page.reload();
  await expect(page.getByRole('button', { name: 'Save', exact: true })).toBeVisible();
});
