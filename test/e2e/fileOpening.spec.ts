import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { dropFile, expect, openApp, test } from './support';

// Opening and saving map files in the window: damaged files, hand edits, the download
// where the browser has no file system access, and a workbook through the Open dialog.

const findingsTab = (page: Page) => page.getByRole('tab', { name: /^(Fynd|Findings)/ });
const node = (page: Page, name: string) => page.locator('.react-flow__node').filter({ has: page.locator('.body-node-name', { hasText: new RegExp(`^${name}$`) }) });


test('a broken file dropped on the window shows the error and leaves the map as it was', async ({ page }) => {
  await openApp(page);
  const broken = JSON.stringify({ format: 'mandat', version: 1, bodies: [{ id: 'a', name: 'A', mandate: { decidedBy: 'ks2' } }] });
  await dropFile(page, 'trasig.mandat', broken);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Filen trasig.mandat kunde inte öppnas');
  await expect(alert).toContainText('Organ 1, Beslutat av: inget organ har id "ks2"');
  await expect(alert).not.toContainText('bodies[0]');
  await expect(node(page, 'Kommunfullmäktige')).toBeVisible();
});

test('a file with a name written twice in one body (as a hand edit leaves it) opens with the later name and says which key, where, in words', async ({ page }) => {
  await openApp(page);
  const file = JSON.parse(readFileSync(join(process.cwd(), 'examples', 'eskilstuna.mandat'), 'utf8')) as { bodies: { name: string }[] };
  const index = file.bodies.findIndex((b) => b.name === 'Kommunstyrelsen');
  expect(index).toBeGreaterThanOrEqual(0);
  const text = JSON.stringify(file, null, 2).replace('"name": "Kommunstyrelsen",', '"name": "Kommunstyrelsen",\n      "name": "Kommunstyrelsen rättad",');
  await dropFile(page, 'dubbel.mandat', text);
  await expect(node(page, 'Kommunstyrelsen rättad')).toBeVisible();
  const notice = page.getByRole('status').filter({ hasText: 'Filen reparerades vid inläsning' });
  await notice.getByText('Visa detaljer').click();
  await expect(notice).toContainText(`Organ ${index + 1}, Namn: "name" står två gånger i samma del av filen`);
  await expect(notice).not.toContainText('bodies[');
  // The Yjs history's repair joins the file's in the same notice, not in its place.
  await expect(notice).toContainText('Filen har ändrats utanför Mandat');
});

test('a file edited outside Mandat opens as written, says so once its history is read, and edits and undo work at once', async ({ page }) => {
  await openApp(page);
  // The sample with its Yjs history, one body renamed in the plain part only (as a text editor would).
  const file = JSON.parse(readFileSync(join(process.cwd(), 'examples', 'eskilstuna.mandat'), 'utf8')) as { bodies: { name: string }[]; yjs?: string };
  expect(file.yjs, 'the sample keeps its Yjs history').toBeTruthy();
  const body = file.bodies.find((b) => b.name === 'Kommunstyrelsen');
  if (!body) throw new Error('the sample has no Kommunstyrelsen');
  body.name = 'Kommunstyrelsen ändrad för hand';
  await dropFile(page, 'handredigerad.mandat', JSON.stringify(file));
  await expect(node(page, 'Kommunstyrelsen ändrad för hand')).toBeVisible();
  await expect(page.getByRole('status')).toContainText('Filen har ändrats utanför Mandat');
  await page.getByRole('button', { name: 'Lägg till organ' }).click();
  // A new body opens its name on the box, ready for typing.
  await page.getByRole('textbox', { name: 'Organets namn' }).fill('Nytt organ');
  await page.keyboard.press('Enter');
  await expect(node(page, 'Nytt organ')).toBeVisible();
  // The rename and the new body: two undo steps.
  await page.getByRole('button', { name: 'Ångra' }).click();
  await page.getByRole('button', { name: 'Ångra' }).click();
  await expect(node(page, 'Nytt organ')).toHaveCount(0);
  await expect(page.locator('.react-flow__node[aria-label^="Arbetsgrupp"]')).toHaveCount(0);
  await expect(node(page, 'Kommunstyrelsen ändrad för hand')).toBeVisible();
});

test('save offers the map as a .mandat file where the browser has no file system access', async ({ page }) => {
  await page.addInitScript(() => {
    delete (window as unknown as Record<string, unknown>).showSaveFilePicker;
    delete (window as unknown as Record<string, unknown>).showOpenFilePicker;
  });
  await openApp(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Spara', exact: true }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.mandat$/);
  const text = await (await file.createReadStream()).toArray();
  expect(JSON.parse(Buffer.concat(text).toString('utf8')).format).toBe('mandat');
});

test('opens an .xlsx workbook through the Open dialog', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'mandat-e2e-'));
  const xlsx = join(dir, 'eskilstuna.xlsx');
  const made = spawnSync(process.execPath, ['bin/mandat.js', 'export-workbook', 'examples/eskilstuna.mandat', '-o', xlsx], { encoding: 'utf8' });
  expect(made.status, made.stderr).toBe(0);
  await page.addInitScript(() => delete (window as unknown as Record<string, unknown>).showOpenFilePicker);
  await openApp(page);
  await page.getByRole('button', { name: 'Ny karta' }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Control+o');
  await (await chooser).setFiles(xlsx);
  await expect(node(page, 'Kommunfullmäktige')).toBeVisible();
  await expect(findingsTab(page)).not.toContainText('(0)');
});

test('a map whose text holds a real � opens without a word of encodings; one saved as Windows-1252 says its letters could not be read', async ({ page }) => {
  await openApp(page);
  const { yjs: _history, ...plain } = JSON.parse(readFileSync(join(process.cwd(), 'examples', 'eskilstuna.mandat'), 'utf8')) as Record<string, unknown>;
  const text = JSON.stringify(plain, null, 2).replace('"name": "Kommunstyrelsen"', '"name": "Kommunstyrelsen \uFFFD"');
  await dropFile(page, 'ersattning.mandat', text);
  await expect(node(page, 'Kommunstyrelsen \uFFFD')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Filen reparerades' })).toHaveCount(0);
  // The same map in Windows-1252's bytes: å, ä and ö could not be read.
  const latin1 = Array.from(text.replace(' \uFFFD', ''), (c) => (c.charCodeAt(0) < 0x100 ? c.charCodeAt(0) : 0x3f));
  await dropFile(page, 'latin1.mandat', latin1);
  const notice = page.getByRole('status').filter({ hasText: 'Filen reparerades vid inläsning' });
  await notice.getByText('Visa detaljer').click();
  await expect(notice).toContainText('Filen har tecken som inte kunde läsas (visas som �), det första på rad');
});
