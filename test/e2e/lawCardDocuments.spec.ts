/**
 * Issue 16's walk through the window: a new map gets a Kommunstyrelse, a lägesbild and an
 * åtgärdsplan decided by it in the Styrdokument tab, and the Lagkrav card in the Fynd tab
 * goes from missing to met for both requirements; the sample's timeline shows its documents.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, openApp, test } from './support';

const panel = (page: Page): Locator => page.locator('#panel-documents');
const requirement = (page: Page, id: string): Locator => page.locator(`[data-testid="law-card"] [data-requirement="${id}"]`);

async function setAsOf(page: Page, date: string): Promise<void> {
  const field = page.getByLabel(/^(Kartan per|Map as of)$/);
  await field.fill(date);
  await field.press('Tab');
}

async function addDocument(page: Page, title: string, kind: string, from: string, decidedBy?: string): Promise<void> {
  await panel(page).getByRole('button', { name: 'Lägg till styrdokument' }).click();
  await panel(page).getByLabel('Titel', { exact: true }).fill(title);
  await panel(page).getByLabel('Titel', { exact: true }).press('Enter');
  await panel(page).getByLabel('Slag', { exact: true }).selectOption({ label: kind });
  await panel(page).getByLabel('Giltig från', { exact: true }).fill(from);
  await panel(page).getByLabel('Giltig från', { exact: true }).press('Enter');
  if (decidedBy) {
    const select = panel(page).getByLabel('Beslutad av', { exact: true });
    const value = await select.locator('option', { hasText: decidedBy }).first().getAttribute('value');
    await select.selectOption(value ?? '');
  }
  await panel(page).getByRole('button', { name: /Tillbaka till listan/ }).click();
}

test('a lägesbild and an åtgärdsplan added to a new map take the Lagkrav card from missing to met', async ({ page, consoleErrors }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await openApp(page);
  await page.locator('.react-flow__pane').click();
  await page.keyboard.press('Control+n');
  await expect(page.locator('.react-flow__node')).toHaveCount(0);

  // The municipality's executive board, from the canvas menu (accountable at once).
  await page.locator('.react-flow__pane').click({ button: 'right', position: { x: 300, y: 200 } });
  await page.getByRole('menu').first().getByRole('menuitem', { name: 'Lägg till organ här' }).click();
  await page.getByRole('menuitem', { name: 'Kommunstyrelse' }).click();
  await page.keyboard.press('Enter');
  await expect(page.locator('.react-flow__node')).toHaveCount(1);

  await setAsOf(page, '2025-09-01');
  await page.getByRole('tab', { name: 'Fynd' }).click();
  await expect(requirement(page, 'situational_picture')).toHaveAttribute('data-status', 'missing');
  await expect(requirement(page, 'action_plan')).toHaveAttribute('data-status', 'missing');

  await page.getByRole('tab', { name: 'Styrdokument' }).click();
  await addDocument(page, 'Lägesbild 2025', 'Lägesbild', '2025-03-01');
  await addDocument(page, 'Åtgärdsplan 2025–2027', 'Åtgärdsplan', '2025-06-01', 'Kommunstyrelse');

  await page.getByRole('tab', { name: 'Fynd' }).click();
  await expect(requirement(page, 'situational_picture')).toHaveAttribute('data-status', 'met');
  await expect(requirement(page, 'situational_picture')).toContainText('Lägesbild 2025');
  await expect(requirement(page, 'action_plan')).toHaveAttribute('data-status', 'met');
  await expect(requirement(page, 'action_plan')).toContainText('Åtgärdsplan 2025–2027');
  expect(consoleErrors).toEqual([]);
});

test('the timeline shows the sample’s governing documents', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openApp(page, { asOpened: true });
  const bars = page.getByRole('region', { name: 'Tidslinje för styrdokument' }).getByRole('button');
  await expect(bars.first()).toBeVisible();
  expect(await bars.count()).toBeGreaterThanOrEqual(5);
  await expect(page.getByRole('region', { name: 'Tidslinje för styrdokument' }).getByRole('button', { name: /Samverkansöverenskommelse mellan Eskilstuna kommun och Polismyndigheten/ })).toHaveCount(1);
});
