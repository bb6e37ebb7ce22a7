import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { _electron as electron, expect, test } from '@playwright/test';

const require = createRequire(import.meta.url);

/** The Electron binary, when the electron package and its downloaded binary are both present. */
function electronBinary(): string | null {
  try {
    const path: unknown = require(require.resolve('electron'));
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();
const hasElectron = binary !== null;
const main = new URL('../../electron/main.ts', import.meta.url).pathname;

test('the desktop window opens with the title "Mandat"', async () => {
  test.skip(!hasElectron, 'the Electron binary is not installed on this machine (it cannot be downloaded here)');
  test.skip(!existsSync(main), 'the desktop shell (electron/main.ts) is not written yet');
  const app = await electron.launch({ executablePath: binary ?? undefined, args: ['.', '--no-sandbox'] });
  try {
    const window = await app.firstWindow();
    await expect(window).toHaveTitle('Mandat');
  } finally {
    await app.close();
  }
});
