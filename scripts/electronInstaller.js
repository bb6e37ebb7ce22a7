// Runs Electron's own installer (node_modules/electron/install.js) as a child process,
// bounded in time. Electron 45 no longer downloads its binary at `npm install`; it does
// so on first use, so `npm start` calls the installer itself before giving up on the
// desktop window.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/**
 * The command that runs Electron's installer with this Node and the folder it unpacks
 * the binary into, or null when the electron package is absent.
 */
export function electronInstallerCommand() {
  try {
    const installer = require.resolve('electron/install.js');
    return { command: process.execPath, args: [installer], unpacksInto: join(dirname(installer), 'dist') };
  } catch {
    return null;
  }
}

/** Total size in bytes of the files under `dir` (0 when it is gone). */
function sizeUnder(dir) {
  let total = 0;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    try {
      if (entry.isDirectory()) total += sizeUnder(path);
      else if (entry.isFile()) total += statSync(path).size;
    } catch {
      // A file removed between listing and stat: the installer moved it to its cache.
    }
  }
  return total;
}

/**
 * The first line of the installer's error output that says what went wrong, without
 * the error class ("TypeError: fetch failed" → "fetch failed"); '' when there is none.
 */
export function installerFailureDetail(stderr) {
  const lines = String(stderr)
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('at '));
  const error = lines.find((line) => /^(\w*Error|Error)\b:?/.test(line)) ?? lines[0] ?? '';
  const detail = error.replace(/^\w*Error:\s*/, '');
  return detail.length > 160 ? `${detail.slice(0, 157)}…` : detail;
}

/**
 * Runs the installer and resolves with
 *   { ok: true } when it exits 0,
 *   { ok: false, reason: 'failed', detail, code } when it exits otherwise or cannot start,
 *   { ok: false, reason: 'timeout', detail } when it did not finish in time (it is then killed
 *   and waited for).
 * The time limit is `timeoutMs`, extended while the download is still growing: a slow
 * but working connection finishes, a silent one (firewall, no route) is given up after
 * `timeoutMs`, and a download that stops growing is given up after `stallMs`.
 * `maxMs` bounds everything. The download is watched through a temporary folder of our
 * own given to the installer as TMPDIR/TEMP/TMP (where @electron/get downloads to);
 * `onProgress(bytes, elapsedMs)` is called every `pollMs` while something arrives.
 * Growth in the folders of `alsoWatch` (where the zip is unpacked) also counts as
 * progress, so that a slow unpacking after the download is not cut off.
 * @param {{ command: string, args?: string[], env?: NodeJS.ProcessEnv, timeoutMs?: number,
 *   stallMs?: number, maxMs?: number, pollMs?: number, onProgress?: (bytes: number, elapsedMs: number) => void,
 *   stdout?: NodeJS.WritableStream | null }} options
 */
export function runElectronInstaller({
  command,
  args = [],
  env = process.env,
  timeoutMs = 120_000,
  stallMs = 30_000,
  maxMs = 20 * 60_000,
  pollMs = 1000,
  onProgress = () => {},
  stdout = process.stdout,
  alsoWatch = [],
}) {
  const downloadDir = mkdtempSync(join(tmpdir(), 'mandat-electron-download-'));
  const started = Date.now();
  return new Promise((resolve) => {
    let stderr = '';
    let settled = false;
    let lastBytes = 0;
    const lastWatched = alsoWatch.map((dir) => sizeUnder(dir));
    let lastGrowth = 0;
    let killTimer;
    let timedOut = null;
    const child = spawn(command, args, {
      env: { ...env, TMPDIR: downloadDir, TEMP: downloadDir, TMP: downloadDir },
      stdio: ['ignore', 'pipe', 'pipe'],
      windowsHide: true,
    });
    // The installer's own output passes through; its error output is kept for the one
    // line we print (a stack trace is no message for a strategist).
    child.stdout.on('data', (chunk) => stdout?.write(chunk));
    child.stderr.on('data', (chunk) => {
      stderr = (stderr + chunk.toString()).slice(-8000);
    });

    const finish = (result) => {
      if (settled) return;
      settled = true;
      clearInterval(poll);
      rmSync(downloadDir, { recursive: true, force: true });
      resolve(result);
    };

    // Resolves once the child is gone, so that no installer is left behind writing into
    // node_modules; one that ignores SIGTERM gets SIGKILL two seconds later.
    const giveUp = (detail) => {
      clearInterval(poll);
      timedOut = detail;
      child.kill('SIGTERM');
      killTimer = setTimeout(() => child.kill('SIGKILL'), 2000);
    };

    const poll = setInterval(() => {
      const now = Date.now();
      const elapsed = now - started;
      const bytes = sizeUnder(downloadDir);
      if (bytes > lastBytes) {
        lastBytes = bytes;
        lastGrowth = now;
        onProgress(bytes, elapsed);
      }
      alsoWatch.forEach((dir, i) => {
        const size = sizeUnder(dir);
        if (size > (lastWatched[i] ?? 0)) lastGrowth = now;
        lastWatched[i] = size;
      });
      const growing = lastGrowth > 0 && now - lastGrowth < stallMs;
      if (elapsed >= maxMs) giveUp(`${Math.ceil(maxMs / 1000)} s`);
      else if (elapsed >= timeoutMs && !growing) giveUp(`${Math.ceil(elapsed / 1000)} s`);
    }, pollMs);

    child.on('error', (error) => finish({ ok: false, reason: 'failed', detail: error.message, code: null }));
    child.on('close', (code, signal) => {
      if (killTimer) clearTimeout(killTimer);
      if (timedOut !== null) finish({ ok: false, reason: 'timeout', detail: timedOut });
      else if (code === 0) finish({ ok: true });
      else finish({ ok: false, reason: 'failed', detail: installerFailureDetail(stderr) || `exit ${code ?? signal}`, code });
    });
  });
}
