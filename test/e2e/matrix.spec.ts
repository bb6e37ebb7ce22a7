import type { Page } from '@playwright/test';
import { describeViolations, expect, openApp, test } from './support';

const SHOTS = 'test-results/screenshots';

async function openMatrix(page: Page): Promise<void> {
  await page.getByRole('menubar').getByRole('menuitem', { name: 'Visa' }).click();
  await page.getByRole('menuitem', { name: 'Ansvarsmatris' }).click();
  await expect(page.getByRole('grid')).toBeVisible();
}

/** The row and column of a cell, counted as the grid counts them (the first cell is 0, 0). */
async function cellPosition(page: Page, task: string, body: string): Promise<[number, number]> {
  const grid = page.getByRole('grid');
  const rows = await grid.locator('tbody th[scope=row]').allInnerTexts();
  const cols = await grid.locator('thead tr:last-child th[scope=col] button').allInnerTexts();
  return [rows.findIndex((r) => r.startsWith(task)), cols.indexOf(body)];
}

for (const size of [
  { width: 1366, height: 768 },
  { width: 1093, height: 614 },
] as const) {
  test.describe(`at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size });
    test.describe.configure({ timeout: 150_000 });

    test('sets A for a task with the keyboard only and the finding goes; axe finds nothing in the matrix', async ({ page, consoleErrors }) => {
      await openApp(page);
      await openMatrix(page);
      const findingsTab = page.getByRole('tab', { name: /^Fynd/ });
      const count = async (): Promise<number> => Number(/\((\d+)\)/.exec((await findingsTab.innerText()) ?? '')?.[1]);
      const before = await count();
      // The findings narrowed to the task's "no A" finding: one before, none after.
      await page.locator('.side-panel input[type=search]').fill('Ingen ansvarar (A) för uppgiften Följa upp Trygga unga');
      const narrowed = page.locator('.findings-count');
      await expect(narrowed).toContainText(/^1 /);
      await page.screenshot({ path: `${SHOTS}/matrix-sv-${size.width}x${size.height}.png` });

      const [row, col] = await cellPosition(page, 'Följa upp Trygga unga', 'KS');
      expect(row).toBeGreaterThanOrEqual(0);
      expect(col).toBeGreaterThanOrEqual(0);
      await page.locator('#mx-0-0').focus();
      for (let i = 0; i < row; i++) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Home');
      for (let i = 0; i < col; i++) await page.keyboard.press('ArrowRight');
      await expect(page.locator(`#mx-${row}-${col}`)).toBeFocused();
      await page.keyboard.press('a');
      await expect(page.locator(`#mx-${row}-${col}`)).toHaveText('A');
      // The task now has one A: its finding goes. KS, its funder, is now on the follow-up (one
      // finding less), but KFN, which carries the follow-up out, reports to KF, not KS (one more).
      await expect(narrowed).toContainText(/^0 /);
      await expect.poll(count).toBe(before - 1);
      // Delete takes it away again: the finding comes back.
      await page.keyboard.press('Delete');
      await expect(page.locator(`#mx-${row}-${col}`)).toHaveText('');
      await expect(narrowed).toContainText(/^1 /);
      await expect.poll(count).toBe(before);

      const AxeBuilder = (await import('@axe-core/playwright')).default;
      const axe = await new AxeBuilder({ page }).include('.matrix-view').withTags(['wcag2a', 'wcag2aa']).analyze();
      expect(describeViolations(axe)).toEqual([]);
      expect(consoleErrors).toEqual([]);
    });
  });
}

test('the matrix in English, with a task’s roles as badges on the canvas', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await openApp(page);
  await openMatrix(page);
  await page.getByRole('button', { name: /Visa rollerna för Driva satsningen Trygga unga/ }).click();
  await expect(page.locator('.task-badge').first()).toBeVisible();
  await page.getByRole('menubar').getByRole('menuitem', { name: 'Visa' }).click();
  await page.getByRole('menuitemradio', { name: /English/ }).click();
  await expect(page.getByRole('heading', { name: /Responsibility matrix/ })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/matrix-en-1366x768.png` });
});
