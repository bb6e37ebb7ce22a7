import type { Page } from '@playwright/test';
import { autosaved, describeViolations, dropMapFile, expect, openApp, test } from './support';

const SIZES = [
  { width: 1366, height: 768 },
  { width: 1093, height: 614 },
] as const;
// The README's pictures of the window (docs/main-*.png, docs/start-*.png) are written by this run, so a changed window changes them.
const SHOTS = 'docs';

const node = (page: Page, name: string) => page.locator('.react-flow__node').filter({ has: page.locator('.body-node-name', { hasText: new RegExp(`^${name}$`) }) });

/** Renames the sample's Kommunstyrelsen (or the body called `from`) in the Body tab: an unsaved change. */
async function renameKs(page: Page, to: string, leave = true, from = 'Kommunstyrelsen'): Promise<void> {
  await node(page, from).click();
  await page.getByRole('tab', { name: /^Organ/ }).click();
  await page.getByRole('button', { name: 'Redigera' }).click();
  const field = page.getByLabel('Namn', { exact: true });
  await field.fill(to);
  if (leave) await field.press('Tab');
}

for (const size of SIZES) {
  test(`the chrome is one row at ${size.width}×${size.height} in both languages`, async ({ page }) => {
    await page.setViewportSize(size);
    await openApp(page);
    for (const lang of ['sv', 'en'] as const) {
      await page.locator('#language').selectOption(lang);
      const header = await page.locator('header.toolbar').boundingBox();
      expect(header?.height, 'one row of chrome').toBeLessThanOrEqual(48);
      // Nothing in the row is pushed past the window's right edge or wrapped below it.
      const boxes = await page.locator('header.toolbar button:visible, header.toolbar select:visible, header.toolbar input:visible').evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ right: r.right, bottom: r.bottom })));
      for (const b of boxes) {
        expect(b.right).toBeLessThanOrEqual(size.width);
        expect(b.bottom).toBeLessThanOrEqual(48);
      }
      // The side panel never scrolls sideways.
      const panel = await page.locator('.side-panel').evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
      expect(panel.scroll).toBeLessThanOrEqual(panel.client);
      await page.screenshot({ path: `${SHOTS}/main-${size.width}-${lang}.png` });
    }
    await page.locator('#language').selectOption('sv');
    // The map's name and its saved state are in view.
    await expect(page.locator('.title-name')).toContainText('Eskilstuna');
    await expect(page.locator('.title-state')).toHaveText('Inga ändringar');

    // A search with hits the date hides, in review mode: its count fits beside the field, the
    // badge is whole, and every button of the row is still there and is what a click at its middle reaches.
    await page.getByRole('switch', { name: 'Granskningsläge' }).click();
    await page.locator('#search').fill('polis');
    await expect(page.locator('.search-count')).toHaveText(/^\d+ träff(ar)? · \d+ dold/);
    const count = (await page.locator('.search-count').boundingBox())!;
    const header = await page.locator('header.toolbar').boundingBox();
    expect(header?.height, 'one row of chrome while searching').toBeLessThanOrEqual(48);
    const reached = await page.locator('header.toolbar button:visible, header.toolbar select:visible').evaluateAll((els) =>
      els.map((e) => {
        const r = e.getBoundingClientRect();
        const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
        return { name: e.getAttribute('aria-label') ?? e.textContent, right: r.right, left: r.left, reached: hit !== null && (hit === e || e.contains(hit)) };
      }),
    );
    const badge = await page.locator('.review-badge').evaluate((el) => {
      const r = el.getBoundingClientRect();
      const area = el.closest('.title-area')!.getBoundingClientRect();
      return { right: r.right, areaRight: area.right, scroll: el.scrollWidth, client: el.clientWidth, shown: getComputedStyle(el.querySelector('.review-badge-short')!).display === 'none' ? el.querySelector('.review-badge-long')!.textContent : el.querySelector('.review-badge-short')!.textContent };
    });
    expect(badge.right, `the badge "${badge.shown}" is whole`).toBeLessThanOrEqual(badge.areaRight);
    expect(badge.scroll).toBeLessThanOrEqual(badge.client);
    expect(badge.shown).toBe(size.width < 1250 ? 'Granskning' : 'Granskningsläge');
    for (const b of reached) {
      expect(b, `${b.name} in the window and reachable`).toMatchObject({ reached: true });
      expect(b.right).toBeLessThanOrEqual(size.width);
      // The count overlaps no button.
      expect(b.right <= count.x || b.left >= count.x + count.width, `${b.name} clear of the count`).toBe(true);
    }
  });

  test(`the start page opens on first start and explains itself at ${size.width}×${size.height}`, async ({ page, axe }) => {
    await page.setViewportSize(size);
    await page.goto('/');
    const start = page.getByRole('dialog', { name: 'Välkommen till Mandat' });
    await expect(start).toBeVisible();
    for (const tile of ['Utforska exempelkartan', 'Ny tom karta', 'Öppna…', 'Importera arbetsbok…', 'Gå med…']) await expect(start.getByRole('button', { name: new RegExp(`^${tile}`) })).toBeVisible();
    expect(describeViolations(await axe())).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/start-${size.width}-sv.png` });
    await page.keyboard.press('Escape');
    await expect(start).toBeHidden();
    // Seen once, it stays closed on the next start, and comes back from the menu.
    await page.reload();
    await expect(page.locator('.react-flow__node').first()).toBeVisible();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await page.getByRole('menuitem', { name: 'Hjälp' }).click();
    await page.getByRole('menuitem', { name: 'Startsida' }).click();
    await expect(start).toBeVisible();
    await page.getByLabel('Språk').selectOption('en', { force: true });
    await expect(page.getByRole('dialog', { name: 'Welcome to Mandat' })).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/start-${size.width}-en.png` });
    await page.getByRole('button', { name: /^New empty map/ }).click();
    await expect(page.locator('.empty-map-hint')).toContainText('The map is empty');
    await page.getByRole('button', { name: 'Add an executive board' }).click();
    await expect(page.locator('.react-flow__node')).toHaveCount(1);
    await expect(page.locator('.empty-map-hint')).toHaveCount(0);
  });
}

