import type { Page } from '@playwright/test';
import { autosaved, expect, openApp, test } from './support';

const node = (page: Page, name: string) => page.locator('.react-flow__node').filter({ has: page.locator('.body-node-name', { hasText: new RegExp(`^${name}$`) }) });

/**
 * renderer/early-autosave.js opens the autosave database while the page is still being
 * parsed, and the editor reads the autosaved copy through that opening: one open, made
 * before the modules ran, on a first start and on a reload that recovers a map.
 */
test('the autosave database is opened once, while the page loads, and the copy read through it recovers the map', async ({ page, consoleErrors }) => {
  await page.addInitScript(() => {
    const opens: string[] = [];
    (window as unknown as { opens: string[] }).opens = opens;
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function (this: IDBFactory, name: string, version?: number) {
      if (name === 'mandat') opens.push(document.readyState);
      return open.call(this, name, version);
    };
  });
  const opens = () => page.evaluate(() => (window as unknown as { opens: string[] }).opens);
  await openApp(page);
  expect(await opens()).toEqual(['loading']);

  await page.getByRole('button', { name: 'Lägg till organ' }).click();
  await page.getByRole('textbox', { name: 'Organets namn' }).fill('Organ före omladdning');
  await page.keyboard.press('Enter');
  await autosaved(page, 'Organ före omladdning');
  await page.reload();
  await expect(node(page, 'Organ före omladdning')).toBeVisible();
  await expect(page.getByRole('status')).toContainText('Återställde osparade ändringar');
  expect(await opens()).toEqual(['loading']);
  expect(consoleErrors).toEqual([]);
});
