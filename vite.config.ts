import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { helpPagesPlugin } from './scripts/docs/helpPages';
import { startChunkGroups } from './scripts/build/startChunk';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The Content-Security-Policy in renderer/index.html allows no inline script. Vite's dev
 * server and React Fast Refresh inject inline module scripts and a websocket, so the dev
 * server (only) serves the page without the policy; the build keeps it.
 */
function devWithoutCsp(): Plugin {
  return {
    name: 'mandat:dev-without-csp',
    apply: 'serve',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => html.replace(/\s*<meta\s+http-equiv="Content-Security-Policy"[^>]*>/i, ''),
    },
  };
}

/**
 * renderer/early-autosave.js, copied as it is beside index.html and loaded by it as a classic
 * script: it must run while the page is parsed, before the modules (see the file). Only in the
 * build; under the dev server the editor opens the database itself, as it does without it.
 */
function earlyAutosaveScript(): Plugin {
  return {
    name: 'mandat:early-autosave',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      // After the title: under the policy, and before the stylesheets, which a classic script waits for.
      handler: (html, context) => (context.filename.replace(/\\/g, '/').endsWith('/renderer/index.html') ? html.replace('</title>', '</title>\n    <script src="./early-autosave.js"></script>') : html),
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'early-autosave.js', source: readFileSync(here('./renderer/early-autosave.js'), 'utf8') });
    },
  };
}

/**
 * The build: the editor into dist/web, what is shipped and served. With `benchPage` (the
 * browser benchmark sets MANDAT_BENCH_PAGE=1) also the bare React Flow page it compares
 * the editor with (renderer/bench/bare.html), into dist/bench-web, so that no bench page
 * is ever left in the shipped build.
 */
export function webBuildConfig(benchPage: boolean): UserConfig {
  return {
    root: here('./renderer'),
    base: './',
    publicDir: false,
    plugins: [react(), devWithoutCsp(), earlyAutosaveScript(), helpPagesPlugin(here('./docs'))],
    worker: { format: 'es' },
    build: {
      outDir: here(benchPage ? './dist/bench-web' : './dist/web'),
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: true,
      rolldownOptions: {
        input: benchPage ? { index: here('./renderer/index.html'), bare: here('./renderer/bench/bare.html') } : { index: here('./renderer/index.html') },
        output: { codeSplitting: { groups: startChunkGroups(here('./renderer/index.html'), benchPage ? [here('./renderer/bench/bare.html')] : []) } },
      },
    },
    server: { host: '127.0.0.1', port: 5173, strictPort: false },
    preview: { host: '127.0.0.1' },
  };
}

export default defineConfig(webBuildConfig(process.env.MANDAT_BENCH_PAGE === '1'));
