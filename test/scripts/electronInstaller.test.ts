import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { electronInstallerCommand, installerFailureDetail, runElectronInstaller } from '../../scripts/electronInstaller.js';
import { makeStandIns, running, type StandIn } from './standInInstallers';

/** Long enough for node to start a stand-in on a busy machine (2 cores, many test runs). */
const LIMIT = 2500;

describe("running Electron's installer (real child processes as stand-ins)", () => {
  let standIns: ReturnType<typeof makeStandIns>;
  beforeAll(() => {
    standIns = makeStandIns();
  });
  afterAll(() => standIns.remove());

  const run = (name: StandIn, options: Partial<Parameters<typeof runElectronInstaller>[0]> = {}) =>
    runElectronInstaller({
      command: process.execPath,
      args: [standIns.script(name)],
      env: {
        ...process.env,
        STANDIN_BINARY: standIns.binary,
        STANDIN_PID: standIns.pidFile,
        STANDIN_UNPACK: standIns.unpackDir,
        STANDIN_CHUNKS: '40',
      },
      pollMs: 50,
      stdout: null,
      ...options,
    });

  it('finds the electron package\'s own install.js', () => {
    const command = electronInstallerCommand();
    expect(command?.command).toBe(process.execPath);
    expect(command?.args[0]).toMatch(/electron[\\/]install\.js$/);
    expect(existsSync(command!.args[0]!)).toBe(true);
    expect(command?.unpacksInto).toBe(join(dirname(command!.args[0]!), 'dist'));
  });

  it('reports success when the installer exits 0, passing its output through', async () => {
    const out = new PassThrough();
    let printed = '';
    out.on('data', (chunk: Buffer) => (printed += chunk.toString()));
    const result = await run('succeeds', { stdout: out });
    expect(result).toEqual({ ok: true });
    expect(readFileSync(standIns.binary, 'utf8')).toBe('electron');
    expect(printed).toContain('stand-in: installed');
  });

  it('reports a failure with the one line that says why, not the stack', async () => {
    const result = await run('fails');
    expect(result).toEqual({ ok: false, reason: 'failed', detail: 'fetch failed', code: 1 });
  });

  it('reports a failure when the installer cannot even start', async () => {
    const result = await runElectronInstaller({ command: '/nonexistent/installer', stdout: null });
    expect(result).toMatchObject({ ok: false, reason: 'failed' });
    expect(result.ok === false && result.detail).toMatch(/ENOENT/);
  });

  it('gives up on an installer that hangs, and the installer is gone afterwards', async () => {
    const started = Date.now();
    const result = await run('hangs', { timeoutMs: LIMIT });
    expect(result).toMatchObject({ ok: false, reason: 'timeout' });
    expect(Date.now() - started).toBeLessThan(LIMIT + 5000);
    const pid = Number(readFileSync(standIns.pidFile, 'utf8'));
    expect(pid).toBeGreaterThan(0);
    expect(running(pid)).toBe(false);
  });

  it('kills an installer that ignores SIGTERM', async () => {
    const result = await run('hangsStubbornly', { timeoutMs: LIMIT });
    expect(result).toMatchObject({ ok: false, reason: 'timeout' });
    expect(running(Number(readFileSync(standIns.pidFile, 'utf8')))).toBe(false);
  });

  it('lets a slow download that keeps arriving run past the time limit, reporting what arrived', async () => {
    const seen: number[] = [];
    // 40 chunks 100 ms apart: about 4 s, well past the limit.
    const result = await run('downloadsSlowly', {
      timeoutMs: LIMIT,
      stallMs: 1500,
      onProgress: (bytes) => seen.push(bytes),
    });
    expect(result).toEqual({ ok: true });
    expect(seen.length).toBeGreaterThan(1);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.at(-1)).toBeGreaterThanOrEqual(30 * 65536);
  });

  it('lets a slow unpacking run past the time limit, but only while it watches where it unpacks', async () => {
    rmSync(standIns.unpackDir, { recursive: true, force: true });
    mkdirSync(standIns.unpackDir);
    // 40 files 100 ms apart: about 4 s, past the limit; nothing arrives in TMPDIR.
    expect(await run('unpacksSlowly', { timeoutMs: LIMIT, stallMs: 1500, alsoWatch: [standIns.unpackDir] })).toEqual({ ok: true });
    rmSync(standIns.unpackDir, { recursive: true, force: true });
    mkdirSync(standIns.unpackDir);
    expect(await run('unpacksSlowly', { timeoutMs: LIMIT, stallMs: 1500 })).toMatchObject({ ok: false, reason: 'timeout' });
  });

  it('gives up on a download that stops arriving', async () => {
    const started = Date.now();
    const result = await run('stalls', { timeoutMs: LIMIT, stallMs: 3000 });
    expect(result).toMatchObject({ ok: false, reason: 'timeout' });
    // Waited for the stall (no growth for 3 s), not only the shorter limit.
    expect(Date.now() - started).toBeGreaterThanOrEqual(3000);
    expect(running(Number(readFileSync(standIns.pidFile, 'utf8')))).toBe(false);
  });

  it('stops at the hard limit even while bytes still arrive', async () => {
    const result = await run('downloadsSlowly', {
      env: { ...process.env, STANDIN_BINARY: standIns.binary, STANDIN_CHUNKS: '1000' },
      timeoutMs: LIMIT,
      maxMs: LIMIT + 1500,
    });
    // '4 s' is the hard limit; giving up at the 2.5 s limit would say '3 s'.
    expect(result).toEqual({ ok: false, reason: 'timeout', detail: '4 s' });
  });
});

describe('the line taken from the installer\'s error output', () => {
  it('is the error message without its class and stack', () => {
    expect(installerFailureDetail('TypeError: fetch failed\n    at x (y.js:1:2)\n')).toBe('fetch failed');
    expect(installerFailureDetail('HTTPError: Response code 404 (Not Found) for https://x/electron.zip\n    at a')).toBe(
      'Response code 404 (Not Found) for https://x/electron.zip',
    );
    expect(installerFailureDetail('Error: Electron builds are not available on platform: aix')).toBe(
      'Electron builds are not available on platform: aix',
    );
  });

  it('is the first line when nothing looks like an error, and empty for no output', () => {
    expect(installerFailureDetail('\nsomething odd happened\nmore')).toBe('something odd happened');
    expect(installerFailureDetail('')).toBe('');
  });

  it('is cut at 160 characters', () => {
    expect(installerFailureDetail(`Error: ${'x'.repeat(500)}`)).toHaveLength(158);
  });
});
