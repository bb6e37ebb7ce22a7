import type { Page } from '@playwright/test';
import { dropMapFile, expect, openApp, test } from './support';

/** Drops a map file and waits until it is the open map. */
async function dropMap(page: Page, name: string, body: string): Promise<void> {
  await dropMapFile(page, name, body);
  await expect(page.locator('.title-name')).toContainText(name);
}

async function openStartPage(page: Page): Promise<void> {
  await page.getByRole('menuitem', { name: 'Hjälp' }).click();
  await page.getByRole('menuitem', { name: 'Startsida' }).click();
  await expect(page.getByRole('dialog', { name: /Välkommen/ })).toBeVisible();
}

/** The keys of the autosave database's store, and the entries of the recent list (without their texts). */
async function stored(page: Page): Promise<{ keys: string[]; listed: Record<string, unknown>[] }> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const r = indexedDB.open('mandat', 1);
        r.onerror = () => reject(r.error);
        r.onsuccess = () => {
          const store = r.result.transaction('autosave', 'readonly').objectStore('autosave');
          const keys = store.getAllKeys();
          const listed = store.getAll(IDBKeyRange.bound('recent:', 'recent:\uffff'));
          listed.onsuccess = () => {
            resolve({ keys: (keys.result as IDBValidKey[]).map(String), listed: listed.result as Record<string, unknown>[] });
            r.result.close();
          };
        };
      }),
  );
}

test('a map opened is in the start page\'s recent maps, kept apart from its text, and opens again from there', async ({ page }) => {
  await openApp(page);
  const texts = async (): Promise<string[]> => (await stored(page)).keys.filter((k) => k.startsWith('recent-text:')).sort();
  await dropMap(page, 'Rådet i Köping', 'Trygghetsrådet');
  // A map is remembered once its document is built, a moment after it is drawn.
  await expect.poll(texts).toEqual(['recent-text:Rådet i Köping.mandat']);
  await dropMap(page, 'Styrningen i Arboga', 'Styrgruppen');
  // The list is light: names and dates; the texts wait under keys of their own.
  await expect.poll(texts).toEqual(['recent-text:Rådet i Köping.mandat', 'recent-text:Styrningen i Arboga.mandat']);
  const { listed } = await stored(page);
  // With whether the file's bytes were UTF-8, so that it opens again as it did.
  expect(listed.map((m) => Object.keys(m).sort())).toEqual([
    ['at', 'fileName', 'name', 'utf8'],
    ['at', 'fileName', 'name', 'utf8'],
  ]);
  await openStartPage(page);
  const recent = page.getByRole('region', { name: 'Senaste kartor' });
  // Newest first.
  await expect(recent.getByRole('button')).toHaveText(['Styrningen i Arboga', 'Rådet i Köping']);
  await recent.getByRole('button', { name: 'Rådet i Köping' }).click();
  await expect(page.locator('.title-name')).toContainText('Rådet i Köping');
  await expect(page.locator('.body-node-name')).toHaveText(['Trygghetsrådet']);
});

test('a map whose text holds a real � opens again from the recent maps without being called another encoding', async ({ page }) => {
  await openApp(page);
  await dropMap(page, 'Ersättningstecken', 'Rådet \uFFFD');
  // Whatever else this small file is repaired for, its letters are not called unreadable (that would be behind "Visa detaljer").
  const notUtf8 = page.locator('.notice', { hasText: 'reparerades' }).locator('details');
  const unreadable = async (): Promise<boolean> => (await notUtf8.count()) > 0 && (await notUtf8.first().evaluate((d) => d.textContent ?? '')).includes('inte kunde läsas');
  expect(await unreadable()).toBe(false);
  await expect.poll(async () => (await stored(page)).listed.map((m) => (m as { utf8?: boolean }).utf8)).toEqual([true]);
  await openStartPage(page);
  await page.getByRole('region', { name: 'Senaste kartor' }).getByRole('button', { name: 'Ersättningstecken' }).click();
  await expect(page.locator('.body-node-name')).toHaveText(['Rådet \uFFFD']);
  expect(await unreadable()).toBe(false);
});

test('a recent map kept by an earlier version (its text in the list) opens, and its text is moved out of the list', async ({ page }) => {
  await openApp(page);
  const text = JSON.stringify({ format: 'mandat', version: 1, meta: { name: 'Gamla kartan' }, bodies: [{ id: 'b1', name: 'Samverkansgruppen', kind: 'council', level: 'political' }] });
  await page.evaluate(
    (t) =>
      new Promise<void>((resolve, reject) => {
        const r = indexedDB.open('mandat', 1);
        r.onerror = () => reject(r.error);
        r.onsuccess = () => {
          const tx = r.result.transaction('autosave', 'readwrite');
          tx.objectStore('autosave').put({ name: 'Gamla kartan', fileName: 'gamla.mandat', at: '2026-01-02T10:00:00.000Z', text: t }, 'recent:gamla.mandat');
          tx.oncomplete = () => {
            r.result.close();
            resolve();
          };
        };
      }),
    text,
  );
  await openStartPage(page);
  const recent = page.getByRole('region', { name: 'Senaste kartor' });
  await expect(recent.getByRole('button', { name: 'Gamla kartan' })).toBeVisible();
  await expect.poll(async () => (await stored(page)).keys).toContain('recent-text:gamla.mandat');
  expect((await stored(page)).listed.find((m) => m.name === 'Gamla kartan')).not.toHaveProperty('text');
  await recent.getByRole('button', { name: 'Gamla kartan' }).click();
  await expect(page.locator('.body-node-name')).toHaveText(['Samverkansgruppen']);
});

test('a recent map whose text is gone says so in a sentence and leaves the map open as it was', async ({ page }) => {
  await openApp(page);
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const r = indexedDB.open('mandat', 1);
        r.onerror = () => reject(r.error);
        r.onsuccess = () => {
          const tx = r.result.transaction('autosave', 'readwrite');
          tx.objectStore('autosave').put({ name: 'Borttappad', fileName: 'borta.mandat', at: '2026-01-02T10:00:00.000Z' }, 'recent:borta.mandat');
          tx.oncomplete = () => {
            r.result.close();
            resolve();
          };
        };
      }),
  );
  await openStartPage(page);
  await page.getByRole('region', { name: 'Senaste kartor' }).getByRole('button', { name: 'Borttappad' }).click();
  await expect(page.getByText('Borttappad finns inte längre bland de senaste kartorna. Öppna filen i stället.')).toBeVisible();
  await expect(page.locator('.title-name')).toContainText('Eskilstuna');
});
