import type { Locator, Page } from '@playwright/test';
import { describeViolations, expect, openApp, test } from './support';

/**
 * The Compare view in English: the scenario of compare.spec.ts after switching the language,
 * so the changes, the legend and the framing are checked with the English labels.
 */
const node = (page: Page, name: string) => page.locator('.react-flow__node').filter({ has: page.locator('.body-node-name', { hasText: new RegExp(`^${name}$`) }) });

async function inCanvas(page: Page, element: Locator): Promise<boolean> {
  const canvas = await page.locator('.react-flow').boundingBox();
  const box = await element.boundingBox();
  if (!canvas || !box) return false;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  return x >= canvas.x && x <= canvas.x + canvas.width && y >= canvas.y && y <= canvas.y + canvas.height;
}

test.use({ viewport: { width: 1366, height: 768 } });

test('compares the sample on 2021-09-26 and 2023-06-01 in English: the council gone, the beredning added, a change framed on click', async ({ page, consoleErrors, axe }) => {
  test.setTimeout(120_000);
  await openApp(page);
  await page.getByLabel('Språk').selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.getByRole('menuitem', { name: 'View' }).click();
  await page.getByRole('menuitem', { name: 'Compare two dates or files…' }).click();
  const panel = page.getByRole('complementary', { name: 'Comparison' });
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('heading', { name: 'Compare' })).toBeVisible();
  await panel.getByLabel('From').fill('2021-09-26');
  await panel.getByLabel('To').fill('2023-06-01');

  const council = panel.getByRole('button', { name: /^Removed: Body "Lokala brottsförebyggande rådet" is no longer there/ });
  await expect(council).toBeVisible();
  await expect(council).toContainText('renamed "Eskilstunas råd för trygghetsfrämjande arbete" 2022-04-01');
  const beredning = panel.getByRole('button', { name: /^Added: Body "Trygghetsberedningen" was added/ });
  await expect(beredning).toBeVisible();
  // The legend and the findings' headings in English, none of the Swedish left.
  await expect(panel.getByLabel('Colours on the canvas')).toContainText('Removed (ghost)');
  for (const heading of [/Bodies \(\d+\)/, /Memberships \(\d+\)/, /Governing documents \(\d+\)/, /Findings that appeared \(\d+\)/, /Findings resolved \(\d+\)/, /\d+ findings persist/])
    await expect(panel).toContainText(heading);
  await expect(panel).not.toContainText(/Tillkommit|Borttaget|Ändrat|finns inte längre|har tillkommit/);

  await expect(node(page, 'Trygghetsberedningen')).toHaveClass(/compare-added/);
  await expect(page.locator('.react-flow__node.compare-removed', { hasText: 'Lokala brottsförebyggande rådet' })).toBeAttached();
  await page.screenshot({ path: test.info().outputPath('compare-en-1366.png') });

  // A click on a change frames what it concerns.
  await beredning.click();
  await expect(node(page, 'Trygghetsberedningen').locator('.body-node')).toHaveClass(/is-highlighted/);
  await expect.poll(() => inCanvas(page, node(page, 'Trygghetsberedningen'))).toBe(true);
  await council.click();
  await expect.poll(() => inCanvas(page, page.locator('.react-flow__node.compare-removed').first())).toBe(true);

  expect(describeViolations(await axe()), 'the compare panel in English').toEqual([]);
  await page.setViewportSize({ width: 1093, height: 614 });
  await page.screenshot({ path: test.info().outputPath('compare-en-1093.png') });

  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(page.locator('.react-flow__node.compare-added')).toHaveCount(0);
  expect(consoleErrors).toEqual([]);
});
