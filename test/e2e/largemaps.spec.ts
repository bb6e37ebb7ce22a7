import type { Locator, Page } from '@playwright/test';
import { analyse } from '../../shared/analysis/analyse';
import { serializeMap } from '../../shared/file/serialize';
import { generateMap } from '../bench/synthetic';
import { expect, openApp, test, fitMap } from './support';

// A large map on the usual municipal laptop: search stepping, findings framed readably,
// Fit View within the filters, the findings list narrowed, F6 between the regions.
const VIEWPORT = { width: 1366, height: 768 };

const MODEL = generateMap({ bodies: 250, members: 800, memberships: 2400, lines: 375, seed: 12 });
const MAP = serializeMap(MODEL, null);
const READABLE = 0.6;

async function openLargeMap(page: Page): Promise<void> {
  await openApp(page);
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'stor karta.mandat', { type: 'application/json' }));
    (document.querySelector('.app') as HTMLElement).dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, MAP);
  await expect.poll(() => page.locator('.react-flow__node').count()).toBeGreaterThan(200);
}

/** The canvas's zoom, read from the viewport's transform. */
async function zoom(page: Page): Promise<number> {
  const transform = await page.locator('.react-flow__viewport').evaluate((el) => (el as HTMLElement).style.transform);
  const scale = /scale\(([\d.]+)\)/.exec(transform);
  if (!scale) throw new Error(`no scale in the viewport's transform "${transform}"`);
  return Number(scale[1]);
}

/** Whether the element's middle lies within the canvas (where it can be seen). */
async function inCanvas(page: Page, element: Locator): Promise<boolean> {
  const canvas = await page.locator('.canvas').boundingBox();
  const box = await element.boundingBox();
  if (!canvas || !box) return false;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  return x >= canvas.x && x <= canvas.x + canvas.width && y >= canvas.y && y <= canvas.y + canvas.height;
}

/** Whether any of the elements lies within the canvas. */
async function anyInCanvas(page: Page, elements: Locator): Promise<boolean> {
  for (const element of await elements.all()) if (await inCanvas(page, element)) return true;
  return false;
}

/** A point on the canvas where the topmost element is (inside) one matching `selector`; away from the controls and minimap. */
async function spotOn(page: Page, selector: string): Promise<{ x: number; y: number }> {
  const spot = await page.evaluate((sel) => {
    const r = (document.querySelector('.canvas') as HTMLElement).getBoundingClientRect();
    for (let y = r.top + 20; y < r.bottom - 20; y += 15)
      for (let x = r.left + 80; x < r.right - 220; x += 15) if (document.elementFromPoint(x, y)?.closest(sel)) return { x, y };
    return null;
  }, selector);
  if (!spot) throw new Error(`nothing matching ${selector} to click on the canvas`);
  return spot;
}

/** A point on the canvas with no body or line under it, to click the empty canvas. */
const emptySpot = (page: Page) => spotOn(page, '.react-flow__pane');

