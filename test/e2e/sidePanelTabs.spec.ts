/**
 * The side panel's eight tabs on one row at 1366×768 and 1093×614 in both languages (they
 * wrapped onto two and three rows), reachable with the arrow keys, Home and End as WAI-ARIA's
 * tabs pattern has it, named for screen readers, and axe clean; and the sample opening on
 * the last day its sources record, saying so in the time control, while a new map opens on today.
 */
import type { Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { describeViolations, expect, openApp, test } from './support';

const SIZES = [
  { width: 1366, height: 768 },
  { width: 1093, height: 614 },
];
const SHOTS = 'test-results/screenshots';
const NAMES = {
  sv: ['Organ', 'Ledamöter', 'Satsningar', 'Kommentarer', 'Inställningar', 'Styrdokument', 'Granskningar'],
  en: ['Body', 'Members', 'Initiatives', 'Comments', 'Settings', 'Documents', 'Audits'],
} as const;

const tabs = (page: Page) => page.locator('.side-panel [role="tab"]');
/**
 * Today as the page sees it: the browser runs in Europe/Stockholm (playwright.config.ts) and the
 * test in the machine's zone, so near midnight the two dates differ (CI failed at 23:05 UTC).
 */
const todayIso = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });

for (const size of SIZES) {
  test(`the side panel's tabs are one row, keyboard-reachable and axe clean at ${size.width}×${size.height}`, async ({ page, axe, consoleErrors }) => {
    test.setTimeout(120_000);
    await page.setViewportSize(size);
    await openApp(page, { asOpened: true });
    for (const lang of ['sv', 'en'] as const) {
      await page.locator('#language').selectOption(lang);
      await expect(tabs(page)).toHaveCount(8);
      // One row: the tab list is as tall as one tab, and every tab starts at the same height.
      const list = await page.locator('.side-panel [role="tablist"]').boundingBox();
      const boxes = await tabs(page).evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ top: r.top, right: r.right, height: r.height })));
      const first = boxes[0];
      if (!list || !first) throw new Error('no tab list');
      expect(list.height, `${lang}: one row of tabs`).toBeLessThanOrEqual(first.height + 2);
      for (const b of boxes) {
        expect(Math.abs(b.top - first.top)).toBeLessThanOrEqual(1);
        expect(b.right).toBeLessThanOrEqual(size.width);
      }
      // Each tab keeps its name for screen readers (and the findings their count).
      await expect(page.getByRole('tab', { name: lang === 'sv' ? /^Fynd \(\d+\)$/ : /^Findings \(\d+\)$/ })).toBeVisible();
      for (const name of NAMES[lang]) await expect(page.getByRole('tab', { name, exact: true })).toBeVisible();
      mkdirSync(SHOTS, { recursive: true });
      await page.screenshot({ path: `${SHOTS}/side-tabs-${size.width}-${lang}.png` });
    }
    await page.locator('#language').selectOption('sv');

    // The arrow keys move between tabs and show each at once; Home and End go to the ends.
    const findings = page.getByRole('tab', { name: /^Fynd/ });
    await findings.click();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('tab', { name: 'Organ', exact: true })).toBeFocused();
    await expect(page.getByRole('tab', { name: 'Organ', exact: true })).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('End');
    await expect(page.getByRole('tab', { name: 'Granskningar', exact: true })).toBeFocused();
    await expect(page.locator('#panel-audits')).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(findings).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByRole('tab', { name: 'Granskningar', exact: true })).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Home');
    await expect(findings).toHaveAttribute('aria-selected', 'true');
    // A tab's name shows as a tooltip where it is only an icon (on focus as on hover).
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('tooltip').filter({ hasText: 'Ledamöter' })).toHaveCount(1);

    const results = await axe();
    expect(describeViolations(results).filter((v) => v.includes('side-panel') || v.includes('tab'))).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
}

test('the sample opens on the last day its sources record and says so; a new map opens on today', async ({ page, consoleErrors }) => {
  await openApp(page, { asOpened: true });
  const asOf = page.getByLabel('Kartan per', { exact: true });
  // The 2023 audit report's date, the last its sources record (examples/eskilstuna.mandat).
  await expect(asOf).toHaveValue('2023-02-21');
  const note = page.locator('#as-of-sample');
  await expect(note).toHaveText('Exemplets datum: källorna slutar här');
  await expect(asOf).toHaveAttribute('aria-describedby', 'as-of-sample');
  await page.locator('#language').selectOption('en');
  await expect(note).toHaveText('The sample’s date: its sources end here');
  await page.locator('#language').selectOption('sv');

  // Another date: the note goes (it is then the person's date, not the sample's).
  await asOf.fill('2021-09-26');
  await asOf.press('Tab');
  await expect(note).toHaveCount(0);

  // A new map opens on today, without the note; the sample from the menu on its date again.
  await page.getByRole('menuitem', { name: 'Arkiv' }).click();
  await page.getByRole('menuitem', { name: /^Ny karta Alt\+N/ }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
  await expect(asOf).toHaveValue(await todayIso(page));
  await expect(note).toHaveCount(0);
  await page.getByRole('menuitem', { name: 'Arkiv' }).click();
  await page.getByRole('menuitem', { name: 'Utforska exempelkartan' }).click();
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  await expect(asOf).toHaveValue('2023-02-21');
  await expect(note).toBeVisible();
  expect(consoleErrors).toEqual([]);
});
