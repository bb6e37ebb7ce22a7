// The renderer as the desktop shell hosts it, without Electron: a stand-in for the
// preload's `window.mandat` answers as main would, so the editor's desktop paths (files
// queued for a window, drops by path, one map a window) run in the web build.
import type { Page } from '@playwright/test';
import { expect, test, skipStartPage } from './support';

const MAP = JSON.stringify({ format: 'mandat', version: 1, meta: { name: 'Släppt karta' }, bodies: [{ id: 'a', name: 'Släppt organ', kind: 'working_group' }] });
const PATH = '/home/anna/Kartor/släppt.mandat';
const opened = { files: [{ name: 'släppt.mandat', content: MAP }], handle: PATH };

/** What the stand-in answers: IpcResult values, as main's handlers would give them. */
interface Answers {
  pendingOpen?: unknown;
  openDropped?: unknown;
  newMap?: unknown;
}

/** Installs the stand-in bridge before the page loads; its calls are kept in `window.bridgeCalls`. */
async function desktopHost(page: Page, answers: Answers): Promise<void> {
  await page.addInitScript((a: Answers) => {
    const calls: Array<[string, unknown[]]> = [];
    const w = window as unknown as Record<string, unknown>;
    w.bridgeCalls = calls;
    const answer =
      (method: string, value: unknown = { ok: true, value: undefined }) =>
      async (...args: unknown[]) => {
        // Dropped files are File objects: kept by name, as the preload would turn them into paths.
        calls.push([method, args.map((x) => (Array.isArray(x) ? x.map((f) => (f instanceof File ? `File:${f.name}` : f)) : x))]);
        return value;
      };
    w.mandat = Object.freeze({
      openFiles: answer('openFiles', { ok: true, value: null }),
      openDropped: answer('openDropped', a.openDropped),
      pendingOpen: answer('pendingOpen', a.pendingOpen ?? { ok: true, value: null }),
      newMap: answer('newMap', a.newMap ?? { ok: true, value: 'this-window' }),
      saveFile: answer('saveFile', { ok: true, value: { ok: false, cancelled: true } }),
      download: answer('download', { ok: true, value: { ok: false, cancelled: true } }),
      copyImage: answer('copyImage'),
      sessionAddresses: answer('sessionAddresses', { ok: true, value: ['127.0.0.1'] }),
      hostSession: answer('hostSession', { ok: true, value: { ok: false, message: { sv: '', en: '' } } }),
      stopSession: answer('stopSession'),
      autosave: answer('autosave'),
      loadAutosave: answer('loadAutosave', { ok: true, value: null }),
      clearAutosave: answer('clearAutosave'),
      setWindowState: answer('setWindowState'),
      onMenuCommand: () => () => undefined,
    });
  }, answers);
  await skipStartPage(page);
  await page.goto('/');
}

const calls = (page: Page, method: string) =>
  page.evaluate((m) => ((window as unknown as { bridgeCalls: Array<[string, unknown[]]> }).bridgeCalls ?? []).filter(([name]) => name === m).map(([, args]) => args), method);

const node = (page: Page, name: string) => page.locator('.react-flow__node').filter({ has: page.locator('.body-node-name', { hasText: new RegExp(`^${name}$`) }) });

async function drop(page: Page, name: string, text: string): Promise<void> {
  await page.evaluate(
    ([n, t]) => {
      const data = new DataTransfer();
      data.items.add(new File([t ?? ''], n ?? '', { type: 'application/json' }));
      (document.querySelector('.app') as HTMLElement).dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    },
    [name, text],
  );
}

test('a window opened for a file opens it with its path: Save writes back to it, and main hears the window has a file', async ({ page, consoleErrors }) => {
  await desktopHost(page, { pendingOpen: { ok: true, value: opened } });
  await expect(node(page, 'Släppt organ')).toBeVisible();
  await expect(page.getByRole('status')).toHaveCount(0); // not "restored"
  expect(await calls(page, 'loadAutosave')).toEqual([]);
  await page.keyboard.press('Control+s');
  await expect.poll(() => calls(page, 'saveFile')).toEqual([[expect.objectContaining({ handle: PATH, saveAs: false })]]);
  expect((await calls(page, 'setWindowState')).at(-1)).toEqual([expect.objectContaining({ hasFile: true, dirty: false })]);
  expect(consoleErrors).toEqual([]);
});

