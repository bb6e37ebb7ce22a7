/** The first existing of $CHROMIUM_PATH, /usr/bin/chromium, /usr/bin/chromium-browser and Playwright's installed Chromium; null when there is none. */
export function findChromium(): string | null;
/** The one sentence printed when no Chromium is found. */
export const NO_CHROMIUM: string;
