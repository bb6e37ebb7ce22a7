import type { Locator, Page } from '@playwright/test';
import { describeViolations, expect, openApp, test } from './support';

/**
 * Date fields in the English interface: every kind (the as-of date, Compare's two dates, a
 * body's validity, a governing document's dates) is a text field written and read as
 * yyyy-mm-dd, never Chromium's mm/dd/yyyy; a date written otherwise gets an English reason
 * beside the field; the calendar button's pick arrives as yyyy-mm-dd.
 */

const node = (page: Page, name: string) => page.locator('.react-flow__node').filter({ has: page.locator('.body-node-name', { hasText: new RegExp(`^${name}$`) }) });
const REASON = 'Write the date as YYYY-MM-DD, for example 2024-03-01.';

/** Types a date, leaves the field, and reads it back. */
async function typeDate(field: Locator, value: string): Promise<string> {
  await field.fill(value);
  await field.press('Tab');
  return field.inputValue();
}

/**
 * What a pick in the native calendar does: the pointer comes to the calendar button beside
 * `field` (which makes the hidden date input; a click would open its picker, which headless
 * Chromium shows too), and the input gets the ISO value.
 */
async function pickInCalendar(field: Locator, value: string): Promise<void> {
  await field.locator('xpath=following-sibling::span[contains(@class,"calendar-pick")]//button').hover();
  await field.locator('xpath=following-sibling::span[contains(@class,"calendar-pick")]//input[@type="date"]').evaluate((input: HTMLInputElement, date) => {
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    setter.call(input, date);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, value);
}

async function expectTextDate(field: Locator): Promise<void> {
  await expect(field).toHaveAttribute('type', 'text');
  await expect(field).toHaveAttribute('placeholder', 'YYYY-MM-DD');
  await expect(field.locator('xpath=following-sibling::span//button')).toHaveAccessibleName('Open the calendar');
}

test.use({ viewport: { width: 1366, height: 768 } });

test('every kind of date field takes and shows yyyy-mm-dd in English, and says how to write a date it cannot read', async ({ page, consoleErrors, axe }) => {
  test.setTimeout(150_000);
  await openApp(page);
  await page.getByLabel('Språk').selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  // The as-of date.
  const asOf = page.getByLabel('Map as of', { exact: true });
  await expectTextDate(asOf);
  // A calendar's hidden date input is made when the focus or a pointer comes to its button
  // (the first date input of a page costs Chromium 20–35 ms, which every start paid).
  const nativeDates = page.locator('input[type="date"]');
  await expect(nativeDates).toHaveCount(0);
  expect(await typeDate(asOf, '2022-06-01')).toBe('2022-06-01');
  // Tab from the field went to its calendar button.
  await expect(page.locator(':focus')).toHaveAccessibleName('Open the calendar');
  await expect(nativeDates).toHaveCount(1);
  await expect(node(page, 'Eskilstunas råd för trygghetsfrämjande arbete')).toBeVisible();
  expect(await typeDate(asOf, '06/01/2021')).toBe('06/01/2021');
  await expect(asOf).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('alert').filter({ hasText: REASON })).toBeVisible();
  // The map stays on the last date it could read.
  await expect(node(page, 'Eskilstunas råd för trygghetsfrämjande arbete')).toBeVisible();
  await pickInCalendar(asOf, '2021-09-26');
  await expect(asOf).toHaveValue('2021-09-26');
  await expect(node(page, 'Lokala brottsförebyggande rådet')).toBeVisible();

  // A body's validity (the panels' date fields).
  await node(page, 'Kommunfullmäktige').click();
  await page.getByRole('tab', { name: 'Body', exact: true }).click();
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  const validFrom = page.getByLabel('Valid from', { exact: true }).first();
  await expectTextDate(validFrom);
  expect(await typeDate(validFrom, '2010-01-01')).toBe('2010-01-01');
  expect(await typeDate(validFrom, '1/1/2010')).toBe('1/1/2010');
  await expect(page.getByRole('alert').filter({ hasText: REASON }).first()).toBeVisible();
  await expect(validFrom).toHaveAttribute('aria-invalid', 'true');
  expect(await typeDate(validFrom, '2011-02-03')).toBe('2011-02-03');
  await expect(validFrom).not.toHaveAttribute('aria-invalid', 'true');
  await page.screenshot({ path: test.info().outputPath('date-fields-body-1366.png') });

  // A governing document's dates.
  await page.getByRole('tab', { name: 'Documents', exact: true }).click();
  const documents = page.locator('#panel-documents');
  await documents.getByRole('button', { name: 'Add governing document' }).click();
  const decidedOn = documents.getByLabel('Decided on', { exact: true });
  await expectTextDate(decidedOn);
  expect(await typeDate(decidedOn, '2024-03-01')).toBe('2024-03-01');
  await pickInCalendar(decidedOn, '2024-04-15');
  await expect(decidedOn).toHaveValue('2024-04-15');
  expect(await typeDate(decidedOn, '15.04.2024')).toBe('15.04.2024');
  await expect(documents.getByRole('alert').filter({ hasText: REASON })).toBeVisible();
  expect(describeViolations(await axe()), 'the date fields in English').toEqual([]);

  // Compare's two dates.
  await page.getByRole('menuitem', { name: 'View' }).click();
  await page.getByRole('menuitem', { name: 'Compare two dates or files…' }).click();
  const panel = page.getByRole('complementary', { name: 'Comparison' });
  const from = panel.getByLabel('From', { exact: true });
  const to = panel.getByLabel('To', { exact: true });
  await expectTextDate(from);
  await expectTextDate(to);
  expect(await typeDate(from, '2021-09-26')).toBe('2021-09-26');
  expect(await typeDate(to, '2023-06-01')).toBe('2023-06-01');
  await expect(panel.getByRole('button', { name: /^Added: Body "Trygghetsberedningen" was added/ })).toBeVisible();
  expect(await typeDate(to, '6/1/2023')).toBe('6/1/2023');
  await expect(panel.getByRole('alert').filter({ hasText: REASON })).toBeVisible();
  await pickInCalendar(to, '2023-06-01');
  await expect(to).toHaveValue('2023-06-01');
  await expect(panel.getByRole('alert').filter({ hasText: REASON })).toHaveCount(0);
  expect(describeViolations(await axe()), 'the compare dates in English').toEqual([]);
  await page.screenshot({ path: test.info().outputPath('date-fields-compare-1366.png') });
  await page.setViewportSize({ width: 1093, height: 614 });
  await page.screenshot({ path: test.info().outputPath('date-fields-compare-1093.png') });
  expect(consoleErrors).toEqual([]);
});

