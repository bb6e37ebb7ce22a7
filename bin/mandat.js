#!/usr/bin/env node
// The command line: `npx mandat check FILE`, `npx mandat import`, `npx mandat export-workbook`.
// It runs the esbuild bundle (dist/cli/mandat.mjs, built by `npm install` or
// `node scripts/build-cli.js`) when that is up to date with the sources; otherwise, as on a
// fresh clone before the build or while the sources are being edited, the TypeScript
// sources through tsx. MANDAT_CLI_FROM_SOURCE=1 always takes the sources.
import module from 'node:module';
import { pathToFileURL } from 'node:url';
import { BUNDLE_ENTRY, bundleIsFresh } from './cliBundle.js';

// Node 22.1 and later keep compiled code between starts (in the system's temporary folder);
// Node 20 has no such switch, and then this does nothing.
module.enableCompileCache?.();

async function loadMain() {
  if (!process.env.MANDAT_CLI_FROM_SOURCE && bundleIsFresh()) return (await import(pathToFileURL(BUNDLE_ENTRY).href)).main;
  const { register } = await import('tsx/esm/api');
  register();
  return (await import('../cli/main.ts')).main;
}

const main = await loadMain();
process.exitCode = await main(process.argv.slice(2));
