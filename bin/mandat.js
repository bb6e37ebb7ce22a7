#!/usr/bin/env node
// The command line: `npx mandat check FILE`, `npx mandat import`, `npx mandat export-workbook`.
// It runs the esbuild bundle (dist/cli/, built by `npm install` or `node scripts/build-cli.js`)
// when that is up to date with the sources: `mandat check …` from the check script with V8's
// code cache (bin/checkScript.js), every other command from dist/cli/mandat.mjs. Otherwise,
// as on a fresh clone before the build or while the sources are being edited, it runs the
// TypeScript sources through tsx. MANDAT_CLI_FROM_SOURCE=1 always takes the sources.
// CommonJS (bin/package.json): `mandat check` then never sets up Node's ES module loader.
const module_ = require('node:module');
const { pathToFileURL } = require('node:url');
const { BUNDLE_DIR, BUNDLE_ENTRY, ROOT, bundleIsFresh, freshCheckScript, readManifest } = require('./cliBundle.js');

// Node 22.1 and later keep compiled code between starts (in the system's temporary folder);
// Node 20 has no such switch, and then this does nothing.
module_.enableCompileCache?.();

const argv = process.argv.slice(2);

async function run() {
  if (!process.env.MANDAT_CLI_FROM_SOURCE) {
    const manifest = readManifest();
    // Only the plain form `mandat check …`: anything before the command (`--lang en check …`) takes the bundle, which runs the same code.
    const checkScript = argv[0] === 'check' ? freshCheckScript(BUNDLE_DIR, ROOT, manifest) : null;
    if (checkScript) return require('./checkScript.js').runCheckScript(checkScript, argv);
    if (bundleIsFresh(BUNDLE_DIR, ROOT, manifest)) return (await import(pathToFileURL(BUNDLE_ENTRY).href)).main(argv);
  }
  const { register } = await import('tsx/esm/api');
  register();
  return (await import(pathToFileURL(require('node:path').join(__dirname, '../cli/main.ts')).href)).main(argv);
}

run().then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    // What main() does not catch (a launcher that cannot load the program) is shown in full, as Node would.
    console.error(e);
    process.exitCode = 1;
  },
);
