#!/usr/bin/env node
// npm start: the desktop app. Where it cannot run, say so in one plain sentence and
// point to what does run, instead of a stack trace.
import { existsSync } from 'node:fs';
import { findElectronBinary } from './electronBinary.js';
import { spawn } from 'node:child_process';

const binary = findElectronBinary();
const main = new URL('../electron/main.ts', import.meta.url).pathname;
if (binary && existsSync(main)) {
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
