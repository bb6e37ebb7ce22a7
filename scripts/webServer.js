// The web version built and served: shared by `npm run web` and by `npm start` when the
// desktop window cannot open.
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { tsImport } from 'tsx/esm/api';

export const repositoryRoot = fileURLToPath(new URL('..', import.meta.url));
export const webRoot = join(repositoryRoot, 'dist', 'web');
export const DEFAULT_PORT = 5174;

/**
 * Builds the web version into dist/web with Vite; rejects with a one-line message when the
 * build fails. `npm start` asks for 'error' only: chunk-size advice is for developers.
 * @param {{ root?: string, logLevel?: 'info' | 'warn' | 'error' | 'silent' }} options
 */
export async function buildWeb({ root = repositoryRoot, logLevel = 'warn' } = {}) {
  const vite = await import('vite');
  try {
    await vite.build({ configFile: join(root, 'vite.config.ts'), logLevel });
  } catch (error) {
    throw new Error(`the build failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`, { cause: error });
  }
}

/**
 * The static file server the collaboration server uses too (server/staticFiles.ts). These
 * scripts run on plain Node, so the TypeScript module is loaded through tsx, once.
 * @returns {Promise<typeof import('../server/staticFiles')>}
 */
let staticFiles;
export const loadStaticFiles = () => (staticFiles ??= tsImport('../server/staticFiles.ts', import.meta.url));

/**
 * Serves `root` on the first free port from `port` on (at most `attempts` ports, then any
 * free port the system gives), so that a second copy or another program on 5174 does not
 * stop Mandat from starting. With `exact`, only `port` itself is tried. Other listen
 * errors (EACCES …) are passed on.
 * @param {{ root?: string, port?: number, host?: string, attempts?: number, exact?: boolean }} options
 */
export async function serveOnFreePort({ root = webRoot, port = DEFAULT_PORT, host = '127.0.0.1', attempts = 20, exact = false } = {}) {
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(`${join(root, 'index.html')} does not exist: build first with "npm run web" or "npx vite build".`);
  }
  const candidates =
    exact || port === 0 ? [port] : [...Array.from({ length: attempts }, (_, i) => port + i).filter((p) => p <= 65535), 0];
  const { startStaticServer } = await loadStaticFiles();
  let lastError;
  for (const candidate of candidates) {
    try {
      return await startStaticServer({ root, port: candidate, host });
    } catch (error) {
      if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EADDRINUSE') throw error;
      lastError = error;
    }
  }
  throw lastError;
}
