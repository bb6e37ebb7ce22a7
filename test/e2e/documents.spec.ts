/**
 * Governing documents in the window: the Documents tab (add, edit, undo), the timeline
 * strip under the date control (a bar opens its document), the sheets on the canvas, and
 * Brå's template; axe on the tab and the strip; at 1366×768 and 1093×614.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { describeViolations, expect, openApp, skipStartPage, test } from './support';

const SIZES = [
  { width: 1366, height: 768 },
  { width: 1093, height: 614 },
];
const SHOTS = process.env.MANDAT_DOC_SHOTS;

/** Axe's WCAG 2 A/AA rules on the Documents tab and the timeline strip only. */
async function axeOnDocuments(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include('#panel-documents').include('#tab-documents').include('.doc-timeline').withTags(['wcag2a', 'wcag2aa']).analyze();
  return describeViolations(results);
}

const panel = (page: Page): Locator => page.locator('#panel-documents');
const timeline = (page: Page): Locator => page.getByRole('region', { name: 'Tidslinje för styrdokument' });

/** Adds a document from the tab and gives it a title and a kind; leaves its form open. */
async function addDocument(page: Page, title: string, kind: string, from: string): Promise<void> {
  await panel(page).getByRole('button', { name: 'Lägg till styrdokument' }).click();
  const form = panel(page);
  await form.getByLabel('Titel', { exact: true }).fill(title);
  await form.getByLabel('Titel', { exact: true }).press('Enter');
  await form.getByLabel('Slag', { exact: true }).selectOption({ label: kind });
  await form.getByLabel('Giltig från', { exact: true }).fill(from);
  await form.getByLabel('Giltig från', { exact: true }).press('Enter');
}

async function newMapWithDocuments(page: Page): Promise<void> {
  await openApp(page);
  await page.getByRole('button', { name: 'Ny karta' }).first().click();
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
  await page.getByRole('tab', { name: 'Styrdokument' }).click();
  await expect(panel(page).getByText('Kartan har inga styrdokument ännu.')).toBeVisible();
  await addDocument(page, 'Lägesbild 2025', 'Lägesbild', '2025-03-01');
  await panel(page).getByRole('button', { name: /Tillbaka till listan/ }).click();
  await addDocument(page, 'Åtgärdsplan 2025–2027', 'Åtgärdsplan', '2025-06-01');
  await panel(page).getByRole('button', { name: /Tillbaka till listan/ }).click();
}

for (const size of SIZES) {
  test(`add a lägesbild and an åtgärdsplan, edit one and undo, open one from the timeline (${size.width}×${size.height})`, async ({ page, consoleErrors }) => {
    test.setTimeout(150_000);
    await page.setViewportSize(size);
    await newMapWithDocuments(page);
    const list = panel(page).locator('.doc-item');
    await expect(list).toHaveCount(2);
    await expect(list.nth(0)).toContainText('Lägesbild 2025');
    await expect(list.nth(1)).toContainText('Åtgärdsplan 2025–2027');

    // An edit is one command: undo puts the old title back.
    await panel(page).getByRole('button', { name: 'Redigera Åtgärdsplan 2025–2027' }).click();
    const title = panel(page).getByLabel('Titel', { exact: true });
    await title.fill('Åtgärdsplan 2025–2028');
    await title.press('Enter');
    await panel(page).getByRole('button', { name: /Tillbaka till listan/ }).click();
    await expect(list.nth(1)).toContainText('Åtgärdsplan 2025–2028');
    await page.locator('.doc-intro').click();
    await page.keyboard.press('Control+z');
    await expect(list.nth(1)).toContainText('Åtgärdsplan 2025–2027');

    // A date that is no date is refused beside its field, in plain words.
    await panel(page).getByRole('button', { name: 'Redigera Lägesbild 2025' }).click();
    const to = panel(page).getByLabel('Giltig till (sista dagen)', { exact: true });
    await to.fill('2025-13-40');
    await to.press('Enter');
    await expect(panel(page).locator('.field.has-error [role="alert"]')).toBeVisible();
    await to.fill('2026-12-31');
    await to.press('Enter');
    await expect(panel(page).locator('.field.has-error')).toHaveCount(0);
    await panel(page).getByRole('button', { name: /Tillbaka till listan/ }).click();

    // The strip shows both periods; a click on a bar opens that document.
    const bars = timeline(page).getByRole('button');
    await expect(bars).toHaveCount(2);
    await expect(bars.nth(1)).toHaveAccessibleName(/Åtgärdsplan: Åtgärdsplan 2025–2027, 2025-06-01 – öppet/);
    await bars.nth(0).click();
    await expect(panel(page).getByLabel('Titel', { exact: true })).toHaveValue('Lägesbild 2025');
    await expect(bars.nth(0)).toHaveAttribute('aria-pressed', 'true');
    // Reachable with the keyboard: focus a bar and press Enter.
    await bars.nth(1).focus();
    await page.keyboard.press('Enter');
    await expect(panel(page).getByLabel('Titel', { exact: true })).toHaveValue('Åtgärdsplan 2025–2027');

    expect(await axeOnDocuments(page)).toEqual([]);
    await panel(page).getByRole('button', { name: /Tillbaka till listan/ }).click();
    expect(await axeOnDocuments(page)).toEqual([]);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/documents-panel-${size.width}.png` });
    expect(consoleErrors).toEqual([]);
  });
}

test('Brå’s template from the start page: the organisation and its two documents, on the canvas and undone in one step', async ({ page, consoleErrors }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openApp(page);
  await page.getByRole('menuitem', { name: 'Arkiv' }).click();
  await page.getByRole('menuitem', { name: 'Ny karta från Brås mall' }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(6);
  await expect(timeline(page).getByRole('button')).toHaveCount(2);
  // The template shows its documents on the canvas; Visa › Visa styrdokument hides and shows them.
  const sheets = page.locator('.doc-sheet');
  await expect(sheets).toHaveCount(2);
  await page.getByRole('menuitem', { name: 'Visa' }).click();
  await page.getByRole('menuitemcheckbox', { name: 'Visa styrdokument' }).click();
  await expect(sheets).toHaveCount(0);
  await page.getByRole('menuitem', { name: 'Visa' }).click();
  await page.getByRole('menuitemcheckbox', { name: 'Visa styrdokument' }).click();
  await expect(sheets).toHaveCount(2);
  await expect(page.locator('.doc-links line')).not.toHaveCount(0);
  const onCanvas = await new AxeBuilder({ page }).include('.doc-sheet').withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(describeViolations(onCanvas)).toEqual([]);
  await sheets.first().click();
  await expect(page.locator('#panel-documents').getByLabel('Titel', { exact: true })).toHaveValue(/Lägesbild/);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/documents-template-1366.png` });
  await page.setViewportSize({ width: 1093, height: 614 });
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/documents-template-1093.png` });
  await page.locator('.doc-intro, .doc-back').first().click();
  await page.keyboard.press('Control+z');
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
  await expect(timeline(page)).toHaveCount(0);
  expect(consoleErrors).toEqual([]);
});

test('the start page offers the template as a tile', async ({ page }) => {
  await skipStartPage(page);
  await page.goto('/');
  await page.getByRole('menuitem', { name: 'Arkiv' }).click();
  await page.getByRole('menuitem', { name: 'Startsida' }).click();
  await expect(page.getByRole('button', { name: /Börja från Brås mall/ })).toBeVisible();
});
