import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { restoreText } from '../../shared/file/restore';
import { serializeMap } from '../../shared/file/serialize';
import { describeViolations, expect, openApp, test } from './support';

const SHOTS = 'test-results/screenshots';
const node = (page: Page, name: string) => page.locator('.react-flow__node').filter({ has: page.locator('.body-node-name', { hasText: new RegExp(`^${name}$`) }) });

/** True when the element's centre lies inside the canvas. */
async function inCanvas(page: Page, element: Locator): Promise<boolean> {
  const canvas = await page.locator('.react-flow').boundingBox();
  const box = await element.boundingBox();
  if (!canvas || !box) return false;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  return x >= canvas.x && x <= canvas.x + canvas.width && y >= canvas.y && y <= canvas.y + canvas.height;
}

async function openCompare(page: Page, from: string, to: string): Promise<Locator> {
  await page.getByRole('menuitem', { name: 'Visa' }).click();
  await page.getByRole('menuitem', { name: 'Jämför två datum eller filer…' }).click();
  const panel = page.getByRole('complementary', { name: 'Jämförelse' });
  await expect(panel).toBeVisible();
  await panel.getByLabel('Från').fill(from);
  await panel.getByLabel('Till').fill(to);
  return panel;
}

test.use({ viewport: { width: 1366, height: 768 } });

test('compares the sample on 2021-09-26 and 2023-06-01: the council gone (renamed, then dissolved), the beredning new, a change framed on click', async ({ page, consoleErrors, axe }) => {
  test.setTimeout(120_000);
  await openApp(page);
  const panel = await openCompare(page, '2021-09-26', '2023-06-01');

  const council = panel.getByRole('button', { name: /^Borttaget: Organ "Lokala brottsförebyggande rådet" finns inte längre/ });
  await expect(council).toBeVisible();
  await expect(council).toContainText('bytte namn till "Eskilstunas råd för trygghetsfrämjande arbete" 2022-04-01');
  await expect(panel.getByRole('button', { name: /^Tillkommit: Organ "Trygghetsberedningen" har tillkommit/ })).toBeVisible();

  // On the canvas: the new beredning marked as added, the council drawn as a ghost where it stood.
  await expect(node(page, 'Trygghetsberedningen')).toHaveClass(/compare-added/);
  await expect(page.locator('.react-flow__node.compare-removed', { hasText: 'Lokala brottsförebyggande rådet' })).toBeAttached();

  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/compare-1366.png` });

  // A click on a change frames what it concerns, as a click on a finding does.
  await panel.getByRole('button', { name: /^Tillkommit: Organ "Trygghetsberedningen" har tillkommit/ }).click();
  await expect(node(page, 'Trygghetsberedningen').locator('.body-node')).toHaveClass(/is-highlighted/);
  await expect.poll(() => inCanvas(page, node(page, 'Trygghetsberedningen'))).toBe(true);
  await council.click();
  await expect.poll(() => inCanvas(page, page.locator('.react-flow__node.compare-removed').first())).toBe(true);

  expect(describeViolations(await axe()), 'the compare panel').toEqual([]);

  await page.setViewportSize({ width: 1093, height: 614 });
  await page.screenshot({ path: `${SHOTS}/compare-1093.png` });

  // Escape leaves the view: the side panel is back, no marks, the canvas on its date again.
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(page.locator('.react-flow__node.compare-removed')).toHaveCount(0);
  await expect(page.locator('.react-flow__node.compare-added')).toHaveCount(0);
  expect(consoleErrors).toEqual([]);
});

test('shows "no differences" for a date against itself', async ({ page, consoleErrors }) => {
  await openApp(page);
  const panel = await openCompare(page, '2020-01-01', '2020-01-01');
  await expect(panel.getByRole('status')).toHaveText('Inga skillnader.');
  expect(consoleErrors).toEqual([]);
});

/** An earlier version of the sample: Kommunfullmäktige under another name, and a body the open map no longer has. */
function earlierVersion(): string {
  const r = restoreText(readFileSync(new URL('../../examples/eskilstuna.mandat', import.meta.url), 'utf8'));
  if (!r.ok) throw new Error('the sample does not restore');
  const bodies = new Map(r.model.bodies);
  const kf = bodies.get('kf')!;
  bodies.set('kf', { ...kf, name: 'Fullmäktige (förr)' });
  bodies.set('old-group', { ...kf, id: 'old-group' as never, name: 'Gamla arbetsgruppen', kind: 'working_group', accountable: false, position: { x: 900, y: 700 } });
  const path = join(mkdtempSync(join(tmpdir(), 'mandat-e2e-compare-')), 'förr.mandat');
  writeFileSync(path, serializeMap({ ...r.model, bodies }, null));
  return path;
}

test('compares the open map with another file chosen with "Compare with a file…"', async ({ page, consoleErrors }) => {
  test.setTimeout(120_000);
  // The plain file input, so that the test can choose the file.
  await page.addInitScript(() => delete (window as unknown as Record<string, unknown>).showOpenFilePicker);
  await openApp(page);
  const panel = await openCompare(page, '2023-06-01', '2023-06-01');
  const chooser = page.waitForEvent('filechooser');
  await panel.getByRole('button', { name: 'Jämför med en fil…' }).click();
  await (await chooser).setFiles(earlierVersion());
  await expect(panel).toContainText('Filen förr.mandat (före) jämförs med den öppna kartan (nu)');
  await expect(panel.getByRole('button', { name: /^Ändrat: Organ "Kommunfullmäktige" har bytt namn \(tidigare "Fullmäktige \(förr\)"/ })).toBeVisible();
  await expect(panel.getByRole('button', { name: /^Borttaget: Organ "Gamla arbetsgruppen" har tagits bort/ })).toBeVisible();
  await expect(node(page, 'Kommunfullmäktige')).toHaveClass(/compare-changed/);
  await expect(page.locator('.react-flow__node.compare-removed', { hasText: 'Gamla arbetsgruppen' })).toBeAttached();
  await panel.getByRole('button', { name: 'Jämför två datum i stället' }).click();
  await expect(panel.getByRole('status')).toHaveText('Inga skillnader.');
  expect(consoleErrors).toEqual([]);
});
