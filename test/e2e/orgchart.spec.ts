import type { Page } from '@playwright/test';
import { expect, openApp, test } from './support';

// By id: once the chart is framed, the canvas zooms out far enough to show short names only.
const node = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);

/** A body's place on the canvas, read from React Flow's transform (flow coordinates, not the screen). */
async function place(page: Page, id: string): Promise<{ x: number; y: number }> {
  const transform = await node(page, id).evaluate((el) => (el as HTMLElement).style.transform);
  const m = /translate\((-?[\d.]+)px,\s*(-?[\d.]+)px\)/.exec(transform);
  if (!m) throw new Error(`no position for ${id}: ${transform}`);
  return { x: Number(m[1]), y: Number(m[2]) };
}

// Opening the sample, arranging, framing and axe each take seconds on a shared, loaded machine.
test.describe.configure({ timeout: 120_000 });

/** Socialnämnden, Kultur- och fritidsnämnden (both report to KF), Gymnasienämnden, Arbetsmarknads- och vuxenutbildningsnämnden (no lines). */
const COMMITTEES = ['sn', 'kfn', 'gn', 'avn'];

async function arrange(page: Page, scope: 'Alla organ' | 'Bara oplacerade'): Promise<void> {
  await page.getByRole('menuitem', { name: 'Infoga' }).click();
  await page.getByRole('menuitem', { name: 'Ordna som organisationsschema' }).click();
  await page.getByRole('menuitem', { name: scope }).click();
}

test('arranges the sample as an organisation chart, KF above KS above the committees, framed, and undo puts it back in one step', async ({ page, consoleErrors }) => {
  await openApp(page);
  const names = ['kf', 'ks', ...COMMITTEES];
  const before = await Promise.all(names.map((n) => place(page, n)));
  await arrange(page, 'Alla organ');
  await expect.poll(async () => JSON.stringify(await Promise.all(names.map((n) => place(page, n))))).not.toBe(JSON.stringify(before));
  const kf = await place(page, 'kf');
  const ks = await place(page, 'ks');
  expect(kf.y).toBeLessThan(ks.y);
  for (const c of COMMITTEES) expect((await place(page, c)).y, c).toBeGreaterThan(ks.y);
  // Framed: every body is inside the canvas once the fit has run.
  const canvas = (await page.locator('.react-flow').boundingBox())!;
  const outside = async (): Promise<string[]> => {
    const boxes = await page.locator('.react-flow__node').evaluateAll((els) => els.map((e) => ({ id: e.getAttribute('data-id') ?? '', r: e.getBoundingClientRect() })));
    return boxes.filter(({ r }) => r.left < canvas.x - 1 || r.top < canvas.y - 1 || r.right > canvas.x + canvas.width + 1 || r.bottom > canvas.y + canvas.height + 1).map(({ id, r }) => `${id} ${Math.round(r.left)},${Math.round(r.top)},${Math.round(r.right)},${Math.round(r.bottom)}`);
  };
  await expect.poll(outside).toEqual([]);
  await page.getByRole('button', { name: 'Ångra' }).click();
  await expect.poll(async () => JSON.stringify(await Promise.all(names.map((n) => place(page, n))))).toBe(JSON.stringify(before));
  expect(consoleErrors).toEqual([]);
});

test('Bara oplacerade keeps hand-placed bodies and says so when every body has a place', async ({ page }) => {
  await openApp(page);
  const before = await place(page, 'ks');
  await arrange(page, 'Bara oplacerade');
  await expect(page.getByText('Alla organ har redan en plats.', { exact: false })).toBeVisible();
  expect(await place(page, 'ks')).toEqual(before);
});

test('the Export dialog chooses a page with names at 8 pt or more, and on A4 prints the sample as the compact page', async ({ page, axe }) => {
  await openApp(page);
  await page.keyboard.press('Control+e');
  const dialog = page.getByRole('dialog', { name: 'Exportera diagram, rapport eller matris' });
  await expect(dialog.getByLabel('Sidstorlek')).toHaveValue('auto');
  await expect(dialog.getByText(/^Automatisk: A\d (liggande|stående), organens namn blir \d+(,\d)? pt\.$/)).toBeVisible();
  const chosen = Number(/(\d+(?:,\d)?) pt/.exec((await dialog.locator('#export-page-fit').textContent()) ?? '')?.[1]?.replace(',', '.'));
  expect(chosen).toBeGreaterThanOrEqual(8);
  await dialog.getByLabel('Sidstorlek').selectOption('a4');
  // On A4 the sample reads in the compact layout (compactPage.ts). The warning for a page too small even so: test/cli/exportPage.test.ts.
  await expect(dialog.getByText(/^Kompakt sida: A4 liggande, organens namn blir \d+(,\d)? pt\./)).toBeVisible();
  for (const [width, height] of [[1366, 768], [1093, 614]] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: test.info().outputPath(`compact-a4-${width}.png`) });
  }
  await expect(dialog.getByRole('button', { name: 'Exportera', exact: true })).toBeEnabled();
  const results = await axe();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test('a focus view shows a body with what is one or two steps away, and exports as its own page', async ({ page, consoleErrors }) => {
  await openApp(page);
  const all = await page.locator('.react-flow__node').count();
  await node(page, 'kftg').click({ button: 'right' });
  await page.getByRole('menuitem', { name: 'Fokusvy (två steg)' }).click();
  const bar = page.getByLabel('Fokusvy');
  await expect(bar).toContainText('Eskilstuna Kommunföretag AB');
  // Two steps: KS above it, KF above KS, its companies below it, KS's parts beside it.
  for (const id of ['kftg', 'ks', 'kf', 'deab', 'ksau']) await expect(node(page, id), id).toHaveCount(1);
  await expect(node(page, 'polis')).toHaveCount(0);
  const two = await page.locator('.react-flow__node').count();
  expect(two).toBeLessThan(all);
  await bar.getByRole('button', { name: 'Ett steg' }).click();
  await expect(node(page, 'kf')).toHaveCount(0);
  await expect(node(page, 'ks')).toHaveCount(1);
  const one = await page.locator('.react-flow__node').count();
  expect(one).toBeLessThan(two);
  await bar.getByRole('button', { name: 'Exportera fokusvyn…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Exportera diagram, rapport eller matris' });
  await expect(dialog.getByRole('checkbox', { name: `Bara markerade organ (${one})` })).toBeChecked();
  await dialog.getByRole('button', { name: 'Avbryt' }).click();
  await bar.getByRole('button', { name: 'Visa hela kartan' }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(all);
  expect(consoleErrors).toEqual([]);
});
