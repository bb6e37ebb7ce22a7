// The desktop app end to end, in Electron itself: open, edit, save, reopen, recover
// after a kill. Where no Electron binary exists (as on the build machines, which cannot
// download it) each test reports itself skipped with the reason.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { findElectronBinary } from '../../scripts/electronBinary.js';

const binary = findElectronBinary();
const root = new URL('../..', import.meta.url).pathname;
const REASON = 'the Electron binary is not installed on this machine (it cannot be downloaded here)';

test.beforeAll(() => {
  if (!binary) return;
  const built = spawnSync(process.execPath, [join(root, 'scripts', 'build-desktop.js')], { encoding: 'utf8' });
  expect(built.status, built.stderr).toBe(0);
});

async function launch(userData: string, args: string[] = [], env: Record<string, string> = {}): Promise<{ app: ElectronApplication; page: Page }> {
  const app = await electron.launch({
    executablePath: binary ?? undefined,
    args: [root, `--user-data-dir=${userData}`, ...args],
    env: { ...process.env, LANG: 'sv_SE.UTF-8', ...env } as Record<string, string>,
  });
  const page = await app.firstWindow();
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  return { app, page };
}

/** Answers the next save dialog with `path` (Playwright cannot click native dialogs). */
async function answerSaveDialog(app: ElectronApplication, path: string): Promise<void> {
  await app.evaluate(({ dialog }, target) => {
    dialog.showSaveDialog = (async () => ({ canceled: false, filePath: target })) as typeof dialog.showSaveDialog;
  }, path);
}

test('opens the Eskilstuna sample in a window titled after the map', async () => {
  test.skip(!binary, REASON);
  const { app, page } = await launch(mkdtempSync(join(tmpdir(), 'mandat-ud-')));
  try {
    await expect(page).toHaveTitle(/Mandat$/);
    await expect(page.locator('.body-node-name', { hasText: 'Kommunfullmäktige' })).toBeVisible();
  } finally {
    await app.close();
  }
});

test('an edit is saved atomically to the chosen file and is there when the file is reopened', async () => {
  test.skip(!binary, REASON);
  const dir = mkdtempSync(join(tmpdir(), 'mandat-e2e-'));
  const file = join(dir, 'karta.mandat');
  const first = await launch(mkdtempSync(join(tmpdir(), 'mandat-ud-')));
  try {
    await first.page.getByRole('button', { name: 'Lägg till organ' }).click();
    await expect(first.page.locator('.body-node-name', { hasText: 'Nytt organ' })).toBeVisible();
    await answerSaveDialog(first.app, file);
    await first.page.keyboard.press('Control+s');
    await expect.poll(() => existsSync(file)).toBe(true);
    expect(JSON.parse(readFileSync(file, 'utf8')).bodies.some((b: { name: string }) => b.name === 'Nytt organ')).toBe(true);
    expect(existsSync(`${file}.bak`)).toBe(false);
  } finally {
    await first.app.close();
  }
  const again = await launch(mkdtempSync(join(tmpdir(), 'mandat-ud-')), [file]);
  try {
    await expect(again.page.locator('.body-node-name', { hasText: 'Nytt organ' })).toBeVisible();
  } finally {
    await again.app.close();
  }
});

test('unsaved work is recovered from the crash journal after the app is killed', async () => {
  test.skip(!binary, REASON);
  const userData = mkdtempSync(join(tmpdir(), 'mandat-ud-'));
  const crashed = await launch(userData);
  await crashed.page.getByRole('button', { name: 'Lägg till organ' }).click();
  await expect(crashed.page.locator('.body-node-name', { hasText: 'Nytt organ' })).toBeVisible();
  // The journal is written a second after the last edit.
  await expect.poll(() => existsSync(join(userData, 'journal')) && spawnSync('ls', [join(userData, 'journal')], { encoding: 'utf8' }).stdout.includes('.journal.json'), { timeout: 10_000 }).toBe(true);
  crashed.app.process().kill('SIGKILL');
  const restarted = await launch(userData, [], { MANDAT_E2E_RESTORE: 'restore' });
  try {
    await expect(restarted.page.locator('.body-node-name', { hasText: 'Nytt organ' })).toBeVisible();
  } finally {
    await restarted.app.close();
  }
});
