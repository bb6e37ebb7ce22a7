import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runElectronInstaller } from '../../scripts/electronInstaller.js';
import { startStaticServer, type StaticServer } from '../../server/staticFiles';
import { downloadSkipped, environmentLanguage, startMandat, type StartDependencies } from '../../scripts/startMandat.js';
import { serveOnFreePort } from '../../scripts/webServer.js';
import { makeStandIns, type StandIn } from './standInInstallers';

type Served = { url: string; close?: () => Promise<void> };

/** A recording of what `npm start` did, with every dependency a stand-in. */
function harness(standIns: ReturnType<typeof makeStandIns>, installer: StandIn | null, overrides: Partial<StartDependencies<Served>> = {}) {
  const calls: string[] = [];
  const lines: string[] = [];
  const deps: StartDependencies<Served> = {
    findBinary: () => (existsSync(standIns.binary) ? standIns.binary : null),
    installElectron: installer
      ? (onProgress) => {
          calls.push('install');
          return runElectronInstaller({
            command: process.execPath,
            args: [standIns.script(installer)],
            env: { ...process.env, STANDIN_BINARY: standIns.binary, STANDIN_PID: standIns.pidFile, STANDIN_CHUNKS: '3' },
            // Generous for a busy machine: node itself may take a while to start.
            timeoutMs: 2500,
            stallMs: 1000,
            pollMs: 50,
            stdout: null,
            onProgress,
          });
        }
      : null,
    launchDesktop: (binary) => calls.push(`desktop ${binary}`),
    startWeb: async () => {
      calls.push('web');
      return { url: 'http://127.0.0.1:5174/' };
    },
    openBrowser: async (url) => {
      calls.push(`browser ${url}`);
      return { opened: false, why: 'no display' };
    },
    env: { LANG: 'en_GB.UTF-8' },
    timeoutSeconds: 1,
    log: (line) => lines.push(line),
    error: (line) => lines.push(`ERROR ${line}`),
    ...overrides,
  };
  return { deps, calls, lines };
}

describe('npm start', () => {
  let standIns: ReturnType<typeof makeStandIns>;
  beforeAll(() => {
    standIns = makeStandIns();
  });
  afterEach(() => rmSync(standIns.binary, { force: true }));
  afterAll(() => standIns.remove());

  it('launches the desktop app at once when the binary is there, without running the installer', async () => {
    writeFileSync(standIns.binary, 'electron');
    const { deps, calls, lines } = harness(standIns, 'fails');
    const outcome = await startMandat(deps);
    expect(outcome.mode).toBe('desktop');
    expect(calls).toEqual([`desktop ${standIns.binary}`]);
    expect(lines).toEqual([]);
  });

  it('downloads Electron when it is missing and then launches the desktop app', async () => {
    const { deps, calls, lines } = harness(standIns, 'succeeds');
    const outcome = await startMandat(deps);
    expect(outcome).toMatchObject({ mode: 'desktop', binary: standIns.binary });
    expect(calls).toEqual(['install', `desktop ${standIns.binary}`]);
    expect(lines[0]).toMatch(/downloading it once/);
    expect(lines.at(-1)).toBe('Mandat: Electron is installed; the desktop window starts.');
  });

  it('shows the download as it arrives', async () => {
    const progress: string[] = [];
    const { deps, calls } = harness(standIns, 'downloadsSlowly', { progress: (line) => progress.push(line) });
    expect((await startMandat(deps)).mode).toBe('desktop');
    expect(calls.at(-1)).toBe(`desktop ${standIns.binary}`);
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.at(-1)).toMatch(/^Mandat: 0\.\d MB of Electron received \(\d+ s\)$/);
  });

  it('falls back to the web version with one line saying why when the download fails', async () => {
    const { deps, calls, lines } = harness(standIns, 'fails');
    const outcome = await startMandat(deps);
    expect(outcome).toMatchObject({ mode: 'web', why: 'Electron could not be downloaded (fetch failed)' });
    expect(calls).toEqual(['install', 'web', 'browser http://127.0.0.1:5174/']);
    const why = lines.filter((line) => line.includes('instead of its own window'));
    expect(why).toEqual(['Mandat opens in the browser instead of its own window: Electron could not be downloaded (fetch failed).']);
    expect(lines).toContain('Mandat (web): http://127.0.0.1:5174/   (Ctrl+C stops it)');
    // No browser here, so the address is also given as something to open by hand.
    expect(lines.at(-1)).toBe('Open http://127.0.0.1:5174/ in your browser.');
    expect(lines.join('\n')).not.toMatch(/\n\s+at /);
  });

  it('falls back when the installer hangs, after the time limit', async () => {
    const { deps, calls, lines } = harness(standIns, 'hangs');
    const outcome = await startMandat(deps);
    expect(outcome).toMatchObject({ mode: 'web' });
    expect(outcome.mode === 'web' && outcome.why).toMatch(/^the download of Electron did not finish in \d+ s$/);
    expect(calls).toEqual(['install', 'web', 'browser http://127.0.0.1:5174/']);
    expect(lines.some((line) => line.startsWith('Mandat opens in the browser instead'))).toBe(true);
  });

  it('does not download when ELECTRON_SKIP_BINARY_DOWNLOAD is set', async () => {
    const { deps, calls } = harness(standIns, 'succeeds', { env: { LANG: 'en_US', ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } });
    const outcome = await startMandat(deps);
    expect(outcome.mode === 'web' && outcome.why).toMatch(/ELECTRON_SKIP_BINARY_DOWNLOAD/);
    expect(calls).toEqual(['web', 'browser http://127.0.0.1:5174/']);
    expect(existsSync(standIns.binary)).toBe(false);
  });

  it('falls back when the installer succeeds but leaves no binary', async () => {
    const { deps } = harness(standIns, 'succeeds', { findBinary: () => null });
    const outcome = await startMandat(deps);
    expect(outcome.mode === 'web' && outcome.why).toBe("Electron's installer finished but its executable is missing");
  });

  it('says it in Swedish to a Swedish (or unset) locale', async () => {
    const { deps, lines } = harness(standIns, 'fails', { env: { LANG: 'sv_SE.UTF-8' } });
    await startMandat(deps);
    expect(lines).toContain('Mandat öppnas i webbläsaren i stället för i ett eget fönster: Electron kunde inte laddas ner (fetch failed).');
    expect(lines).toContain('Öppna http://127.0.0.1:5174/ i din webbläsare.');
  });

  it('does not ask the user to open the address when the browser was opened', async () => {
    const { deps, lines } = harness(standIns, 'fails', { openBrowser: async () => ({ opened: true }) });
    await startMandat(deps);
    expect(lines.some((line) => line.startsWith('Open '))).toBe(false);
  });

  it('says why and rejects when the web version cannot start either', async () => {
    const { deps, lines } = harness(standIns, 'fails', {
      startWeb: () => Promise.reject(new Error('the build failed: x')),
    });
    await expect(startMandat(deps)).rejects.toThrow('the build failed: x');
    expect(lines.at(-1)).toBe('ERROR Mandat (web) could not start: the build failed: x');
  });
});

