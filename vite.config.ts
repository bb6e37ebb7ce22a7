import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

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

export default defineConfig({
  root: here('./renderer'),
  base: './',
  publicDir: false,
  plugins: [react(), devWithoutCsp()],
  worker: { format: 'es' },
  build: {
    outDir: here('./dist/web'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: {
      // The editor, and the bare React Flow page that `npm run bench` compares it with
      // (renderer/bench/bare.html; not linked from the editor).
      input: { index: here('./renderer/index.html'), bare: here('./renderer/bench/bare.html') },
    },
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1' },
});
