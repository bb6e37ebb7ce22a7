/**
 * The browser tests' shared fixture: `consoleErrors` collects the page's console errors
 * and uncaught exceptions (a test asserts it is empty), `axe` runs the WCAG 2 A/AA rules.
 *
 *   import { expect, test } from './support';
 *   test('…', async ({ page, consoleErrors, axe }) => { …; expect(consoleErrors).toEqual([]); });
 */
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect } from '@playwright/test';

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;

export interface Fixtures {
  /** Console errors and uncaught page errors, in the order they came. */
  consoleErrors: string[];
  /** Runs axe with the WCAG 2 A and AA rules on the page as it is now. */
  axe: () => Promise<AxeResults>;
}

export const test = base.extend<Fixtures>({
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const { url } = message.location();
      errors.push(url ? `${message.text()} (${url})` : message.text());
    });
    page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
    await use(errors);
  },
  axe: async ({ page }, use) => {
    await use(() => new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze());
  },
});

/** The violations of an axe run, one readable line each (for a clear failure message). */
export function describeViolations(results: AxeResults): string[] {
  return results.violations.map((v) => `${v.id} (${v.impact ?? 'unknown'}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

export { expect };

/** Drops a file called `name` holding `content` (text, or bytes as numbers) on the window, as a person dragging it from the desktop. */
export async function dropFile(page: import('@playwright/test').Page, name: string, content: string | readonly number[]): Promise<void> {
  await page.evaluate(
    ({ file, text, bytes }) => {
      const data = new DataTransfer();
      data.items.add(new File([bytes ? new Uint8Array(bytes) : (text ?? '')], file, { type: 'application/json' }));
      (document.querySelector('.app') as HTMLElement).dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    },
    typeof content === 'string' ? { file: name, text: content, bytes: null } : { file: name, text: null, bytes: [...content] },
  );
}

/** Drops a .mandat file `name`.mandat, a map called `name` with one body (`body`, or `name`), on the window. */
export async function dropMapFile(page: import('@playwright/test').Page, name: string, body = name): Promise<void> {
  await dropFile(page, `${name}.mandat`, JSON.stringify({ format: 'mandat', version: 1, meta: { name }, bodies: [{ id: 'b1', name: body, kind: 'council', level: 'political' }] }));
}

/** Marks the start page as seen, so that it does not open over the map (the start page's own tests leave it). */
export async function skipStartPage(page: import('@playwright/test').Page): Promise<void> {
  await page.addInitScript(() => localStorage.setItem('mandat.welcomed', '1'));
}

/**
 * A fresh page with no autosaved map, so the sample opens (the start page, seen already,
 * stays closed). The sample opens at a zoom where names can be read, which leaves its
 * lower bodies below the window; unless `asOpened`, the whole map is then brought into
 * view with the Fit View button, as a person would before clicking one of them.
 */
export async function openApp(page: import('@playwright/test').Page, options: { asOpened?: boolean } = {}): Promise<void> {
  await skipStartPage(page);
  await page.goto('/');
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        const r = indexedDB.deleteDatabase('mandat');
        r.onsuccess = r.onerror = r.onblocked = () => done();
      }),
  );
  await page.reload();
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  if (!options.asOpened) await fitMap(page);
}

/** Fits the whole map (what the filters show) into the canvas with the Fit View button. */
export async function fitMap(page: import('@playwright/test').Page): Promise<void> {
  const viewport = page.locator('.react-flow__viewport');
  const before = await viewport.getAttribute('style');
  await page.locator('.react-flow__controls-fitview').click();
  // The view moves in a short animation: wait until it has moved, then until it stays put
  // (on a loaded machine the animation's frames come late, and a click computed from one of
  // them would land where a body no longer is).
  await expect.poll(async () => (await viewport.getAttribute('style')) !== before, { timeout: 5000 }).toBe(true).catch(() => undefined);
  let last = await viewport.getAttribute('style');
  await expect
    .poll(
      async () => {
        const now = await viewport.getAttribute('style');
        const still = now === last;
        last = now;
        return still;
      },
      { timeout: 5000, intervals: [150] },
    )
    .toBe(true)
    .catch(() => undefined);
}

/**
 * Waits until the web host's autosaved copy (IndexedDB "mandat", store "autosave", key
 * "current") holds `text`: the copy is written a second after the last change, when the
 * page is next idle.
 */
export async function autosaved(page: import('@playwright/test').Page, text: string): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(
          () =>
            new Promise<string>((resolve) => {
              const open = indexedDB.open('mandat');
              open.onerror = () => resolve('');
              open.onsuccess = () => {
                const db = open.result;
                if (!db.objectStoreNames.contains('autosave')) {
                  db.close();
                  resolve('');
                  return;
                }
                const get = db.transaction('autosave', 'readonly').objectStore('autosave').get('current');
                get.onsuccess = () => {
                  db.close();
                  resolve(typeof get.result?.text === 'string' ? (get.result.text as string) : '');
                };
                get.onerror = () => resolve('');
              };
            }),
        ),
      { timeout: 10_000, message: `the autosaved copy should hold ${JSON.stringify(text)}` },
    )
    .toContain(text);
}
