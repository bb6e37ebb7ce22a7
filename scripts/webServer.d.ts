import type { StaticServer } from './serveStatic.js';

export const repositoryRoot: string;
export const webRoot: string;
export const DEFAULT_PORT: number;

/** Builds the web version into dist/web with Vite; rejects with a one-line message when the build fails. */
export function buildWeb(options?: { root?: string; logLevel?: 'info' | 'warn' | 'error' | 'silent' }): Promise<void>;

/** Serves `root` on the first free port from `port` on (then any free port), or exactly `port` with `exact`. */
export function serveOnFreePort(options?: {
  root?: string;
  port?: number;
  host?: string;
  attempts?: number;
  exact?: boolean;
}): Promise<StaticServer>;
