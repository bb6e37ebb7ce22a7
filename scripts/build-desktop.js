#!/usr/bin/env node
// Builds the desktop app into out/: main and preload bundled by esbuild (buildShell.js),
// the renderer by Vite into out/web.
import { build as vite } from 'vite';
import { buildShell } from './buildShell.js';

const root = new URL('..', import.meta.url).pathname;
await vite({ root, configFile: `${root}vite.config.ts`, logLevel: 'warn', build: { outDir: `${root}out/web`, emptyOutDir: true } });
await buildShell(root);
console.log('Built the desktop app into out/.');
