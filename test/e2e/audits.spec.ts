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
