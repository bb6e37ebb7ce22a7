import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as Y from 'yjs';
import { startCollabServer, type RunningCollabServer } from '../../server/collabServer';
import { restoreText } from '../../shared/file/restore';
import { openMapDocument } from '../../shared/file/open';
import { expect, test } from './support';

let server: RunningCollabServer;
let dataDir: string;
let links: { edit: string; view: string };

test.beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'mandat-e2e-collab-'));
  server = await startCollabServer({ host: '127.0.0.1', port: 0, dataDir, webRoot: resolve('dist/web'), log: () => undefined });
  const restored = restoreText(readFileSync('examples/eskilstuna.mandat', 'utf8'));
  if (!restored.ok) throw new Error('the sample does not load');
  const { doc } = openMapDocument(restored.model, restored.yjsState);
  const session = server.sessions.createSession('Eskilstuna');
  server.persistence?.seed(session.document, Y.encodeStateAsUpdate(doc));
  const link = (token: string) => `${server.url}/#session=${session.document}&token=${encodeURIComponent(token)}`;
  links = { edit: link(session.editToken), view: link(session.viewToken) };
});

test.afterAll(async () => {
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const nodes = (page: import('@playwright/test').Page) => page.locator('.react-flow__node');

test('two browsers on one invitation see each other’s edits and selections', async ({ browser }) => {
  const a = await (await browser.newContext()).newPage();
  const b = await (await browser.newContext()).newPage();
  await a.goto(links.edit);
  await b.goto(links.edit);
  for (const page of [a, b]) await expect(page.getByRole('status').filter({ hasText: 'Live: ansluten' })).toBeVisible();
  await expect(nodes(b).first()).toBeVisible();
  const before = await nodes(b).count();

  await a.getByRole('button', { name: 'Lägg till organ' }).click();
  await expect(nodes(b)).toHaveCount(before + 1);

  // The view went to the new body, to name it: keep its name, and see the whole map again.
  await a.keyboard.press('Enter');
  await a.locator('.react-flow__controls-fitview').click();
  await nodes(a).filter({ hasText: 'Kommunstyrelsen' }).first().click();
  await expect(b.locator('.body-node.has-peer')).toHaveCount(1);
  await expect(b.locator('.body-node.has-peer')).toContainText('Kommunstyrelsen');
  await expect(b.locator('.collab-count')).toHaveText('2 personer');

  // Undo in B does not take back A's edit.
  await b.keyboard.press('Control+z');
  await expect(nodes(a)).toHaveCount(before + 1);
});

test('a viewer sees the map and cannot change it', async ({ browser }) => {
  const viewer = await (await browser.newContext()).newPage();
  await viewer.goto(links.view);
  await expect(viewer.getByRole('status').filter({ hasText: 'endast visning' })).toBeVisible();
  const count = await nodes(viewer).count();
  // The buttons that would change the map are left out; the shortcut says why nothing happens.
  await expect(viewer.getByRole('button', { name: 'Lägg till organ' })).toHaveCount(0);
  await expect(viewer.getByRole('button', { name: 'Ångra' })).toHaveCount(0);
  // A body the opening view shows (one added by the test before may stand outside it).
  await nodes(viewer).filter({ hasText: 'Kommunstyrelsen' }).first().click();
  await viewer.keyboard.press('Control+b');
  await expect(viewer.getByText('Du är inbjuden att titta; kartan kan inte ändras härifrån.')).toBeVisible();
  await expect(nodes(viewer)).toHaveCount(count);
});

test('at 1093×614 the session is said in short and the row fits; the whole sentence is in the opened list', async ({ browser }) => {
  const viewer = await (await browser.newContext({ viewport: { width: 1093, height: 614 } })).newPage();
  await viewer.goto(links.view);
  await expect(nodes(viewer).first()).toBeVisible();
  await expect(viewer.locator('.collab-status-short')).toHaveText('Live · läsläge');
  // The others still here from the tests before are counted too.
  await expect(viewer.locator('.collab-count-short')).toHaveText(/^\s*\d+$/);
  // Every control of the row is in the window (the full sentence pushed the language out of it).
  expect(await viewer.locator('header.toolbar').evaluate((el) => el.scrollWidth)).toBeLessThanOrEqual(1093);
  // And the map's name is more than its first letters: the edit buttons a viewer cannot use leave their room to it.
  expect((await viewer.locator('.title-area').boundingBox())!.width).toBeGreaterThanOrEqual(140);
  const language = (await viewer.locator('#language').boundingBox())!;
  expect(language.x + language.width).toBeLessThanOrEqual(1093);
  await viewer.locator('.collab-status > summary').click();
  await expect(viewer.locator('.collab-status-full')).toHaveText('Live: ansluten · endast visning');
  await expect(viewer.getByRole('list', { name: 'Vem som är med' })).toContainText('Du');
});

test('a wrong token is refused with the reason, and the page opens a map of its own', async ({ page }) => {
  await page.goto(links.edit.replace(/token=[^&]+/, 'token=wrong'));
  await expect(page.getByText(/Servern släppte inte in dig/)).toBeVisible();
  await expect(nodes(page).first()).toBeVisible();
});

test('a link pasted into Join… joins the session, and a wrong one is refused at the field', async ({ page }) => {
  // A first visit to the server's page: the start page offers to join.
  await page.goto(`${server.url}/`);
  await page.getByRole('dialog', { name: 'Välkommen till Mandat' }).getByRole('button', { name: /^Gå med…/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Gå med i en delad karta' });
  await dialog.getByLabel('Inbjudningslänk').fill('https://example.org/karta');
  await dialog.getByRole('button', { name: 'Gå med', exact: true }).click();
  await expect(dialog.getByText(/Det här är ingen inbjudningslänk/)).toBeVisible();
  await dialog.getByLabel('Inbjudningslänk').fill(links.edit);
  await dialog.getByRole('button', { name: 'Gå med', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Live: ansluten' })).toBeVisible();
});
