#!/usr/bin/env node
// npm start: the desktop app. Where it cannot run, say so in one plain sentence and
// point to what does run, instead of a stack trace.
import { existsSync } from 'node:fs';
import { findElectronBinary } from './electronBinary.js';
import { spawn, spawnSync } from 'node:child_process';

const binary = findElectronBinary();
const main = new URL('../electron/main.ts', import.meta.url).pathname;
if (binary && existsSync(main)) {
  // Build main, preload and renderer into out/, then launch the desktop app.
  const built = spawnSync(process.execPath, [new URL('./build-desktop.js', import.meta.url).pathname], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
  const child = spawn(binary, ['.'], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  const sv = (process.env.LANG ?? '').toLowerCase().startsWith('en') === false;
  console.log(
    sv
      ? 'Mandats skrivbordsfönster kan inte startas här eftersom Electron inte är installerat (det kan inte laddas ner på den här datorn); kör "npm run web" för att använda Mandat i webbläsaren i stället.'
      : "Mandat's desktop window cannot start here because Electron is not installed (it cannot be downloaded on this machine); run \"npm run web\" to use Mandat in the browser instead.",
  );
  process.exit(1);
}
