import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { autosaved, describeViolations, expect, openApp, test } from './support';

const SHOTS = 'test-results/screenshots';
const node = (page: Page, name: string) => page.locator('.react-flow__node').filter({ has: page.locator('.body-node-name', { hasText: new RegExp(`^${name}$`) }) });

async function setAsOf(page: Page, date: string): Promise<void> {
  const field = page.getByLabel(/^(Kartan per|Map as of)$/);
  await field.fill(date);
  await field.press('Tab');
}

async function openViews(page: Page) {
  await page.getByRole('menuitem', { name: 'Visa' }).click();
  await page.getByRole('menuitem', { name: 'Sparade vyer och presentation…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sparade vyer' });
  await expect(dialog).toBeVisible();
  return dialog;
}

async function saveView(page: Page, name: string): Promise<void> {
  const dialog = await openViews(page);
  await dialog.getByLabel('Namn på vyn').fill(name);
  await dialog.getByRole('button', { name: 'Spara nuvarande vy' }).click();
  await expect(dialog.getByRole('listitem').filter({ hasText: name })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
}

test('steps through a presentation of saved views with the arrow keys, edits nothing, and Escape puts the editor back', async ({ page, consoleErrors, axe }) => {
  test.setTimeout(150_000);
  await openApp(page);
  await setAsOf(page, '2021-09-26');
  await saveView(page, 'Hela kartan 2021');
  await setAsOf(page, '2023-06-01');
  await node(page, 'Kommunstyrelsen').click();
  await expect(node(page, 'Kommunstyrelsen')).toHaveClass(/selected/);
  await saveView(page, 'KS 2023');
  // Something else on screen before presenting, to see it come back afterwards.
  await page.getByRole('menuitem', { name: 'Visa' }).click();
  await page.keyboard.press('Escape');
  await setAsOf(page, '2022-01-01');
  const bodies = await page.locator('.react-flow__node').count();

  const dialog = await openViews(page);
  await expect(dialog.getByRole('list', { name: 'Vyerna i presentationens ordning' }).getByRole('listitem')).toHaveCount(2);
  expect(describeViolations(await axe()), 'the saved views dialog').toEqual([]);
  await dialog.getByRole('button', { name: 'Starta presentation' }).click();

  const show = page.getByRole('dialog', { name: 'Presentation' });
  const status = show.getByRole('status');
  await expect(status).toContainText('Hela kartan 2021');
  await expect(status).toContainText('1 av 2');
  await expect(status).toContainText('Kartan per 2021-09-26');
  await expect(page.locator('.toolbar')).toBeHidden();
  await expect(page.locator('.time-control')).toBeHidden();
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/presentation-1.png` });

  await page.keyboard.press('ArrowRight');
  await expect(status).toContainText('KS 2023');
  await expect(status).toContainText('2 av 2');
  await expect(status).toContainText('Kartan per 2023-06-01');
  await expect(node(page, 'Kommunstyrelsen')).toHaveClass(/selected/);
  await expect(node(page, 'Kommunstyrelsen')).toBeInViewport();
  // The last view stays the last; Delete does not reach the editor.
  await page.keyboard.press('ArrowRight');
  await expect(status).toContainText('2 av 2');
  await page.keyboard.press('Delete');
  await page.screenshot({ path: `${SHOTS}/presentation-2.png` });

  await page.keyboard.press('ArrowLeft');
  await expect(status).toContainText('1 av 2');
  await expect(node(page, 'Kommunstyrelsen')).not.toHaveClass(/selected/);

  await page.keyboard.press('Escape');
  await expect(show).toBeHidden();
  await expect(page.locator('.toolbar')).toBeVisible();
  await expect(page.getByLabel(/^(Kartan per|Map as of)$/)).toHaveValue('2022-01-01');
  await expect(page.locator('.react-flow__node')).toHaveCount(bodies);

  // The views are part of the map: in the autosaved copy, and there after a reload.
  await autosaved(page, 'KS 2023');
  await page.reload();
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  const again = await openViews(page);
  await expect(again.getByRole('listitem')).toHaveCount(2);
  expect(consoleErrors).toEqual([]);
});

test('steps through the views a .mandat file holds, focus body selected, in the file’s order', async ({ page, consoleErrors }, info) => {
  test.setTimeout(120_000);
  const plain = JSON.parse(readFileSync('examples/eskilstuna.mandat', 'utf8')) as Record<string, unknown>;
  // Without the Yjs state: the plain map is the truth, as for a file written by hand.
  delete plain.yjs;
  const filters = { levels: ['political', 'administrative', 'operative', 'external'], kind: 'all', showFunding: true, showDecidedBy: true };
  plain.views = [
    { id: 'v-b', name: 'Kommunstyrelsen i fokus', asOf: '2023-06-01', viewport: { x: 0, y: 0, zoom: 1.2 }, focus: 'ks', filters, order: 1 },
    { id: 'v-a', name: 'Bara de politiska', asOf: '2021-09-26', viewport: { x: 0, y: 0, zoom: 0.5 }, focus: null, filters: { ...filters, levels: ['political'] }, order: 0 },
  ];
  const file = info.outputPath('with-views.mandat');
  writeFileSync(file, JSON.stringify(plain));
  await page.addInitScript(() => delete (window as unknown as Record<string, unknown>).showOpenFilePicker);
  await openApp(page);
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Control+o');
  await (await chooser).setFiles(file);
  await expect(page.locator('.react-flow__node').first()).toBeVisible();

  const dialog = await openViews(page);
  await expect(dialog.getByRole('list', { name: 'Vyerna i presentationens ordning' }).getByRole('listitem')).toHaveText([/^Bara de politiska/, /^Kommunstyrelsen i fokus.*fokus: Kommunstyrelsen/]);
  mkdirSync(SHOTS, { recursive: true });
  for (const [width, height] of [[1366, 768], [1093, 614]] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `${SHOTS}/saved-views-from-file-${width}.png` });
  }
  await dialog.getByRole('button', { name: 'Starta presentation' }).click();
  const status = page.getByRole('dialog', { name: 'Presentation' }).getByRole('status');
  await expect(status).toContainText('Bara de politiska');
  await expect(status).toContainText('Kartan per 2021-09-26');
  await expect(node(page, 'Kommunstyrelsen')).toBeVisible();
  // Only political bodies: the administration is filtered away.
  await expect(node(page, 'Kommunledningskontoret')).toHaveCount(0);
  await page.keyboard.press('ArrowRight');
  await expect(status).toContainText('Kommunstyrelsen i fokus');
  await expect(status).toContainText('2 av 2');
  await expect(node(page, 'Kommunstyrelsen')).toHaveClass(/selected/);
  await expect(node(page, 'Kommunledningskontoret')).toHaveCount(1);
  await page.screenshot({ path: `${SHOTS}/presentation-from-file-1093.png` });
  await page.keyboard.press('Escape');
  expect(consoleErrors).toEqual([]);
});

test('moves the views the version before kept in the browser into the map once, as one undo step', async ({ page, consoleErrors }) => {
  test.setTimeout(120_000);
  await openApp(page);
  const key = 'mandat.savedViews:Eskilstuna kommun – trygghetsarbetets organisation 2018–2023';
  const old = [{ id: 'old-1', name: 'Gammal vy', asOf: '2021-09-26', box: { x: 0, y: 0, width: 800, height: 500 }, selectedBodies: ['ks'], levels: ['political'], kind: 'all', showFunding: true, showDecidedBy: true }];
  await page.evaluate(([k, v]) => localStorage.setItem(k as string, v as string), [key, JSON.stringify(old)]);

  const dialog = await openViews(page);
  await expect(dialog.getByRole('listitem')).toHaveText([/^Gammal vy.*fokus: Kommunstyrelsen/]);
  expect(await page.evaluate((k) => localStorage.getItem(k), key)).toBeNull();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.keyboard.press('Control+z');
  const after = await openViews(page);
  await expect(after.getByText('Inga sparade vyer ännu', { exact: false })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});
