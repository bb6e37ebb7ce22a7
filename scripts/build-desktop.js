#!/usr/bin/env node
// Builds the desktop app into out/: main and preload bundled by esbuild (a sandboxed
// preload must be one file), the renderer by Vite into out/web.
import { build as esbuild } from 'esbuild';
import { build as vite } from 'vite';

const root = new URL('..', import.meta.url).pathname;
await vite({ root, configFile: `${root}vite.config.ts`, logLevel: 'warn', build: { outDir: `${root}out/web`, emptyOutDir: true } });
for (const [entry, out] of [
  ['electron/main.ts', 'out/main.cjs'],
  ['electron/preload.ts', 'out/preload.cjs'],
]) {
  await esbuild({ entryPoints: [`${root}${entry}`], outfile: `${root}${out}`, bundle: true, platform: 'node', format: 'cjs', target: 'node22', external: ['electron'], logLevel: 'warning' });
}
console.log('Built the desktop app into out/.');