// One page for the whole file: opening a 250-body map is most of each test's time, so it
// is opened once and the tests run in order on it (each leaves the filters as it found
// them, except the last).
test.describe.serial('a 250-body map at 1366×768', () => {
  let page: Page;
  const consoleErrors: string[] = [];
  test.describe.configure({ timeout: 120_000 });

  test.beforeAll(async ({ browser }, info) => {
    const { baseURL, locale, timezoneId } = info.project.use;
    page = await browser.newPage({ baseURL, locale, timezoneId, viewport: VIEWPORT });
    page.on('console', (m) => (m.type() === 'error' ? consoleErrors.push(m.text()) : undefined));
    page.on('pageerror', (e) => consoleErrors.push(`uncaught: ${e.message}`));
    await openLargeMap(page);
    // A map opens at a zoom where names can be read; the tests start from the whole map in view.
    await fitMap(page);
  });
  test.afterAll(async () => page.close());

  test('Enter and Shift+Enter step through the search hits, each framed at a readable zoom', async () => {
    expect(await zoom(page), 'the whole map opens far out').toBeLessThan(READABLE);
    const search = page.locator('#search');
    await search.fill('Kommunfullmäktige');
    const count = page.locator('.search-count');
    await expect(count).toHaveText(/^\d+ träffar/);
    const total = Number((await count.textContent())?.match(/\d+/)?.[0]);
    expect(total).toBeGreaterThan(3);
    const selected = page.locator('.react-flow__node.selected');
    const seen: string[] = [];
    for (let i = 1; i <= 3; i++) {
      await search.press('Enter');
      await expect(count).toHaveText(`${i} av ${total}`);
      await expect(selected).toHaveCount(1);
      await expect(selected).toContainText('Kommunfullmäktige');
      await expect.poll(() => zoom(page)).toBeGreaterThanOrEqual(READABLE);
      await expect.poll(() => inCanvas(page, selected)).toBe(true);
      seen.push((await selected.getAttribute('data-id')) ?? '');
    }
    expect(new Set(seen).size, 'each Enter goes to another hit').toBe(3);
    await search.press('Shift+Enter');
    await expect(count).toHaveText(`2 av ${total}`);
    await expect(selected).toHaveAttribute('data-id', seen[1] as string);
    // Back past the first hit to the last one.
    await search.press('Shift+Enter');
    await search.press('Shift+Enter');
    await expect(count).toHaveText(`${total} av ${total}`);
    await expect.poll(() => zoom(page)).toBeGreaterThanOrEqual(READABLE);
    await expect.poll(() => inCanvas(page, selected)).toBe(true);
    await search.fill('');
    expect(consoleErrors).toEqual([]);
  });


  test("a clicked finding is framed at a readable zoom, and its dimming ends with the next click on the canvas", async () => {
    await page.getByRole('tab', { name: /^Fynd/ }).click();
    const group = page.locator('details', { has: page.locator('summary', { hasText: 'Rapportering i ring' }) });
    // Opened if it is not open already (a group's open state is kept while the map is).
    if ((await group.getAttribute('open')) === null) await group.locator('summary').click();
    await group.locator('.finding-message').first().click();
    await expect.poll(() => zoom(page)).toBeGreaterThanOrEqual(READABLE);
    const highlighted = page.locator('.react-flow__node:has(.is-highlighted)');
    expect(await highlighted.count()).toBeGreaterThan(1);
    await expect.poll(() => anyInCanvas(page, highlighted)).toBe(true);
    await expect(page.locator('.body-node.is-dimmed').first()).toBeAttached();

    const spot = await emptySpot(page);
    await page.mouse.click(spot.x, spot.y);
    await expect(page.locator('.body-node.is-dimmed')).toHaveCount(0);
    await expect(page.locator('.finding-message[aria-pressed="true"]')).toHaveCount(0);

    // Another selection ends it too. (The click on the canvas may have picked a line, which shows its form: back to the findings.)
    await page.getByRole('tab', { name: /^Fynd/ }).click();
    if ((await group.getAttribute('open')) === null) await group.locator('summary').click();
    await group.locator('.finding-message').first().click();
    await expect(page.locator('.body-node.is-dimmed').first()).toBeAttached();
    const dimmed = await spotOn(page, '.react-flow__node:has(.is-dimmed)');
    await page.mouse.click(dimmed.x, dimmed.y);
    await expect(page.locator('.body-node.is-dimmed')).toHaveCount(0);
    expect(consoleErrors).toEqual([]);
  });


  test('the findings list narrows to the selection, a text and a severity, and says why when nothing is left', async () => {
    const countText = page.locator('.findings-count');
    const total = Number((await countText.textContent())?.match(/\d+/)?.[0]);
    expect(total).toBeGreaterThan(100);

    // The body with the most findings on the map's date, selected by searching for it.
    const byBody = new Map<string, number>();
    for (const f of analyse(MODEL, { asOf: await page.locator('#as-of').inputValue() }).findings) for (const b of new Set(f.elements.bodies)) byBody.set(b, (byBody.get(b) ?? 0) + 1);
    const [id, involving] = [...byBody].sort((a, b) => b[1] - a[1])[0] as [string, number];
    const name = MODEL.bodies.get(id)?.name ?? '';
    await page.locator('#search').fill(name);
    const selected = page.locator('.react-flow__node.selected');
    const selectedName = () => page.evaluate(() => document.querySelector('.react-flow__node.selected')?.getAttribute('aria-label') ?? null);
    await expect(page.locator('.search-count')).toHaveText(/\d+ träff/);
    const hits = Number((await page.locator('.search-count').textContent())?.match(/\d+/)?.[0]);
    for (let i = 1; i <= hits && (await selectedName()) !== name; i++) {
      await page.locator('#search').press('Enter');
      await expect(page.locator('.search-count')).toHaveText(`${i} av ${hits}`);
    }
    await expect(selected).toHaveAttribute('aria-label', name);
    await expect(selected.locator('.body-node-badge')).toHaveText(String(involving));
    await page.getByLabel('Bara markerade').check();
    await expect(countText).toHaveText(`${involving} av ${total} fynd`);
    const badge = involving;
    const severityCounts = await page.locator('.severity h2').allTextContents();
    expect(severityCounts.reduce((sum, h) => sum + Number(h.match(/\((\d+)\)/)?.[1]), 0)).toBe(badge);

    // Nothing selected: it says so.
    await page.mouse.click(...Object.values(await emptySpot(page)) as [number, number]);
    await expect(page.getByRole('status').filter({ hasText: 'Inget är markerat' })).toBeVisible();
    await page.getByLabel('Bara markerade').uncheck();

    // A severity, then a text that matches nothing: the reasons are listed, and one click shows all again.
    await page.getByLabel('Allvarlighetsgrad').selectOption('error');
    const ofSeverityError = Number((await countText.textContent())?.match(/^(\d+) av/)?.[1]);
    expect(ofSeverityError).toBeGreaterThan(0);
    expect(ofSeverityError).toBeLessThan(total);
    await page.getByLabel('Sök i fynden').fill('xyzzy');
    await expect(countText).toHaveText(`0 av ${total} fynd`);
    const why = page.locator('.findings-narrowed-empty');
    await expect(why).toContainText('innehåller ”xyzzy”');
    await expect(why).toContainText('grad: Fel');
    await why.getByRole('button', { name: 'Visa alla fynd' }).click();
    await expect(countText).toHaveText(`${total} fynd`);
    await page.locator('#search').fill('');
    expect(consoleErrors).toEqual([]);
  });


  test('F6 and Shift+F6 move focus round the toolbar, the map, the side panel and the time control', async () => {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await expect(page.getByRole('region', { name: 'Karta' })).toBeVisible();
    await expect(page.getByRole('complementary', { name: 'Sidopanel' })).toBeVisible();
    await expect(page.getByRole('contentinfo', { name: 'Tidslinje' })).toBeVisible();
    const region = () =>
      page.evaluate(() => {
        const a = document.activeElement;
        if (!a || a === document.body) return 'none';
        if (a.closest('header')) return 'toolbar';
        if (a.closest('.canvas')) return a.closest('.react-flow__node') ? 'map:body' : 'map';
        if (a.closest('aside')) return 'panel';
        if (a.closest('footer')) return 'time';
        return 'elsewhere';
      });
    await page.keyboard.press('F6');
    await expect.poll(region).toBe('toolbar');
    await page.keyboard.press('F6');
    await expect.poll(region).toBe('map:body');
    // The box the keyboard is on is seen to be: a ring round it (React Flow's style took it away).
    const ring = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement as Element);
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    expect(ring.style).toBe('solid');
    expect(ring.width).toBeGreaterThanOrEqual(2);
    await page.keyboard.press('F6');
    await expect.poll(region).toBe('panel');
    await page.keyboard.press('F6');
    await expect.poll(region).toBe('time');
    await page.keyboard.press('F6');
    await expect.poll(region).toBe('toolbar');
    await page.keyboard.press('Shift+F6');
    await expect.poll(region).toBe('time');
    await page.keyboard.press('Shift+F6');
    await expect.poll(region).toBe('panel');
    // From a text field in the toolbar too, and back to where focus was.
    await page.locator('#search').focus();
    await page.keyboard.press('F6');
    await expect.poll(region).toBe('map:body');
    await page.keyboard.press('Shift+F6');
    await expect(page.locator('#search')).toBeFocused();
    expect(consoleErrors).toEqual([]);
  });

  test('Fit View frames only what the filters and the search show', async () => {
    const canvas = await page.locator('.canvas').boundingBox();
    if (!canvas) throw new Error('no canvas');
    // Zoomed in somewhere, only the operative level shown, then Fit View.
    await page.locator('#search').fill('Kommunfullmäktige');
    await page.locator('#search').press('Enter');
    await expect.poll(() => zoom(page)).toBeGreaterThanOrEqual(READABLE);
    await page.locator('#search').fill('');
    // The levels are in the toolbar's filter menu, which stays open while they are ticked.
    await page.getByRole('button', { name: 'Filtrera kartan' }).click();
    for (const level of ['Politisk', 'Tjänstepersoner', 'Extern']) {
      const item = page.getByRole('menuitemcheckbox', { name: new RegExp(level) });
      await item.click();
      await expect(item).toHaveAttribute('aria-checked', 'false');
    }
    await page.keyboard.press('Escape');
    await page.locator('.react-flow__controls-fitview').click();
    const shown = page.locator('.react-flow__node');
    await expect.poll(() => shown.evaluateAll((els) => els.every((e) => e.querySelector('.level-operative')))).toBe(true);
    // Every shown body is inside the canvas, and together they fill it in one direction.
    const union = async () =>
      shown.evaluateAll((els) => {
        const rs = els.map((e) => e.getBoundingClientRect());
        return { left: Math.min(...rs.map((r) => r.left)), right: Math.max(...rs.map((r) => r.right)), top: Math.min(...rs.map((r) => r.top)), bottom: Math.max(...rs.map((r) => r.bottom)) };
      });
    await expect
      .poll(async () => {
        const u = await union();
        const inside = u.left >= canvas.x - 1 && u.right <= canvas.x + canvas.width + 1 && u.top >= canvas.y - 1 && u.bottom <= canvas.y + canvas.height + 1;
        const fills = (u.right - u.left) / canvas.width > 0.8 || (u.bottom - u.top) / canvas.height > 0.8;
        return inside && fills;
      })
      .toBe(true);

    // With a search, Fit View frames its hits among the shown bodies: here one, closer than the whole level.
    const zoomAll = await zoom(page);
    await page.locator('#search').fill('Arbetsgrupp ANDT 2, Västerby');
    await page.locator('.react-flow__controls-fitview').click();
    await expect.poll(() => zoom(page)).toBeGreaterThan(zoomAll);
    const hits = page.locator('.react-flow__node:not(:has(.is-dimmed))');
    expect(await hits.count()).toBeGreaterThan(0);
    for (const hit of await hits.all()) await expect.poll(() => inCanvas(page, hit)).toBe(true);
    expect(consoleErrors).toEqual([]);
  });

});
