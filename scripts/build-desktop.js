#!/usr/bin/env node
// Builds the desktop app into out/: main and preload bundled by esbuild, the renderer by
// Vite into out/web (both in buildShell.js).
import { fileURLToPath } from 'node:url';
import { build as vite } from 'vite';
import { buildShell, desktopRendererOptions } from './buildShell.js';

const root = fileURLToPath(new URL('..', import.meta.url));
await vite(desktopRendererOptions(root));
await buildShell(root);
console.log('Built the desktop app into out/.');