test('the sample opens with names large enough to read (at least 11 px)', async ({ page }) => {
  await page.setViewportSize({ width: 1093, height: 614 });
  await openApp(page, { asOpened: true });
  await expect(node(page, 'Kommunfullmäktige')).toBeVisible();
  const zoom = await page.locator('.react-flow__viewport').evaluate((el) => new DOMMatrixReadOnly(getComputedStyle(el).transform).a);
  const fontPx = await node(page, 'Kommunfullmäktige').locator('.body-node-name').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(fontPx * zoom).toBeGreaterThanOrEqual(11);
});

test('the menus work with the keyboard and have no accessibility violations', async ({ page, axe }) => {
  await openApp(page);
  const file = page.getByRole('menuitem', { name: 'Arkiv' });
  await file.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menu')).toBeVisible();
  expect(describeViolations(await axe())).toEqual([]);
  // Right arrow goes to the next menu; Escape closes.
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('menuitem', { name: /^Ångra/ })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('menuitemcheckbox', { name: 'Översiktskarta' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toHaveCount(0);
  // Insert › Political level › Kommunstyrelse adds one from the menu alone.
  const before = await page.locator('.react-flow__node').count();
  await page.getByRole('menuitem', { name: 'Infoga' }).click();
  await page.getByRole('menuitem', { name: 'Nivå: Politisk' }).click();
  await page.getByRole('menuitem', { name: 'Kommunstyrelse' }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(before + 1);
  // The icon buttons name their shortcut in a tooltip.
  await page.getByRole('button', { name: 'Spara', exact: true }).hover();
  await expect(page.getByRole('tooltip')).toContainText('Ctrl+S');
});

test('in a browser, which keeps Ctrl+N for a new window, a new map is Alt+N, as its menu and button say', async ({ page }) => {
  await openApp(page);
  await page.getByRole('menuitem', { name: 'Arkiv' }).click();
  await expect(page.getByRole('menuitem', { name: /^Ny karta/ }).first()).toContainText('Alt+N');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Ny karta', exact: true })).toHaveAttribute('aria-keyshortcuts', 'Alt+N');
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Alt+n');
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
});

test('the View menu opens every tab of the side panel', async ({ page }) => {
  await openApp(page);
  const tabs = page.getByRole('complementary', { name: 'Sidopanel' }).getByRole('tab');
  const count = await tabs.count();
  expect(count).toBeGreaterThanOrEqual(8);
  for (let i = 0; i < count; i++) {
    const tab = tabs.nth(i);
    // A tab is named by its word, a count may follow ("Fynd (50)").
    const name = ((await tab.getAttribute('aria-label')) ?? (await tab.innerText())).replace(/\s*\([\s\S]*$/, '').trim();
    await page.getByRole('menuitem', { name: 'Visa' }).click();
    await page.getByRole('menuitem', { name, exact: true }).click();
    await expect(tab, name).toHaveAttribute('aria-selected', 'true');
  }
});

test('the minimap can be hidden from the View menu, and the choice is kept', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openApp(page);
  await expect(page.locator('.react-flow__minimap')).toBeVisible();
  await page.getByRole('menuitem', { name: 'Visa' }).click();
  await page.getByRole('menuitemcheckbox', { name: 'Översiktskarta' }).click();
  await expect(page.locator('.react-flow__minimap')).toHaveCount(0);
  await page.reload();
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  await expect(page.locator('.react-flow__minimap')).toHaveCount(0);
});

test('until it is chosen in the View menu, the minimap follows the window: hidden when the window is made narrow, shown when wide again', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openApp(page);
  await expect(page.locator('.react-flow__minimap')).toBeVisible();
  await page.setViewportSize({ width: 1093, height: 614 });
  await expect(page.locator('.react-flow__minimap')).toHaveCount(0);
  await page.setViewportSize({ width: 1366, height: 768 });
  await expect(page.locator('.react-flow__minimap')).toBeVisible();
  // Chosen: kept whatever the window does.
  await page.getByRole('menuitem', { name: 'Visa' }).click();
  await page.getByRole('menuitemcheckbox', { name: 'Översiktskarta' }).click();
  await expect(page.locator('.react-flow__minimap')).toHaveCount(0);
  await page.setViewportSize({ width: 1400, height: 800 });
  await page.setViewportSize({ width: 1366, height: 768 });
  await expect(page.locator('.react-flow__minimap')).toHaveCount(0);
});

test('opening a file over unsaved changes asks first: Cancel keeps the map, Don’t save replaces it', async ({ page }) => {
  await openApp(page);
  await renameKs(page, 'KS med osparad ändring');
  await expect(page.locator('.title-state')).toHaveText('Osparade ändringar');
  await dropMapFile(page, 'Annan karta');
  const ask = page.getByRole('alertdialog', { name: /Spara ändringarna/ });
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: 'Avbryt' }).click();
  await expect(node(page, 'KS med osparad ändring')).toBeVisible();
  await expect(node(page, 'Annan karta')).toHaveCount(0);
  // Escape is Cancel too.
  await dropMapFile(page, 'Annan karta');
  await expect(ask).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(node(page, 'KS med osparad ändring')).toBeVisible();
  await dropMapFile(page, 'Annan karta');
  await ask.getByRole('button', { name: 'Spara inte' }).click();
  await expect(node(page, 'Annan karta')).toBeVisible();
});

