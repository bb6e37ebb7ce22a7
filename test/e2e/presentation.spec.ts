import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { describeViolations, expect, openApp, test } from './support';

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

  // The views are still there after a reload.
  await page.reload();
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  const again = await openViews(page);
  await expect(again.getByRole('listitem')).toHaveCount(2);
  expect(consoleErrors).toEqual([]);
});
