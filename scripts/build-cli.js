#!/usr/bin/env node
// Bundles the command line (cli/main.ts) with esbuild into dist/cli/mandat.mjs, so that
// `mandat` starts without compiling TypeScript through tsx, and `mandat check` into one
// script of its own (dist/cli/check-HASH.cjs) that starts faster still (bin/checkScript.js).
// Run by `npm install` (the prepare script) and before the tests (test/cli/bundleSetup.ts);
// bin/mandat.js falls back to the sources when the bundle is missing or older than them.
import { mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLE_DIR, BUNDLE_MANIFEST, bundleIsFresh, ROOT, stampOf } from '../bin/cliBundle.js';

const THIS_SCRIPT = relative(ROOT, fileURLToPath(import.meta.url));
/** What bin/mandat.js reads at every start: a change to them is a change to the program. */
const LAUNCHER = ['bin/cliBundle.js', 'bin/checkScript.js'];

/** Writes a file under a temporary name and renames it, so a reader never sees half of it. */
function writeAtomic(path, contents) {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, path);
}

/**
 * Removes the chunks, check scripts and code caches of earlier builds once they are an hour
 * old: a program started just before this build may still load one of its own chunks lazily.
 */
function removeOldChunks(kept) {
  const hourAgo = Date.now() - 3_600_000;
  for (const name of readdirSync(BUNDLE_DIR)) {
    const path = join(BUNDLE_DIR, name);
    const ours = name.endsWith('.mjs') || name.endsWith('.cjs') || name.endsWith('.v8cache');
    const current = [...kept].some((k) => path === k || name.startsWith(`${basename(k)}.`));
    if (ours && !current && statSync(path).mtimeMs < hourAgo) rmSync(path, { force: true });
  }
}

/**
 * The script with every character outside ASCII written as a \\u escape (esbuild leaves some in
 * regular expressions): a pure ASCII file is read into a one-byte string without decoding
 * UTF-8, at each start (bin/checkScript.js). An escape means the same character in a string,
 * a template, a regular expression and a name; a character beyond U+FFFF becomes its two halves,
 * which JavaScript joins again.
 */
const asciiOnly = (code) => code.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** The command modules main.ts loads for the commands other than check. */
const OTHER_COMMANDS = /^\.\/(serveCommand|scaleSetup|mergeCommand|diffCommand|exportCommand|workbookCommands)$/;

/**
 * In the check script the other commands are left out: bin/mandat.js gives it only
 * `mandat check …`, so reaching one of them is a bug in the launcher, said as such.
 * Packages stay external except yjs and lib0, which the check reads every map with:
 * bundled, Node neither resolves nor loads their ~30 files at each start. No other
 * package loaded with the script imports yjs, so there is still one copy of it.
 */
const checkOnly = {
  name: 'check-only',
  setup(b) {
    b.onResolve({ filter: OTHER_COMMANDS }, (a) => ({ path: a.path, namespace: 'not-in-check-script' }));
    b.onLoad({ filter: /.*/, namespace: 'not-in-check-script' }, (a) => ({
      contents: `throw new Error(${JSON.stringify(`${a.path} is not in the check script; bin/mandat.js runs only "mandat check" with it`)});`,
      loader: 'js',
    }));
    b.onResolve({ filter: /^[^./]/ }, (a) => (/^(yjs|lib0)(\/|$)/.test(a.path) || a.path.startsWith('node:') ? undefined : { path: a.path, external: true }));
  },
};

/**
 * Builds the bundle: one ESM entry plus a chunk per lazily loaded command (export, serve,
 * merge, the workbook), so `check` loads only what it runs. Packages stay external: Node
 * loads them from node_modules when a command needs them, native ones (resvg) included,
 * and the collaboration server and the map share one copy of yjs.
 * Then the check script: the same cli/main.ts as one CommonJS file, which Node 20 can
 * compile from V8's code cache (bin/checkScript.js) where it cannot for ES modules.
 */
export async function buildCli() {
  const { build } = await import('esbuild');
  const builtAt = Date.now();
  const common = { absWorkingDir: ROOT, bundle: true, platform: 'node', target: 'node20', define: { MANDAT_CLI_BUNDLE: 'true' }, metafile: true, write: false, logLevel: 'warning' };
  const result = await build({
    ...common,
    entryPoints: { mandat: 'cli/main.ts' },
    outdir: BUNDLE_DIR,
    outExtension: { '.js': '.mjs' },
    splitting: true,
    format: 'esm',
    packages: 'external',
  });
  const checkResult = await build({
    ...common,
    entryPoints: { check: 'cli/main.ts' },
    outdir: BUNDLE_DIR,
    // The name holds a hash of the content: a code cache made for one script is never read for another.
    entryNames: '[name]-[hash]',
    outExtension: { '.js': '.cjs' },
    format: 'cjs',
    // Less to read and hash at each start; names are kept, so a stack trace (MANDAT_DEBUG=1) still says where.
    minifyWhitespace: true,
    minifySyntax: true,
    plugins: [checkOnly],
  });
  const checkScript = { path: checkResult.outputFiles[0].path, contents: Buffer.from(asciiOnly(checkResult.outputFiles[0].text), 'latin1') };
  const entry = join(BUNDLE_DIR, 'mandat.mjs');
  const files = [...result.outputFiles].sort((a, b) => (a.path === entry ? 1 : 0) - (b.path === entry ? 1 : 0));
  // Chunks first, then the entry that imports them, then the manifest that says it is whole.
  for (const file of [checkScript, ...files]) writeAtomic(file.path, file.contents);
  const sources = (r) => Object.keys(r.metafile.inputs).filter((input) => !input.startsWith('not-in-check-script:'));
  const checkInputs = [...sources(checkResult), THIS_SCRIPT, ...LAUNCHER];
  const inputs = [...new Set([...sources(result), THIS_SCRIPT, ...LAUNCHER, ...checkInputs])];
  const stamps = Object.fromEntries(inputs.map((input) => [input, stampOf(join(ROOT, input))]));
  const check = { script: basename(checkScript.path), inputs: checkInputs };
  writeAtomic(BUNDLE_MANIFEST, JSON.stringify({ builtAt, inputs, stamps, check }, null, 1) + '\n');
  const written = [checkScript, ...files].map((f) => f.path);
  removeOldChunks(new Set(written));
  return written;
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