test('New over unsaved changes asks, and Save saves before the map is replaced', async ({ page }) => {
  await page.addInitScript(() => {
    delete (window as unknown as Record<string, unknown>).showSaveFilePicker;
  });
  await openApp(page);
  await renameKs(page, 'KS sparas först');
  const download = page.waitForEvent('download');
  await page.keyboard.press('Control+n');
  await page.getByRole('alertdialog').getByRole('button', { name: 'Spara', exact: true }).click();
  const file = await download;
  const text = Buffer.concat(await (await file.createReadStream()).toArray()).toString('utf8');
  expect(text).toContain('KS sparas först');
  await expect(page.locator('.empty-map-hint')).toBeVisible();
});

test('an edit made just before a reload is there afterwards', async ({ page }) => {
  await openApp(page);
  await renameKs(page, 'KS strax före omladdning');
  // No waiting for the autosave's second: reload at once.
  await page.reload();
  await expect(node(page, 'KS strax före omladdning')).toBeVisible();
});

test('text typed in a field that was never left is there after a reload', async ({ page }) => {
  await openApp(page);
  await renameKs(page, 'KS skrivet men inte lämnat', false);
  await page.waitForTimeout(300);
  await page.reload();
  await expect(node(page, 'KS skrivet men inte lämnat')).toBeVisible();
});

test('an edit made just before the page is closed is there in the next page', async ({ page, context }) => {
  await openApp(page);
  await renameKs(page, 'KS strax före stängning');
  await page.close({ runBeforeUnload: true });
  const next = await context.newPage();
  await next.goto('/');
  await expect(node(next, 'KS strax före stängning')).toBeVisible();
});

test('the autosaved copy is made in a worker, and the map comes back from it', async ({ page, consoleErrors }) => {
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning') warnings.push(m.text());
  });
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  await openApp(page);
  await renameKs(page, 'KS i arbetaren');
  await autosaved(page, 'KS i arbetaren');
  // The text came from the worker, not from the main thread's fallback (platform/stateText.ts).
  expect(workers.some((url) => /stateTextWorker/.test(url))).toBe(true);
  expect(warnings.filter((w) => /autosave/i.test(w))).toEqual([]);
  await page.reload();
  await expect(node(page, 'KS i arbetaren')).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('leaving the page warns only while the changes are not kept anywhere', async ({ page }) => {
  await openApp(page);
  await renameKs(page, 'KS ändrad');
  await autosaved(page, 'KS ändrad');
  // The copy is kept: leaving asks nothing.
  let asked = false;
  page.on('dialog', (d) => {
    asked = d.type() === 'beforeunload';
    void d.dismiss();
  });
  await page.reload();
  await expect(node(page, 'KS ändrad')).toBeVisible();
  expect(asked).toBe(false);
  // Storage that refuses the last-moment copy: then leaving with unsaved changes asks.
  await page.evaluate(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
  });
  await renameKs(page, 'KS ändrad igen', true, 'KS ändrad');
  const dialog = page.waitForEvent('dialog');
  void page.reload().catch(() => undefined);
  expect((await dialog).type()).toBe('beforeunload');
});