test('a window opened by File > New shows an empty map', async ({ page }) => {
  await desktopHost(page, { pendingOpen: { ok: true, value: { empty: true } } });
  await expect(page.getByRole('heading', { name: /Namnlös karta/ })).toBeAttached();
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
});

test('a queued file that is gone says so, and the window opens the sample', async ({ page }) => {
  const refused = { refused: { name: 'borta.mandat', message: { sv: 'Filen finns inte (längre).', en: 'The file does not exist (any more).' } } };
  await desktopHost(page, { pendingOpen: { ok: true, value: refused } });
  await expect(page.getByRole('alert')).toContainText('Filen borta.mandat kunde inte öppnas');
  await expect(node(page, 'Kommunfullmäktige')).toBeVisible();
});

test('a dropped file is opened by main with its path, so Save writes back to it', async ({ page }) => {
  await desktopHost(page, { openDropped: { ok: true, value: opened } });
  await expect(node(page, 'Kommunfullmäktige')).toBeVisible();
  await drop(page, 'släppt.mandat', MAP);
  await expect(node(page, 'Släppt organ')).toBeVisible();
  expect(await calls(page, 'openDropped')).toEqual([[['File:släppt.mandat']]]);
  await page.keyboard.press('Control+s');
  await expect.poll(() => calls(page, 'saveFile')).toEqual([[expect.objectContaining({ handle: PATH, saveAs: false })]]);
});

test('a dropped file with no path is read through the File API, as in the browser', async ({ page }) => {
  const noPath = { ok: false, error: { code: 'invalid-arguments', message: { sv: '', en: '' } } };
  await desktopHost(page, { openDropped: noPath });
  await expect(node(page, 'Kommunfullmäktige')).toBeVisible();
  await drop(page, 'släppt.mandat', MAP);
  await expect(node(page, 'Släppt organ')).toBeVisible();
  await page.keyboard.press('Control+s');
  await expect.poll(() => calls(page, 'saveFile')).toEqual([[expect.objectContaining({ saveAs: true })]]);
});

test('a drop main refuses shows why, and the map stays', async ({ page }) => {
  const refused = { refused: { name: 'kartor.mandat', message: { sv: '"kartor.mandat" är ingen fil (en mapp?) och kan inte öppnas.', en: '' } } };
  await desktopHost(page, { openDropped: { ok: true, value: refused } });
  await expect(node(page, 'Kommunfullmäktige')).toBeVisible();
  await drop(page, 'kartor.mandat', '');
  await expect(page.getByRole('alert')).toContainText('är ingen fil (en mapp?)');
  await expect(node(page, 'Kommunfullmäktige')).toBeVisible();
});

test('a window holding a map keeps it: a drop and New go to new windows', async ({ page }) => {
  await desktopHost(page, { openDropped: { ok: true, value: null }, newMap: { ok: true, value: 'new-window' } });
  await expect(node(page, 'Kommunfullmäktige')).toBeVisible();
  await drop(page, 'släppt.mandat', MAP);
  await expect.poll(() => calls(page, 'openDropped')).toHaveLength(1);
  await page.getByRole('button', { name: 'Ny karta' }).click();
  await page.keyboard.press('Control+n');
  await expect.poll(() => calls(page, 'newMap')).toHaveLength(2);
  await expect(node(page, 'Kommunfullmäktige')).toBeVisible();
  await expect(node(page, 'Släppt organ')).toHaveCount(0);
});

test('an untouched window makes the new map itself', async ({ page }) => {
  await desktopHost(page, {});
  await expect(node(page, 'Kommunfullmäktige')).toBeVisible();
  await page.getByRole('button', { name: 'Ny karta' }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
});

test('text typed in a field not yet left marks the window unsaved for main, and Save commits it first', async ({ page }) => {
  await desktopHost(page, { pendingOpen: { ok: true, value: opened } });
  await node(page, 'Släppt organ').click();
  await page.getByRole('tab', { name: /^Organ/ }).click();
  await page.getByRole('button', { name: 'Redigera' }).click();
  await page.getByLabel('Namn', { exact: true }).fill('Omdöpt men inte lämnat');
  // Main hears "unsaved" while the text is still only in the field: closing the window would ask.
  await expect.poll(async () => (await calls(page, 'setWindowState')).at(-1)).toEqual([expect.objectContaining({ dirty: true })]);
  await page.keyboard.press('Control+s');
  await expect.poll(async () => ((await calls(page, 'saveFile'))[0]?.[0] as { text?: string } | undefined)?.text ?? '').toContain('Omdöpt men inte lämnat');
});
