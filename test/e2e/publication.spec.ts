import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { describeViolations, expect, openApp, test } from './support';

const SHOTS = 'test-results/screenshots';
/** A host no request can reach: the page is served from the test itself, so anything else it asked for would show. */
const PUBLICATION_URL = 'http://publication.invalid/karta.html';

async function textOf(download: Download): Promise<string> {
  return Buffer.concat(await (await download.createReadStream()).toArray()).toString('utf8');
}

/** Exports the sample on a date as the HTML publication from the Export dialog, in a language. */
async function exportPublication(page: Page, asOf: string, language: 'Svenska' | 'Engelska'): Promise<string> {
  await openApp(page);
  const field = page.getByLabel(/^(Kartan per|Map as of)$/);
  await field.fill(asOf);
  await field.press('Tab');
  await page.keyboard.press('Control+e');
  const dialog = page.getByRole('dialog', { name: 'Exportera diagram, rapport eller matris' });
  await dialog.getByLabel('Format').selectOption('html');
  await expect(dialog.getByRole('img', { name: new RegExp(`Förhandsvisning av diagrammet per ${asOf}`) })).toBeVisible();
  await dialog.getByLabel('Språk').selectOption({ label: language });
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Exportera', exact: true }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(new RegExp(` ${asOf}\\.html$`));
  return textOf(file);
}

/** Opens the page in a new tab of the same browser, recording every request it makes. */
async function openPublication(page: Page, html: string): Promise<{ tab: Page; requests: string[] }> {
  const tab = await page.context().newPage();
  const requests: string[] = [];
  tab.on('request', (r) => requests.push(r.url()));
  await tab.route(PUBLICATION_URL, (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
  await tab.goto(PUBLICATION_URL);
  return { tab, requests };
}

test('the HTML publication of the sample passes axe (WCAG 2.1 AA), asks for nothing and can be read by keyboard', async ({ page, consoleErrors }) => {
  // Opening the app, exporting and a full axe run take over a minute on the shared 2-core machine.
  test.setTimeout(150_000);
  const html = await exportPublication(page, '2021-09-26', 'Svenska');
  const { tab, requests } = await openPublication(page, html);
  expect(requests).toEqual([PUBLICATION_URL]);
  await expect(tab.locator('html')).toHaveAttribute('lang', 'sv');
  await expect(tab.getByRole('heading', { level: 1 })).toContainText('Eskilstuna');
  await expect(tab.getByText('Karta per 2021-09-26')).toBeVisible();
  await expect(tab.getByRole('img', { name: /Diagram över .* per 2021-09-26/ })).toBeVisible();
  await expect(tab.getByRole('navigation', { name: 'Innehåll' })).toBeVisible();

  const results = await new AxeBuilder({ page: tab }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(describeViolations(results)).toEqual([]);
  // axe ran real rules on real content, not on an empty page.
  expect(results.passes.map((p) => p.id)).toEqual(expect.arrayContaining(['color-contrast', 'html-has-lang', 'svg-img-alt', 'list']));

  // The skip link is the first stop and takes the keyboard past the contents.
  await tab.keyboard.press('Tab');
  const skip = tab.getByRole('link', { name: 'Hoppa till innehållet' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await tab.keyboard.press('Enter');
  await expect(tab.locator('main')).toBeFocused();

  // A line in a body's section leads to the body at its other end.
  await expect(tab.getByRole('heading', { level: 3, name: 'Kommunstyrelsen (KS)', exact: true })).toBeVisible();
  const into = tab.getByRole('region', { name: 'Kommunstyrelsen (KS)', exact: true }).getByRole('link').first();
  const target = await into.textContent();
  await into.click();
  await expect(tab.getByRole('heading', { level: 3, name: target ?? '', exact: true })).toBeInViewport();

  mkdirSync(SHOTS, { recursive: true });
  await tab.setViewportSize({ width: 1366, height: 768 });
  await tab.goto(PUBLICATION_URL);
  await tab.screenshot({ path: `${SHOTS}/publication-sv.png` });
  expect(consoleErrors).toEqual([]);
});

test('the English publication says lang="en" and keeps its findings with how to fix them', async ({ page }) => {
  const html = await exportPublication(page, '2023-06-01', 'Engelska');
  const { tab } = await openPublication(page, html);
  await expect(tab.locator('html')).toHaveAttribute('lang', 'en');
  await expect(tab.getByRole('heading', { level: 2, name: 'Findings' })).toBeVisible();
  await expect(tab.getByText('Fix:').first()).toBeVisible();
  await expect(tab.getByText('Map as of 2023-06-01', { exact: true })).toBeVisible();
});
