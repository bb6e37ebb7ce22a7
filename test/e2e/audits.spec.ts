import type { Page } from '@playwright/test';
import { describeViolations, expect, openApp, test } from './support';

async function setAsOf(page: Page, date: string): Promise<void> {
  const field = page.getByLabel(/^(Kartan per|Map as of)$/);
  await field.fill(date);
  await field.press('Tab');
}

const recommendation = (page: Page, id: string) => page.locator(`li.audit-rec[data-recommendation="${id}"]`);

test.describe('the Audits tab at 1366×768', () => {
  test.use({ viewport: { width: 1366, height: 768 } });
  test.describe.configure({ timeout: 150_000 });

  test('shows the sample audits; an answer and an action recorded for a recommendation make its findings go', async ({ page, axe, consoleErrors }) => {
    await openApp(page);
    await setAsOf(page, '2023-06-01');
    await page.getByRole('tab', { name: /^(Granskningar|Audits)$/ }).click();
    const panel = page.locator('#panel-audits');
    await expect(panel.getByRole('heading', { name: /Granskning av kommunens arbete med trygghet \(2021-09-26\)/ })).toBeVisible();
    await expect(panel.getByRole('heading', { name: /Granskning av styrning och uppföljning av trygghetsprojekt \(2023-02-21\)/ })).toBeVisible();

    const rec = recommendation(page, 'rek-2021-1');
    await expect(rec.locator('.audit-answer')).toContainText(/Inget svar registrerat|No answer recorded/);
    await expect(rec.locator('.audit-findings')).toContainText(/Rekommendation utan svar|Recommendation without an answer/);
    await page.screenshot({ path: test.info().outputPath('audits-1366.png') });

    // The answer: the unanswered finding goes, and an agreeing answer with no action is now said.
    await rec.getByLabel(/^(Ställningstagande|Stance)$/).selectOption('agrees');
    await rec.getByRole('button', { name: /^(Registrera svar|Record answer)$/ }).click();
    await expect(rec.locator('.audit-answer')).toContainText(/Delar rekommendationen|Agrees/);
    await expect(rec.locator('.audit-findings')).not.toContainText(/Rekommendation utan svar|Recommendation without an answer/);
    await expect(rec.locator('.audit-findings')).toContainText(/Delad rekommendation utan åtgärd|Agreed recommendation without action/);

    // The action: no finding about the recommendation is left.
    await rec.getByLabel(/^(Ny åtgärd|New action)$/).fill('Workshops med baspersonal');
    await rec.getByRole('button', { name: /^(Lägg till åtgärd|Add action)$/ }).click();
    await expect(rec.locator('.audit-actions')).toContainText('Workshops med baspersonal');
    await expect(rec.locator('.audit-findings')).toHaveCount(0);

    const results = await axe();
    expect(describeViolations(results)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});

test.describe('changing and removing answers and actions', () => {
  test.use({ viewport: { width: 1366, height: 768 } });
  test.describe.configure({ timeout: 150_000 });

  test("an action's due date and status changed make the overdue finding come and go; a removed answer comes back with undo", async ({ page, axe, consoleErrors }) => {
    await openApp(page);
    await setAsOf(page, '2023-06-01');
    await page.getByRole('tab', { name: /^(Granskningar|Audits)$/ }).click();
    const rec = recommendation(page, 'rek-2023-5');
    const overdue = /Försenad åtgärd|Overdue action/;
    await expect(rec.locator('.audit-findings')).toHaveCount(0);

    // Change, from the keyboard: a date that is no date is refused beside its field, the form stays open.
    const change = rec.getByRole('button', { name: /^(Ändra åtgärden|Change the action) Uppföljning av resultat/ });
    await change.focus();
    await page.keyboard.press('Enter');
    const form = rec.getByRole('form', { name: /^(Ändra åtgärden|Change the action)$/ });
    await form.getByLabel(/^(Klart senast|Due)$/).fill('2023-13-45');
    await form.getByRole('button', { name: /^(Spara|Save)$/ }).click();
    await expect(form.getByRole('alert')).toBeVisible();
    await expect(form.getByLabel(/^(Klart senast|Due)$/)).toHaveAttribute('aria-invalid', 'true');
    expect(describeViolations(await axe()), 'the action form with a refused date').toEqual([]);
    await page.screenshot({ path: test.info().outputPath('audits-edit-1366.png') });

    // A due date before the date viewed: the action is overdue.
    await form.getByLabel(/^(Klart senast|Due)$/).fill('2023-05-01');
    await form.getByRole('button', { name: /^(Spara|Save)$/ }).click();
    await expect(form).toHaveCount(0);
    await expect(change).toBeFocused();
    await expect(rec.locator('.audit-findings')).toContainText(overdue);

    // Done on the date viewed: the overdue finding goes.
    await change.click();
    await form.getByLabel(/^Status$/).selectOption('done');
    await form.getByRole('button', { name: /^(Spara|Save)$/ }).click();
    await expect(rec.locator('.audit-actions')).toContainText(/Klar|Done/);
    await expect(rec.locator('.audit-findings')).toHaveCount(0);

    // Removing the answer asks first (an action follows from it); the unanswered finding comes back.
    await rec.getByRole('button', { name: /^(Ta bort svar|Remove answer)$/ }).click();
    const ask = rec.getByRole('alertdialog');
    await expect(ask).toContainText(/1 åtgärd|1 action/);
    await expect(ask.getByRole('button', { name: /^(Ta bort svaret|Remove the answer)$/ })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(rec.locator('.audit-answer')).toContainText(/Inget svar registrerat|No answer recorded/);
    await expect(rec.locator('.audit-findings')).toContainText(/Rekommendation utan svar|Recommendation without an answer/);

    // Undo brings the answer back, and its finding goes again.
    await page.getByRole('button', { name: /^(Ångra|Undo)$/ }).click();
    await expect(rec.locator('.audit-answer')).toContainText(/Delar rekommendationen|Agrees/);
    await expect(rec.locator('.audit-findings')).toHaveCount(0);

    // An action removed is gone in one step, and back with undo.
    await rec.getByRole('button', { name: /^(Ta bort åtgärden|Remove the action) Uppföljning av resultat/ }).click();
    await expect(rec.locator('.audit-actions')).toHaveCount(0);
    await page.getByRole('button', { name: /^(Ångra|Undo)$/ }).click();
    await expect(rec.locator('.audit-actions')).toContainText('Uppföljning av resultat');
    expect(consoleErrors).toEqual([]);
  });
});

test.describe('the Audits tab at 1093×614', () => {
  test.use({ viewport: { width: 1093, height: 614 } });
  test.describe.configure({ timeout: 150_000 });
  test('shows the recommendations with their answers', async ({ page }) => {
    await openApp(page);
    await setAsOf(page, '2023-06-01');
    await page.getByRole('tab', { name: /^(Granskningar|Audits)$/ }).click();
    await expect(recommendation(page, 'rek-2023-3').locator('.audit-answer')).toContainText(/Delar delvis|Agrees in part/);
    await page.screenshot({ path: test.info().outputPath('audits-1093.png') });
  });
});