test('the map date says when a date does not exist, and Escape or "I dag" puts a date in force back', async ({ page }) => {
  await openApp(page);
  const asOf = page.getByLabel('Kartan per', { exact: true });
  const shown = await asOf.inputValue();
  expect(await typeDate(asOf, '2023-02-30')).toBe('2023-02-30');
  await expect(page.getByRole('alert').filter({ hasText: 'Datumet 2023-02-30 finns inte: februari 2023 har 28 dagar.' })).toBeVisible();
  await expect(asOf).toHaveAttribute('aria-invalid', 'true');
  // Escape puts back the date the map is shown as of.
  await asOf.focus();
  await asOf.press('Escape');
  await expect(asOf).toHaveValue(shown);
  await expect(asOf).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('alert').filter({ hasText: 'finns inte' })).toHaveCount(0);
  // "I dag" clears a wrong date even when the map already shows today.
  await page.getByRole('button', { name: 'I dag' }).click();
  const today = await asOf.inputValue();
  expect(await typeDate(asOf, '2024-13-01')).toBe('2024-13-01');
  await expect(page.getByRole('alert').filter({ hasText: 'Datumet 2024-13-01 finns inte: månaden ska vara 01–12.' })).toBeVisible();
  await page.getByRole('button', { name: 'I dag' }).click();
  await expect(asOf).toHaveValue(today);
  await expect(asOf).not.toHaveAttribute('aria-invalid', 'true');
});
