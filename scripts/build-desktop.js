#!/usr/bin/env node
// Builds the desktop app into out/: main and preload bundled by esbuild, the renderer by
// Vite into out/web (both in buildShell.js).
import { build as vite } from 'vite';
import { buildShell, desktopRendererOptions } from './buildShell.js';

const root = new URL('..', import.meta.url).pathname;
await vite(desktopRendererOptions(root));
await buildShell(root);
console.log('Built the desktop app into out/.');
