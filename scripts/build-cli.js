#!/usr/bin/env node
// Bundles the command line (cli/main.ts) with esbuild into dist/cli/mandat.mjs, so that
// `mandat` starts without compiling TypeScript through tsx. Run by `npm install`
// (the prepare script) and before the tests (test/cli/bundleSetup.ts); bin/mandat.js
// falls back to the sources when the bundle is missing or older than them.
import { mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLE_DIR, BUNDLE_MANIFEST, bundleIsFresh, ROOT, stampOf } from '../bin/cliBundle.js';

const THIS_SCRIPT = relative(ROOT, fileURLToPath(import.meta.url));

/** Writes a file under a temporary name and renames it, so a reader never sees half of it. */
function writeAtomic(path, contents) {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, path);
}

/**
 * Removes the chunks of earlier builds once they are an hour old: a program started just
 * before this build may still load one of its own chunks lazily.
 */
function removeOldChunks(kept) {
  const hourAgo = Date.now() - 3_600_000;
  for (const name of readdirSync(BUNDLE_DIR)) {
    const path = join(BUNDLE_DIR, name);
    if (name.endsWith('.mjs') && !kept.has(path) && statSync(path).mtimeMs < hourAgo) rmSync(path, { force: true });
  }
}

/**
 * Builds the bundle: one ESM entry plus a chunk per lazily loaded command (export, serve,
 * merge, the workbook), so `check` loads only what it runs. Packages stay external: Node
 * loads them from node_modules when a command needs them, native ones (resvg) included,
 * and the collaboration server and the map share one copy of yjs.
 */
export async function buildCli() {
  const { build } = await import('esbuild');
  const builtAt = Date.now();
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: { mandat: 'cli/main.ts' },
    outdir: BUNDLE_DIR,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    define: { MANDAT_CLI_BUNDLE: 'true' },
    metafile: true,
    write: false,
    logLevel: 'warning',
  });
  const entry = join(BUNDLE_DIR, 'mandat.mjs');
  const files = [...result.outputFiles].sort((a, b) => (a.path === entry ? 1 : 0) - (b.path === entry ? 1 : 0));
  // Chunks first, then the entry that imports them, then the manifest that says it is whole.
  for (const file of files) writeAtomic(file.path, file.contents);
  const inputs = [...Object.keys(result.metafile.inputs), THIS_SCRIPT, 'bin/cliBundle.js'];
  const stamps = Object.fromEntries(inputs.map((input) => [input, stampOf(join(ROOT, input))]));
  writeAtomic(BUNDLE_MANIFEST, JSON.stringify({ builtAt, inputs, stamps }, null, 1) + '\n');
  removeOldChunks(new Set(files.map((f) => f.path)));
  return files.map((f) => f.path);
}

/** Builds the bundle unless it is up to date; returns whether it built. */
export async function ensureCliBundle() {
  if (bundleIsFresh()) return false;
  await buildCli();
  return true;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    const written = await buildCli();
    console.log(`mandat: command line bundled (${written.length} files in ${relative(ROOT, BUNDLE_DIR)}/)`);
  } catch (e) {
    // An install without the dev dependencies (no esbuild) still works: bin/mandat.js runs the sources.
    if (e?.code === 'ERR_MODULE_NOT_FOUND') console.log('mandat: esbuild is not installed; the command line runs from its sources.');
    else {
      console.error(e);
      process.exitCode = 1;
    }
  }
}
