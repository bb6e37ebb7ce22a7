// Where the browser tests find Chromium: Playwright's own download is impossible on the
// build machines, so Debian's package comes first after an explicit CHROMIUM_PATH.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Playwright's own installed Chromium, when it exists on disk. */
function playwrightChromium() {
  try {
    const { chromium } = require('playwright-core');
    const path = chromium.executablePath();
    return typeof path === 'string' && path ? path : null;
  } catch {
    return null;
  }
}

/**
 * The first existing of $CHROMIUM_PATH, /usr/bin/chromium, /usr/bin/chromium-browser and
 * Playwright's installed Chromium; null when there is none.
 * @returns {string | null}
 */
export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const path of candidates) if (path && existsSync(path)) return path;
  const own = playwrightChromium();
  return own && existsSync(own) ? own : null;
}

/** The one sentence printed when no Chromium is found. */
export const NO_CHROMIUM =
  'No Chromium found: install Debian\'s chromium (apt-get install chromium), set CHROMIUM_PATH, or run "npx playwright install chromium" where the internet is reachable.';

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(findChromium() ?? NO_CHROMIUM);
}
