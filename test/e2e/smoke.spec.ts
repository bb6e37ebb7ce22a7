import { expect, test } from './support';

test('the web version opens with the title "Mandat" and no console errors', async ({ page, consoleErrors }) => {
  const response = await page.goto('/');
  // The page as served is titled "Mandat"; the editor then prefixes the open map's name.
  expect(await response?.text()).toContain('<title>Mandat</title>');
  await expect(page).toHaveTitle(/(^|\s–\s)Mandat$/);
  await expect(page.locator('#root')).not.toBeEmpty();
  // Let late module and worker errors (a CSP refusal, a failed import) surface.
  await page.waitForLoadState('networkidle');
  expect(consoleErrors).toEqual([]);
});
