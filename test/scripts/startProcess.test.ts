// `npm start` as a process, on the path this machine takes (no Electron): the wiring of
// scripts/start.js to the decision, the server and the signals.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from '../../server/staticFiles';

const startScript = new URL('../../scripts/start.js', import.meta.url).pathname;

/** Resolves with everything printed once `pattern` appears in the output; rejects when the process ends first. */
function waitForOutput(child: ChildProcess, pattern: RegExp, timeoutMs = 30_000): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`no ${pattern} within ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (pattern.test(output)) {
        clearTimeout(timer);
        resolve(output);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code} before ${pattern}:\n${output}`));
    });
  });
}

describe('npm start where Electron is missing and cannot be downloaded', () => {
  let dir: string;
  let site: string;
  let blocker: StaticServer;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mandat-start-process-'));
    site = join(dir, 'web');
    mkdirSync(site);
    mkdirSync(join(dir, 'no-electron'));
    writeFileSync(join(site, 'index.html'), '<!doctype html><title>Mandat process test</title>');
    blocker = await startStaticServer({ root: site, port: 0 });
  });
  afterAll(async () => {
    await blocker.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const env = () => ({
    ...process.env,
    // No binary, whatever this machine has installed, and no download attempt.
    ELECTRON_OVERRIDE_DIST_PATH: join(dir, 'no-electron'),
    ELECTRON_SKIP_BINARY_DOWNLOAD: '1',
    MANDAT_WEB_ROOT: site,
    PORT: String(blocker.port),
    BROWSER: 'none',
    LC_ALL: 'en_GB.UTF-8',
  });

  it('says why, serves on the next free port until Ctrl+C, then stops', async () => {
    const child = spawn(process.execPath, [startScript, '--no-build'], { env: env(), stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const output = await waitForOutput(child, /Open http:\S+ in your browser\./);
      const lines = output.trim().split('\n');
      expect(lines[0]).toBe(
        'Mandat opens in the browser instead of its own window: Electron is not installed and ELECTRON_SKIP_BINARY_DOWNLOAD says not to download it.',
      );
      const url = /^Mandat \(web\): (\S+)/m.exec(output)?.[1];
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      expect(url).not.toBe(blocker.url);
      const response = await fetch(url!);
      expect(await response.text()).toContain('<title>Mandat process test</title>');

      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
      child.kill('SIGINT');
      expect(await exited).toBe(0);
      await expect(fetch(url!)).rejects.toThrow();
    } finally {
      child.kill('SIGKILL');
    }
  });

  it('refuses an option it does not know, in one line in the user\'s language', async () => {
    const child = spawn(process.execPath, [startScript, '--desktop'], {
      env: { ...env(), LC_ALL: 'sv_SE.UTF-8' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(2);
    expect(output.trim()).toBe('Mandat: okänt val "--desktop"; npm start tar bara --no-build.');
  });
});