describe('the fallback really serves the web version', () => {
  let standIns: ReturnType<typeof makeStandIns>;
  let site: string;
  let blocker: StaticServer;
  beforeAll(async () => {
    standIns = makeStandIns();
    site = join(standIns.dir, 'web');
    mkdirSync(site);
    writeFileSync(join(site, 'index.html'), '<!doctype html><title>Mandat test build</title>');
    // Another server already holds the first port tried.
    blocker = await startStaticServer({ root: site, port: 0 });
  });
  afterAll(async () => {
    await blocker.close();
    standIns.remove();
  });

  it('prints an address on the next free port that answers with the built page', async () => {
    let served: StaticServer | undefined;
    const { deps, lines } = harness(standIns, 'fails', {
      startWeb: async () => (served = await serveOnFreePort({ root: site, port: blocker.port })),
    });
    try {
      const outcome = await startMandat(deps);
      expect(outcome.mode).toBe('web');
      const printed = lines.map((line) => /^Mandat \(web\): (\S+)/.exec(line)?.[1]).find(Boolean);
      expect(printed).toBeDefined();
      expect(printed).not.toBe(blocker.url);
      const response = await fetch(printed!);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('<title>Mandat test build</title>');
    } finally {
      await served?.close();
    }
  });

  it('refuses to serve a folder without index.html, saying what to do', async () => {
    await expect(serveOnFreePort({ root: standIns.dir, port: 0 })).rejects.toThrow(/index\.html does not exist: build first/);
  });

  it('with exact, reports the taken port instead of moving on', async () => {
    await expect(serveOnFreePort({ root: site, port: blocker.port, exact: true })).rejects.toMatchObject({ code: 'EADDRINUSE' });
  });
});

describe('reading the environment', () => {
  it('speaks English only to an English locale', () => {
    expect(environmentLanguage({ LANG: 'en_GB.UTF-8' })).toBe('en');
    expect(environmentLanguage({ LC_ALL: 'en_US', LANG: 'sv_SE' })).toBe('en');
    expect(environmentLanguage({ LANG: 'sv_SE.UTF-8' })).toBe('sv');
    expect(environmentLanguage({ LANG: 'C.UTF-8' })).toBe('sv');
    expect(environmentLanguage({})).toBe('sv');
  });

  it('treats ELECTRON_SKIP_BINARY_DOWNLOAD=0/false/empty as not set', () => {
    expect(downloadSkipped({ ELECTRON_SKIP_BINARY_DOWNLOAD: '1' })).toBe(true);
    expect(downloadSkipped({ ELECTRON_SKIP_BINARY_DOWNLOAD: 'true' })).toBe(true);
    expect(downloadSkipped({ ELECTRON_SKIP_BINARY_DOWNLOAD: '0' })).toBe(false);
    expect(downloadSkipped({ ELECTRON_SKIP_BINARY_DOWNLOAD: 'false' })).toBe(false);
    expect(downloadSkipped({ ELECTRON_SKIP_BINARY_DOWNLOAD: '' })).toBe(false);
    expect(downloadSkipped({})).toBe(false);
  });
});
