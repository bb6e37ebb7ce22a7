import type { StaticServer } from '../server/staticFiles';

export const repositoryRoot: string;
export const webRoot: string;
export const DEFAULT_PORT: number;

/** server/staticFiles.ts, loaded through tsx (these scripts run on plain Node). */
export function loadStaticFiles(): Promise<typeof import('../server/staticFiles')>;

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
