import type { Page } from '@playwright/test';
import { describeViolations, expect, openApp, test } from './support';

const SHOTS = 'test-results/screenshots';
const SIZES = [
  { width: 1366, height: 768 },
  { width: 1093, height: 614 },
] as const;

const node = (page: Page, name: string) => page.locator('.react-flow__node').filter({ has: page.locator('.body-node-name', { hasText: new RegExp(`^${name}$`) }) });
const profile = (page: Page) => page.locator('article.profile');
const reviewSwitch = (page: Page) => page.getByRole('switch', { name: /^(Granskningsläge|Review mode)$/ });

async function setAsOf(page: Page, date: string): Promise<void> {
  const field = page.getByLabel(/^(Kartan per|Map as of)$/);
  await field.fill(date);
  await field.press('Tab');
}

for (const size of SIZES) {
  test.describe(`at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size });
    // Two axe runs a test; on the shared 2-core machine one run alone can take 20 s.
    test.describe.configure({ timeout: 150_000 });

    test('the profile of the council on 2021-09-26 gives its name of that date and its later name, with no axe violations', async ({ page, axe, consoleErrors }) => {
      await openApp(page);
      await setAsOf(page, '2021-09-26');
      await node(page, 'Lokala brottsförebyggande rådet').click();
      await page.getByRole('tab', { name: 'Organ' }).click();
      const p = profile(page);
      await expect(p.getByRole('heading', { level: 2 })).toHaveText('Lokala brottsförebyggande rådet (BRÅ)');
      // The names over time: the 2021 name marked as the date's, the 2022 name after it.
      const names = p.locator('.profile-names li');
      await expect(names).toHaveCount(2);
      await expect(names.nth(0)).toContainText('Lokala brottsförebyggande rådet (BRÅ)');
      await expect(names.nth(0)).toContainText('2018-11-06 – 2022-03-31');
      await expect(names.nth(0)).toHaveAttribute('aria-current', 'true');
      await expect(names.nth(1)).toContainText('Eskilstunas råd för trygghetsfrämjande arbete (Trygghetsrådet)');
      await expect(names.nth(1)).toContainText('2022-04-01 – 2023-01-10');
      await expect(names.nth(1)).not.toHaveAttribute('aria-current', 'true');
      // Mandate with its decision reference, members of the date, lines named as the bodies were then.
      await expect(p.locator('.profile-facts')).toContainText('KS 2018-11-06 § 224');
      await expect(p.getByRole('heading', { name: /^Ledamöter 2021-09-26 \(\d+\)$/ })).toBeVisible();
      await expect(p.locator('.profile-table tbody tr').first()).toContainText('Ordförande');
      await expect(p.locator('.profile-lines').first()).toContainText('Lokala brottsförebyggande rådet (BRÅ)');
      await expect(p).not.toContainText('Eskilstunas råd för trygghetsfrämjande arbete rapporterar');
      await expect(p.getByRole('heading', { name: /^Fynd 2021-09-26/ })).toBeVisible();
      await expect(p.getByRole('button', { name: 'Redigera' })).toBeVisible();
      await page.screenshot({ path: `${SHOTS}/profile-sv-${size.width}x${size.height}.png` });
      expect(describeViolations(await axe())).toEqual([]);

      // Those invited when needed hold no seat: the profile counts the members as the box does, and names the invited beside them.
      const steering = node(page, 'Styrgruppen för trygghet och strategiskt stadsdelsarbete');
      await steering.click();
      const onBox = /(\d+) led\./.exec((await steering.locator('.body-node-meta').textContent()) ?? '')?.[1];
      expect(onBox).toBeDefined();
      await expect(p.getByRole('heading', { name: `Ledamöter 2021-09-26 (${onBox}, och 2 som bjuds in vid behov)` })).toBeVisible();
      await expect(p.locator('.profile-table tbody tr')).toHaveCount(Number(onBox) + 2);
      await node(page, 'Lokala brottsförebyggande rådet').click();

      // The same body on a date after the renaming: the new name, and the old one as former.
      await setAsOf(page, '2022-06-01');
      await expect(p.getByRole('heading', { level: 2 })).toHaveText('Eskilstunas råd för trygghetsfrämjande arbete (Trygghetsrådet)');
      await expect(names.nth(1)).toHaveAttribute('aria-current', 'true');

      // Redigera opens the form; its heading, too, names the body as on the date.
      await setAsOf(page, '2021-09-26');
      await p.getByRole('button', { name: 'Redigera' }).click();
      await expect(page.locator('.body-editor h2')).toHaveText('Lokala brottsförebyggande rådet');
      await expect(page.getByLabel('Namn', { exact: true })).toHaveValue('Eskilstunas råd för trygghetsfrämjande arbete');
      await expect(page.getByText(/Namn nedan är det senaste namnet/)).toBeVisible();
      await expect(page.locator('.members-of-body').locator('..').getByRole('heading', { level: 3 })).toHaveText('Ledamöter i BRÅ');
      await page.getByRole('button', { name: 'Visa profil' }).click();
      await expect(profile(page)).toBeVisible();
      expect(consoleErrors).toEqual([]);
    });

    test('review mode: a body cannot be dragged or deleted, forms are gone, a finding can still be acknowledged', async ({ page, axe }) => {
      await openApp(page);
      await setAsOf(page, '2021-09-26');
      await reviewSwitch(page).click();
      await expect(reviewSwitch(page)).toHaveAttribute('aria-checked', 'true');
      await expect(page.locator('.review-badge')).toHaveText(/Granskningsläge/);

      // Dragging does not move it.
      const body = node(page, 'Socialnämnden');
      const where = () => body.evaluate((el) => (el as HTMLElement).style.transform);
      const start = await where();
      const box = (await body.boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.down();
      for (let i = 1; i <= 10; i++) await page.mouse.move(box.x + box.width / 2 - i * 12, box.y + box.height / 2 + i * 8);
      await page.mouse.up();
      await page.waitForTimeout(300);
      expect(await where()).toBe(start);
      // Nor do the arrow keys on a focused body.
      await body.focus();
      await page.keyboard.press('ArrowLeft');
      await page.waitForTimeout(300);
      expect(await where()).toBe(start);

      // Selected, it shows its profile only; Delete does not delete it and says once how to leave review mode.
      await body.click();
      await page.getByRole('tab', { name: 'Organ' }).click();
      await expect(profile(page).getByRole('heading', { level: 2 })).toHaveText('Socialnämnden (SN)');
      await expect(page.getByRole('button', { name: 'Redigera' })).toHaveCount(0);
      await body.click();
      await page.keyboard.press('Delete');
      await expect(page.locator('.notice').filter({ hasText: 'Granskningsläget är på' })).toHaveCount(1);
      await page.keyboard.press('Delete');
      await page.keyboard.press('Control+d');
      await expect(node(page, 'Socialnämnden')).toHaveCount(1);
      await expect(page.locator('.notice').filter({ hasText: 'Granskningsläget är på' })).toHaveCount(1);
      // Nor can its name be opened on the box: not with F2, a double-click or a typed letter.
      await page.keyboard.press('F2');
      await page.keyboard.press('x');
      await body.dblclick();
      await page.waitForTimeout(200);
      await expect(page.locator('.name-on-box-input')).toHaveCount(0);
      // Its right-click menu greys out what would change the map, as the toolbar does, and keeps the rest.
      await body.click({ button: 'right' });
      const menu = page.getByRole('menu');
      for (const name of ['Byt namn', 'Ny linje till…', 'Nytt organ som rapporterar hit', 'Duplicera', 'Ta bort organet'])
        await expect(menu.getByRole('menuitem', { name: new RegExp(`^${name}`) })).toHaveAttribute('data-disabled', '');
      await expect(menu.getByRole('menuitem', { name: /^Ledamöter…/ })).not.toHaveAttribute('data-disabled');
      await page.keyboard.press('Escape');
      // Ctrl+L does not open the line dialog, whose last step could do nothing.
      await body.click();
      await page.keyboard.press('Control+l');
      await page.waitForTimeout(200);
      await expect(page.getByRole('dialog')).toHaveCount(0);
      // What would change the map is greyed out, in the toolbar and the menus, and no handle offers a line.
      for (const name of ['Lägg till organ', 'Ordna automatiskt']) await expect(page.getByRole('button', { name, exact: true })).toBeDisabled();
      await expect(body.locator('.react-flow__handle').first()).toBeHidden();
      await page.getByRole('menuitem', { name: 'Infoga' }).click();
      await expect(page.getByRole('menuitem', { name: 'Nivå: Politisk' })).toHaveAttribute('data-disabled', '');
      await page.keyboard.press('Escape');
      await page.getByRole('menuitem', { name: 'Redigera' }).click();
      await expect(page.getByRole('menuitem', { name: /^Ta bort/ })).toHaveAttribute('data-disabled', '');
      await expect(page.getByRole('menuitem', { name: /^Klistra in/ })).toHaveAttribute('data-disabled', '');
      await page.keyboard.press('Escape');
      // Forms of the other tabs are disabled.
      await page.getByRole('tab', { name: 'Inställningar' }).click();
      await expect(page.getByLabel('Kartans namn')).toBeDisabled();
      await page.screenshot({ path: `${SHOTS}/review-mode-${size.width}x${size.height}.png` });
      expect(describeViolations(await axe())).toEqual([]);

      // A finding is acknowledged all the same.
      await page.getByRole('tab', { name: /^Fynd/ }).click();
      const acknowledged = page.locator('.acknowledged summary');
      const before = Number(/\((\d+)\)/.exec(await acknowledged.innerText())?.[1] ?? '0');
      const first = page.locator('.finding').first();
      const message = (await first.locator('.finding-message').innerText()).trim();
      await first.getByRole('button', { name: 'Kvittera…' }).click();
      await first.getByLabel(/^Skäl/).fill('Beslutat så av KS');
      await first.getByRole('button', { name: 'Kvittera', exact: true }).click();
      await expect(acknowledged).toHaveText(`Kvitterade (${before + 1})`);
      await expect(page.locator('.finding-message', { hasText: message })).toHaveCount(0);

      // A reload keeps the tab in review mode.
      await page.reload();
      await expect(reviewSwitch(page)).toHaveAttribute('aria-checked', 'true');
      await expect(page.locator('.review-badge')).toBeVisible();

      // Off again: the body can be deleted.
      await reviewSwitch(page).click();
      await expect(page.locator('.review-badge')).toHaveCount(0);
      await node(page, 'Socialnämnden').click();
      await page.keyboard.press('Delete');
      await expect(node(page, 'Socialnämnden')).toHaveCount(0);
    });
  });
}

test('on a date when a body had another name, F2 opens its form and says where its names are changed, rather than a name field showing the current name', async ({ page }) => {
  await openApp(page);
  await setAsOf(page, '2021-09-26');
  const council = node(page, 'Lokala brottsförebyggande rådet');
  await council.click();
  await page.keyboard.press('F2');
  await expect(page.locator('.notice').filter({ hasText: 'Rutan visar namnet som organet hade 2021-09-26, Lokala brottsförebyggande rådet' })).toHaveCount(1);
  await expect(page.locator('.name-on-box-input')).toHaveCount(0);
  await expect(page.getByLabel('Namn', { exact: true })).toHaveValue('Eskilstunas råd för trygghetsfrämjande arbete');
  // On a date of its current name, F2 opens the name on the box as ever.
  await setAsOf(page, '2022-06-01');
  await node(page, 'Eskilstunas råd för trygghetsfrämjande arbete').click();
  await page.keyboard.press('F2');
  await expect(page.locator('.name-on-box-input')).toHaveValue('Eskilstunas råd för trygghetsfrämjande arbete');
});

test("another body's profile opens at the top of the panel; in review mode the empty tab does not offer to change a body", async ({ page }) => {
  await page.setViewportSize({ width: 1093, height: 614 });
  await openApp(page);
  await node(page, 'Socialnämnden').click();
  await page.getByRole('tab', { name: 'Organ' }).click();
  await expect(profile(page)).toBeVisible();
  const panel = page.locator('#panel-body');
  await panel.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  expect(await panel.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  await node(page, 'Kommunstyrelsen').click();
  await expect(profile(page).getByRole('heading', { level: 2 })).toHaveText('Kommunstyrelsen (KS)');
  expect(await panel.evaluate((el) => el.scrollTop)).toBe(0);
  await expect(profile(page).getByRole('heading', { level: 2 })).toBeInViewport();
  // Nothing selected, in review mode: the tab says how to see a body, not how to change one.
  await reviewSwitch(page).click();
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await expect(panel).toContainText('Markera ett organ i kartan för att se det.');
});
