import { existsSync } from 'node:fs';
import { _electron as electron, expect, test } from '@playwright/test';
import { findElectronBinary } from '../../scripts/electronBinary.js';

const binary = findElectronBinary();
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
