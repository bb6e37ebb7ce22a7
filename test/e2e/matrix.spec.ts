import type { Page } from '@playwright/test';
import { describeViolations, expect, openApp, test } from './support';

const SHOTS = 'test-results/screenshots';

async function openMatrix(page: Page): Promise<void> {
  await page.getByRole('menubar').getByRole('menuitem', { name: 'Visa' }).click();
  await page.getByRole('menuitem', { name: 'Ansvarsmatris' }).click();
  await expect(page.getByRole('grid')).toBeVisible();
}

/** The focused cell's words for a screen reader: "task, body: roles". */
const focusedLabel = (page: Page): Promise<string> => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');

/**
 * Moves the focus to the cell of a task and a body with the keys only (the grid is virtualised:
 * a cell far off is not in the page until it is scrolled to), and gives its row and column.
 */
async function goToCell(page: Page, task: string, body: string): Promise<[number, number]> {
  const grid = page.getByRole('grid');
  const rows = Number(await grid.getAttribute('aria-rowcount'));
  const cols = Number(await grid.getAttribute('aria-colcount'));
  await page.keyboard.press('Control+Home');
  for (let i = 0; i < rows && !(await focusedLabel(page)).startsWith(`${task}, `); i++) await page.keyboard.press('ArrowDown');
  for (let i = 0; i < cols && !(await focusedLabel(page)).startsWith(`${task}, ${body}: `); i++) await page.keyboard.press('ArrowRight');
  expect(await focusedLabel(page)).toMatch(new RegExp(`^${task}, ${body}: `));
  const id = await page.evaluate(() => document.activeElement?.id ?? '');
  const [, r, c] = /^mx-(\d+)-(\d+)$/.exec(id) ?? [];
  return [Number(r), Number(c)];
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
      // Room for the tasks at both sizes: at least three whole task rows in view under the header.
      const inView = await page.locator('.matrix-scroll').evaluate((scroll) => {
        const box = scroll.getBoundingClientRect();
        const header = scroll.querySelector('.matrix-head-rows')?.getBoundingClientRect().bottom ?? box.top;
        return [...scroll.querySelectorAll('.matrix-row')].filter((r) => { const b = r.getBoundingClientRect(); return b.top >= header - 1 && b.bottom <= box.bottom + 1; }).length;
      });
      expect(inView, 'whole task rows in view').toBeGreaterThanOrEqual(3);
      const findingsTab = page.getByRole('tab', { name: /^Fynd/ });
      const count = async (): Promise<number> => Number(/\((\d+)\)/.exec((await findingsTab.innerText()) ?? '')?.[1]);
      const before = await count();
      // The findings narrowed to the task's "no A" finding: one before, none after.
      await page.locator('.side-panel input[type=search]').fill('Ingen ansvarar (A) för uppgiften Följa upp Trygga unga');
      const narrowed = page.locator('.findings-count');
      await expect(narrowed).toContainText(/^1 /);
      await page.screenshot({ path: `${SHOTS}/matrix-sv-${size.width}x${size.height}.png` });

      await page.locator('#mx-0-0').focus();
      const [row, col] = await goToCell(page, 'Följa upp Trygga unga', 'KS');
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

      // The far corner is not drawn until the arrows reach it; then it scrolls into view under
      // the sticky header and beside the sticky task column, and takes a role like any cell.
      const grid = page.getByRole('grid');
      const rows = Number(await grid.getAttribute('aria-rowcount')) - 1;
      const cols = Number(await grid.getAttribute('aria-colcount')) - 1;
      const far = page.locator(`#mx-${rows - 1}-${cols - 1}`);
      await page.keyboard.press('Control+Home');
      await expect(page.locator('#mx-0-0')).toBeFocused();
      await expect(far).not.toBeInViewport();
      // Virtualised: only the cells in view (and a few beyond) are in the page.
      expect(await page.getByRole('gridcell').count()).toBeLessThan(rows * cols);
      for (let i = 1; i < rows; i++) await page.keyboard.press('ArrowDown');
      for (let i = 1; i < cols; i++) await page.keyboard.press('ArrowRight');
      await expect(far).toBeFocused();
      // Whole but for a fraction of a pixel (the box's height need not be whole pixels).
      await expect(far).toBeInViewport({ ratio: 0.95 });
      expect(await page.locator('.matrix-scroll').evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
      await expect(page.locator('[role=columnheader][aria-colindex="1"]').last()).toBeInViewport();
      const was = await far.innerText();
      await page.keyboard.press('a');
      await expect(far).toContainText('A');
      await page.screenshot({ path: `${SHOTS}/matrix-far-${size.width}x${size.height}.png` });
      await page.keyboard.press('a');
      await expect(far).toHaveText(was);

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
