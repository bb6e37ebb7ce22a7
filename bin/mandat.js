#!/usr/bin/env node
// The command line: `npx mandat check FILE`, `npx mandat import`, `npx mandat export-workbook`.
// It runs the esbuild bundle (dist/cli/mandat.mjs, built by `npm install` or
// `node scripts/build-cli.js`) when that is up to date with the sources; otherwise, as on a
// fresh clone before the build or while the sources are being edited, the TypeScript
// sources through tsx. MANDAT_CLI_FROM_SOURCE=1 always takes the sources.
import { pathToFileURL } from 'node:url';
import { BUNDLE_ENTRY, bundleIsFresh } from './cliBundle.js';

async function loadMain() {
  if (!process.env.MANDAT_CLI_FROM_SOURCE && bundleIsFresh()) return (await import(pathToFileURL(BUNDLE_ENTRY).href)).main;
  const { register } = await import('tsx/esm/api');
  register();
  return (await import('../cli/main.ts')).main;
}

const main = await loadMain();
process.exitCode = await main(process.argv.slice(2));
