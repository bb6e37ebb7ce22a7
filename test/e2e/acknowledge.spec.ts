import { describeViolations, expect, openApp, test } from './support';

// Acknowledging a finding from the keyboard: the form takes the keyboard, says in the
// interface's words what is missing, closes with Escape or Avbryt, and leaves the keyboard
// somewhere sensible when it is done.

test.use({ viewport: { width: 1366, height: 768 } });

test('the acknowledge form is used by keyboard: focus in it, its own message for a missing reason, Escape and Avbryt, and focus on the next finding after', async ({ page, axe }) => {
  await openApp(page);
  await page.getByRole('tab', { name: /^Fynd/ }).click();
  const acknowledged = page.locator('.acknowledged summary');
  const before = Number(/\((\d+)\)/.exec(await acknowledged.innerText())?.[1] ?? '0');
  const first = page.locator('.finding').first();
  const message = (await first.locator('.finding-message').innerText()).trim();
  const second = (await page.locator('.finding').nth(1).locator('.finding-message').innerText()).trim();
  await first.getByRole('button', { name: 'Kvittera…' }).focus();
  await page.keyboard.press('Enter');
  const reason = first.getByLabel(/^Skäl/);
  await expect(reason).toBeFocused();
  // The whole form is in the panel's view, its buttons too.
  const panel = (await page.getByRole('complementary', { name: 'Sidopanel' }).boundingBox())!;
  const cancel = (await first.getByRole('button', { name: 'Avbryt' }).boundingBox())!;
  expect(cancel.y + cancel.height).toBeLessThanOrEqual(panel.y + panel.height);
  // Sent without a reason: the interface's own words under the field, not the browser's bubble.
  await first.getByRole('button', { name: 'Kvittera', exact: true }).click();
  await expect(first.getByRole('alert')).toHaveText('Skriv skälet till kvitteringen.');
  await expect(reason).toHaveAttribute('aria-invalid', 'true');
  await expect(reason).toBeFocused();
  expect(describeViolations(await axe()), 'the acknowledge form with its message').toEqual([]);
  // Escape closes it, and the keyboard is back on the button that opened it.
  await page.keyboard.press('Escape');
  await expect(reason).toHaveCount(0);
  await expect(first.getByRole('button', { name: 'Kvittera…' })).toBeFocused();
  // Avbryt does the same.
  await page.keyboard.press('Enter');
  await first.getByRole('button', { name: 'Avbryt' }).click();
  await expect(first.getByRole('button', { name: 'Kvittera…' })).toBeFocused();
  // Acknowledged: the finding leaves the list and the keyboard goes on to the next one.
  await page.keyboard.press('Enter');
  await page.keyboard.type('Beslutat så av KS');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Anna Revisor');
  await page.keyboard.press('Enter');
  await expect(acknowledged).toHaveText(`Kvitterade (${before + 1})`);
  await expect(page.locator('.finding-message', { hasText: message })).toHaveCount(0);
  await expect(page.locator('.finding-message', { hasText: second }).first()).toBeFocused();
});
