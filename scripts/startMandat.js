// What `npm start` does, as a plain function of its dependencies so that every path is
// tested with stand-ins: the desktop window when Electron's binary is there or can be
// fetched; otherwise, after one line saying why, the web version in the browser.

/** 'en' when the environment's language is English, else 'sv' (as the command line decides). */
export function environmentLanguage(env = process.env) {
  const value = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return value.toLowerCase().startsWith('en') ? 'en' : 'sv';
}

/** Whether ELECTRON_SKIP_BINARY_DOWNLOAD asks not to download Electron (any value but empty, 0 or false). */
export function downloadSkipped(env = process.env) {
  const value = (env.ELECTRON_SKIP_BINARY_DOWNLOAD ?? '').trim().toLowerCase();
  return value !== '' && value !== '0' && value !== 'false';
}

const MB = 1024 * 1024;

export const START_MESSAGES = {
  sv: {
    downloading: (seconds) =>
      `Mandat: Electron (skrivbordsfönstret) är inte installerat än; det laddas ner en gång, cirka 100 MB (högst ${seconds} s om inget kommer fram) …`,
    progress: (bytes, elapsedMs) => `Mandat: ${(bytes / MB).toFixed(1)} MB av Electron hämtat (${Math.round(elapsedMs / 1000)} s)`,
    installed: 'Mandat: Electron är installerat; skrivbordsfönstret startar.',
    why: {
      failed: (detail) => `Electron kunde inte laddas ner${detail ? ` (${detail})` : ''}`,
      timeout: (detail) => `nedladdningen av Electron blev inte klar på ${detail}`,
      skipped: () => 'Electron är inte installerat och ELECTRON_SKIP_BINARY_DOWNLOAD säger att det inte ska laddas ner',
      missing: () => 'Electrons installation blev klar men programfilen saknas',
      unavailable: () => 'paketet electron saknas i node_modules (kör "npm install")',
    },
    fallback: (why) => `Mandat öppnas i webbläsaren i stället för i ett eget fönster: ${why}.`,
    building: 'Mandat: bygger webbversionen …',
    serving: (url) => `Mandat (webb): ${url}   (Ctrl+C avslutar)`,
    openYourself: (url) => `Öppna ${url} i din webbläsare.`,
    webFailed: (message) => `Mandat (webb) kunde inte starta: ${message}`,
    unknownOption: (option) => `Mandat: okänt val "${option}"; npm start tar bara --no-build.`,
  },
  en: {
    downloading: (seconds) =>
      `Mandat: Electron (the desktop window) is not installed yet; downloading it once, about 100 MB (at most ${seconds} s if nothing arrives) …`,
    progress: (bytes, elapsedMs) => `Mandat: ${(bytes / MB).toFixed(1)} MB of Electron received (${Math.round(elapsedMs / 1000)} s)`,
    installed: 'Mandat: Electron is installed; the desktop window starts.',
    why: {
      failed: (detail) => `Electron could not be downloaded${detail ? ` (${detail})` : ''}`,
      timeout: (detail) => `the download of Electron did not finish in ${detail}`,
      skipped: () => 'Electron is not installed and ELECTRON_SKIP_BINARY_DOWNLOAD says not to download it',
      missing: () => "Electron's installer finished but its executable is missing",
      unavailable: () => 'the electron package is missing from node_modules (run "npm install")',
    },
    fallback: (why) => `Mandat opens in the browser instead of its own window: ${why}.`,
    building: 'Mandat: building the web version …',
    serving: (url) => `Mandat (web): ${url}   (Ctrl+C stops it)`,
    openYourself: (url) => `Open ${url} in your browser.`,
    webFailed: (message) => `Mandat (web) could not start: ${message}`,
    unknownOption: (option) => `Mandat: unknown option "${option}"; npm start takes only --no-build.`,
  },
};

/**
 * Starts Mandat. Resolves with { mode: 'desktop', binary, launched } or
 * { mode: 'web', why, served, browser }; rejects only when the web version cannot be
 * served either (after printing why with `error`).
 * @param {{
 *   findBinary: () => string | null,
 *   installElectron: ((onProgress: (bytes: number, elapsedMs: number) => void) => Promise<{ ok: true } | { ok: false, reason: string, detail?: string }>) | null,
 *   launchDesktop: (binary: string) => unknown,
 *   startWeb: () => Promise<{ url: string }>,
 *   openBrowser: (url: string) => Promise<{ opened: boolean, why?: string }>,
 *   env?: NodeJS.ProcessEnv, timeoutSeconds?: number,
 *   log?: (line: string) => void, error?: (line: string) => void,
 *   progress?: (line: string) => void,
 * }} deps
 */
export async function startMandat({
  findBinary,
  installElectron,
  launchDesktop,
  startWeb,
  openBrowser,
  env = process.env,
  timeoutSeconds = 120,
  log = (line) => console.log(line),
  error = (line) => console.error(line),
  progress = log,
}) {
  const text = START_MESSAGES[environmentLanguage(env)];
  const desktop = async (binary) => ({ mode: 'desktop', binary, launched: await launchDesktop(binary) });

  const present = findBinary();
  if (present) return desktop(present);

  /** @type {string} */
  let why;
  if (downloadSkipped(env)) why = text.why.skipped();
  else if (!installElectron) why = text.why.unavailable();
  else {
    log(text.downloading(timeoutSeconds));
    const result = await installElectron((bytes, elapsedMs) => progress(text.progress(bytes, elapsedMs)));
    if (result.ok) {
      const installed = findBinary();
      if (installed) {
        log(text.installed);
        return desktop(installed);
      }
      why = text.why.missing();
    } else if (result.reason === 'timeout') why = text.why.timeout(result.detail ?? `${timeoutSeconds} s`);
    else why = text.why.failed(result.detail ?? '');
  }

  log(text.fallback(why));
  let served;
  try {
    served = await startWeb();
  } catch (failure) {
    error(text.webFailed(failure instanceof Error ? failure.message : String(failure)));
    throw failure;
  }
  log(text.serving(served.url));
  const browser = await openBrowser(served.url).catch((failure) => ({ opened: false, why: String(failure) }));
  if (!browser.opened) log(text.openYourself(served.url));
  return { mode: 'web', why, served, browser };
}
