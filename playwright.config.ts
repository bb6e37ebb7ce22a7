import { defineConfig } from '@playwright/test';
import { findChromium } from './scripts/chromium.js';

/** The port the browser tests serve dist/web on (the dev default, 5174, stays free); MANDAT_E2E_PORT overrides it for a second checkout. */
const PORT = Number(process.env.MANDAT_E2E_PORT) || 5188;
const baseURL = `http://127.0.0.1:${PORT}/`;

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: '.tmp/playwright-results',
  // A 2-core machine: one worker, no retries (a flaky test is a bug to fix), generous timeouts.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['json', { outputFile: '.tmp/playwright.json' }]],
  use: {
    baseURL,
    headless: true,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
  },
  // Serves the built dist/web; `npm test` (or `npm run web`) builds it first.
  webServer: {
    command: `node scripts/web.js --no-build --port ${PORT}`,
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
  projects: [
    {
      name: 'chromium',
      testDir: 'test/e2e',
      use: {
        browserName: 'chromium',
        launchOptions: {
          executablePath: findChromium() ?? undefined,
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
        },
      },
    },
    {
      name: 'electron',
      testDir: 'test/e2e-electron',
    },
  ],
});
