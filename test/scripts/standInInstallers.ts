// Small node scripts that stand in for Electron's installer (node_modules/electron/install.js)
// in the tests of `npm start`: real child processes, so that killing, exit codes and
// output go through the same paths as with the real one.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const STAND_INS = {
  /** Writes the "binary" named by $STANDIN_BINARY, says so and exits 0. */
  succeeds: `
    require('fs').writeFileSync(process.env.STANDIN_BINARY, 'electron');
    console.log('stand-in: installed');
  `,
  /** Fails like install.js without internet: a stack trace on stderr, exit 1. */
  fails: `
    console.error('TypeError: fetch failed\\n    at node:internal/deps/undici/undici:14976:13\\n    at async FetchDownloader.download (file:///x/FetchDownloader.js:46:30)');
    process.exit(1);
  `,
  /** Never finishes and sends nothing; writes its pid so the test can see it is gone afterwards. */
  hangs: `
    require('fs').writeFileSync(process.env.STANDIN_PID, String(process.pid));
    setInterval(() => {}, 1000);
  `,
  /** Like hangs, but ignores SIGTERM (only SIGKILL ends it). */
  hangsStubbornly: `
    process.on('SIGTERM', () => {});
    require('fs').writeFileSync(process.env.STANDIN_PID, String(process.pid));
    setInterval(() => {}, 1000);
  `,
  /** A slow download: 64 kB into $TMPDIR every 100 ms, $STANDIN_CHUNKS times, then the binary. */
  downloadsSlowly: `
    const fs = require('fs');
    const path = require('path');
    const dir = fs.mkdtempSync(path.join(require('os').tmpdir(), 'electron-download-'));
    const file = path.join(dir, 'electron.zip');
    let left = Number(process.env.STANDIN_CHUNKS);
    const timer = setInterval(() => {
      fs.appendFileSync(file, Buffer.alloc(65536));
      if (--left > 0) return;
      clearInterval(timer);
      fs.writeFileSync(process.env.STANDIN_BINARY, 'electron');
    }, 100);
  `,
  /** Only unpacks (the zip was in the cache): 64 kB into $STANDIN_UNPACK every 100 ms, $STANDIN_CHUNKS times. */
  unpacksSlowly: `
    const fs = require('fs');
    const path = require('path');
    let left = Number(process.env.STANDIN_CHUNKS);
    const timer = setInterval(() => {
      fs.writeFileSync(path.join(process.env.STANDIN_UNPACK, 'part' + left), Buffer.alloc(65536));
      if (--left > 0) return;
      clearInterval(timer);
      fs.writeFileSync(process.env.STANDIN_BINARY, 'electron');
    }, 100);
  `,
  /** Starts a download, sends 64 kB and then nothing more. */
  stalls: `
    const fs = require('fs');
    const path = require('path');
    fs.writeFileSync(path.join(require('os').tmpdir(), 'electron.zip'), Buffer.alloc(65536));
    require('fs').writeFileSync(process.env.STANDIN_PID, String(process.pid));
    setInterval(() => {}, 1000);
  `,
} as const;

export type StandIn = keyof typeof STAND_INS;

/** A folder with every stand-in as <name>.cjs, and paths for the binary and pid they write. */
export function makeStandIns() {
  const dir = mkdtempSync(join(tmpdir(), 'mandat-start-test-'));
  for (const [name, source] of Object.entries(STAND_INS)) writeFileSync(join(dir, `${name}.cjs`), source);
  mkdirSync(join(dir, 'dist'));
  return {
    dir,
    binary: join(dir, 'electron-binary'),
    pidFile: join(dir, 'installer.pid'),
    unpackDir: join(dir, 'dist'),
    script: (name: StandIn) => join(dir, `${name}.cjs`),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Whether a process with this pid still runs. */
export function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
