import type { Page } from '@playwright/test';
import { describeViolations, expect, openApp, test } from './support';

const SIZES = [
  { width: 1366, height: 768 },
  { width: 1093, height: 614 },
];

async function setAsOf(page: Page, date: string): Promise<void> {
  const field = page.getByLabel(/^(Kartan per|Map as of)$/);
  await field.fill(date);
  await field.press('Tab');
}

const requirement = (page: Page, id: string) => page.locator(`[data-testid="law-card"] [data-requirement="${id}"]`);

for (const size of SIZES) {
  test.describe(`at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size });
    test.describe.configure({ timeout: 150_000 });

    test('the Lagkrav card follows the date: missing after the act, the agreement flagged once it has run out; axe finds nothing', async ({ page, axe, consoleErrors }) => {
      await openApp(page, { asOpened: true });
      await setAsOf(page, '2023-09-01');
      const card = page.getByTestId('law-card');
      await expect(card).toBeVisible();
      // Closed on the short window (findings show under it): opened as a user would.
      if ((await card.getAttribute('open')) === null) await card.locator(':scope > summary').click();
      await expect(card).toHaveAttribute('open', '');
      await expect(requirement(page, 'situational_picture')).toHaveAttribute('data-status', 'missing');
      await expect(requirement(page, 'coordination_function')).toHaveAttribute('data-status', 'missing');
      // In force, but the sources name no signatories.
      await expect(requirement(page, 'cooperation_agreement')).toHaveAttribute('data-status', 'stale');
      await expect(requirement(page, 'cooperation_agreement')).toContainText('Samverkansöverenskommelse mellan Eskilstuna kommun och Polismyndigheten 2020–2023');

      await setAsOf(page, '2024-01-15');
      await expect(requirement(page, 'cooperation_agreement')).toContainText('Löpte ut 2023-12-31');
      await expect(page.locator('.findings')).toContainText('Samverkansöverenskommelsen har löpt ut');

      await page.getByTestId('bra-card').locator('summary').click();
      await expect(page.getByTestId('bra-card')).toContainText('Egen lägesbild');
      await page.screenshot({ path: `test-results/law-card-${size.width}.png` });
      expect(describeViolations(await axe()), 'the open law card').toEqual([]);
      expect(consoleErrors).toEqual([]);
    });
  });
}

test.describe('the law card at 1093×614', () => {
  test.use({ viewport: { width: 1093, height: 614 } });
  test('a requirement named by a long Swedish compound keeps the word whole, its status on the next line', async ({ page }) => {
    await openApp(page);
    // The card starts closed on this short window: opened as a user would.
    await page.getByTestId('law-card').locator(':scope > summary').click();
    const name = page.locator('.law-requirement .law-name').filter({ hasText: 'Samverkansöverenskommelse' });
    await expect(name).toBeVisible();
    // The name's box is at least as wide as its longest word, so the word is not broken inside.
    const fit = await name.evaluate((el) => {
      const probe = document.createElement('span');
      probe.style.whiteSpace = 'nowrap';
      probe.textContent = (el.textContent ?? '').split(/\s+/).reduce((a, b) => (b.length > a.length ? b : a), '');
      el.appendChild(probe);
      const word = probe.getBoundingClientRect().width;
      probe.remove();
      return { word, box: el.getBoundingClientRect().width };
    });
    expect(fit.box).toBeGreaterThanOrEqual(fit.word);
  });
});

test('on a short window (1093×614) the Lagkrav card starts closed, its line says what is missing, and findings show under it; on 1366×768 it starts open', async ({ page }) => {
  await page.setViewportSize({ width: 1093, height: 614 });
  await openApp(page, { asOpened: true });
  await setAsOf(page, '2023-09-01');
  const card = page.getByTestId('law-card');
  await expect(card).not.toHaveAttribute('open', '');
  await expect(card.locator(':scope > summary')).toContainText(/Saknas: \d+/);
  await expect(page.locator('.findings .finding').first()).toBeInViewport();
  await card.locator(':scope > summary').click();
  await expect(requirement(page, 'situational_picture')).toBeVisible();

  await page.setViewportSize({ width: 1366, height: 768 });
  await page.reload();
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  await expect(page.getByTestId('law-card')).toHaveAttribute('open', '');
});

for (const size of SIZES) {
  test.describe(`the card's heading at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size });
    test('"Law requirements" stays on one line beside or above its counts, in English as in Swedish', async ({ page }) => {
      await openApp(page);
      const heading = page.getByTestId('law-card').locator(':scope > summary h2');
      for (const [lang, title] of [
        ['sv', 'Lagkrav'],
        ['en', 'Law requirements'],
      ] as const) {
        if (lang === 'en') await page.getByLabel('Språk').selectOption('en', { force: true });
        await expect(heading).toHaveText(title);
        // The counts are there to push it: the sample lacks three requirements on its date.
        await expect(page.getByTestId('law-card').locator('.law-count').first()).toBeVisible();
        // One line: the heading's inline box has a single client rect, no wider than the card.
        // On the summary's first line, beside its marker (not pushed under it).
        const shape = await heading.evaluate((el) => {
          const box = el.getBoundingClientRect();
          const summary = (el.parentElement as HTMLElement).getBoundingClientRect();
          return { lines: el.getClientRects().length, right: box.right, cardRight: (el.closest('.law-cards') as HTMLElement).getBoundingClientRect().right, below: box.top - summary.top, height: box.height };
        });
        expect(shape.lines, `${lang}: the heading's lines`).toBe(1);
        expect(shape.right).toBeLessThanOrEqual(shape.cardRight);
        expect(shape.below, `${lang}: the heading on the summary's first line`).toBeLessThan(shape.height / 2);
      }
    });
  });
}
