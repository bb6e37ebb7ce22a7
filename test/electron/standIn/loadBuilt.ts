import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import vm from 'node:vm';
import { buildShell } from '../../../scripts/buildShell.js';
import { createElectronStandIn, type ElectronStandIn } from './electron';

const root = new URL('../../../', import.meta.url).pathname;
export const OUT = join(root, 'out');

let built: Promise<unknown> | null = null;
/** Builds out/main.cjs and out/preload.cjs once per test file, as build:desktop does (not the renderer). */
export function buildShellOnce(): Promise<unknown> {
  return (built ??= buildShell(root));
}

export const sha256 = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

/**
 * An installed app's folder, as in the package's out/: the built main.cjs and preload.cjs
 * copied byte for byte, and a small web/ (index.html, a script) instead of the renderer
 * build, with a secret file beside web/ that app:// must never serve.
 */
export function makeAppFolder(): { dir: string; userData: string } {
  const base = mkdtempSync(join(tmpdir(), 'mandat-boot-'));
  const dir = join(base, 'out');
  mkdirSync(join(dir, 'web', 'assets'), { recursive: true });
  copyFileSync(join(OUT, 'main.cjs'), join(dir, 'main.cjs'));
  copyFileSync(join(OUT, 'preload.cjs'), join(dir, 'preload.cjs'));
  writeFileSync(join(dir, 'web', 'index.html'), '<!doctype html><title>Mandat</title><script type="module" src="/assets/app.js"></script>');
  writeFileSync(join(dir, 'web', 'assets', 'app.js'), 'console.log("mandat");');
  writeFileSync(join(dir, 'secret.txt'), 'not for app://');
  const userData = join(base, 'userData');
  mkdirSync(userData, { recursive: true });
  return { dir, userData };
}

export interface LoadOptions {
  /** The process's command line as main sees it (a double-clicked file is in it). */
  readonly argv?: readonly string[];
  readonly platform?: NodeJS.Platform;
}

/**
 * Runs a built CommonJS bundle as Electron would, with `require('electron')` answered by
 * `electron` and `process.argv`/`platform` as given; everything else is Node's own.
 */
export function runBundle(file: string, electron: unknown, options: LoadOptions = {}): void {
  const source = readFileSync(file, 'utf8');
  const realRequire = createRequire(file);
  const require = Object.assign((id: string) => (id === 'electron' ? electron : realRequire(id)), { resolve: realRequire.resolve, cache: realRequire.cache });
  const argv = options.argv ?? [process.execPath, file];
  const platform = options.platform ?? 'linux';
  const fakeProcess = new Proxy(process, {
    get(target, key) {
      if (key === 'argv') return argv;
      if (key === 'platform') return platform;
      const value = Reflect.get(target, key, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  // Yjs marks the process when loaded and warns on a second copy; each boot here loads the bundle's own copy anew.
  delete (globalThis as Record<string, unknown>)['__ $YJS$ __'];
  const module = { exports: {} as unknown };
  const run = vm.compileFunction(source, ['exports', 'require', 'module', '__filename', '__dirname', 'process'], { filename: file });
  run.call(module.exports, module.exports, require, module, file, dirname(file), fakeProcess);
}

export interface BootedMain extends ElectronStandIn {
  readonly dir: string;
  readonly userData: string;
}

/** Loads the built main.cjs from a fresh app folder against a fresh stand-in (not yet ready). */
export function loadMain(options: LoadOptions & { gotLock?: boolean } = {}): BootedMain {
  const { dir, userData } = makeAppFolder();
  const standIn = createElectronStandIn({ userData, gotLock: options.gotLock });
  runBundle(join(dir, 'main.cjs'), standIn.electron, options);
  return { ...standIn, dir, userData };
}

/** Lets main's promise chains (whenReady, createWindow, loadURL) run. */
export async function settle(rounds = 20): Promise<void> {
  for (let i = 0; i < rounds; i++) await new Promise((resolve) => setImmediate(resolve));
}

/** Waits until `done()` holds (main's work includes real file reads), or fails saying what it waited for. */
export async function until(what: string, done: () => boolean, timeoutMs = 5000): Promise<void> {
  const start = Date.now();
  while (!done()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
