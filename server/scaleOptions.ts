/**
 * `mandat serve --redis URL --postgres URL`: the extensions that let several server
 * instances serve the same maps (see docs/server.md, "Running the server for a whole
 * organisation"). Both services are contacted before the server starts, so a wrong
 * address stops `serve` with one sentence instead of failing on the first connection.
 */
import type { Extension } from '@hocuspocus/server';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { PostgresPersistence, type PostgresPersistenceOptions } from './postgresPersistence';
import { createRedisSync, type RedisSyncOptions } from './redisSync';
import { SessionStore, type TokenLookup } from './sessions';

export interface ScaleOptions {
  /** `--redis`: live edits between instances. Needs `postgresUrl`. */
  readonly redisUrl?: string;
  /** `--postgres`: the maps in PostgreSQL instead of the data folder. */
  readonly postgresUrl?: string;
  /** Passed on (tests shorten timeouts, the bench names instances). */
  readonly redis?: Omit<RedisSyncOptions, 'url' | 'log'>;
  readonly postgres?: Omit<PostgresPersistenceOptions, 'connectionString' | 'log'>;
  readonly log?: (line: string) => void;
}

/** A start-up problem with Redis or PostgreSQL, said in one sentence. */
export class ScaleSetupError extends Error {}

/** Passwords out of addresses shown in messages. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:/@]*):[^@/]*@/, '//$1:***@');
}

/**
 * The extensions for `startCollabServer({ persistence: 'none', extensions })`: an empty
 * list without either option (the server keeps maps in its data folder); PostgreSQL
 * persistence with `postgresUrl`; Redis sync too with `redisUrl`. Rejects with a
 * ScaleSetupError when a service does not answer or refuses, having closed what it opened.
 */
export async function scaleExtensions(options: ScaleOptions): Promise<Extension[]> {
  const { redisUrl, postgresUrl } = options;
  const log = options.log ?? ((line: string) => console.error(line));
  if (redisUrl && !postgresUrl) {
    throw new ScaleSetupError('--redis needs --postgres: instances that share live edits must also share one store of the maps.');
  }
  if (!postgresUrl) return [];
  if (!/^postgres(ql)?:\/\//.test(postgresUrl)) {
    throw new ScaleSetupError(`--postgres ${redactUrl(postgresUrl)}: expected an address like postgres://user:password@host:5432/database.`);
  }
  const postgres = new PostgresPersistence({ ...options.postgres, connectionString: postgresUrl, log });
  try {
    await postgres.ready();
  } catch (e) {
    await postgres.onDestroy().catch(() => {});
    throw new ScaleSetupError(`PostgreSQL at ${redactUrl(postgresUrl)} cannot be used: ${e instanceof Error ? e.message : String(e)}.`, { cause: e });
  }
  if (!redisUrl) return [postgres];
  let redis: ReturnType<typeof createRedisSync>;
  try {
    redis = createRedisSync({ ...options.redis, url: redisUrl, log });
  } catch (e) {
    await postgres.onDestroy().catch(() => {});
    throw new ScaleSetupError(e instanceof Error ? e.message : String(e), { cause: e });
  }
  try {
    await redis.ping();
  } catch (e) {
    redis.disconnect();
    await postgres.onDestroy().catch(() => {});
    throw new ScaleSetupError(`Redis at ${redactUrl(redisUrl)} cannot be used: ${e instanceof Error ? e.message : String(e)}.`, { cause: e });
  }
  return [redis, postgres];
}

/** The PostgreSQL persistence among `extensions` (to seed a map shared with --map), or null. */
export function postgresOf(extensions: readonly Extension[]): PostgresPersistence | null {
  return extensions.find((e): e is PostgresPersistence => e instanceof PostgresPersistence) ?? null;
}

/**
 * Invitations for several instances that share one data folder (on one machine, or a
 * shared file system): sessions.json is read again whenever it changed, so a map shared
 * through one instance (`mandat serve --map`) opens on all of them without a restart, and
 * a revoked token stops working everywhere (open connections are closed only by the
 * instance that revoked it). Pass as `startCollabServer({ tokens })`.
 */
export function sharedSessionTokens(dataDir: string): TokenLookup {
  const path = join(dataDir, 'sessions.json');
  let cached: { stamp: string; store: SessionStore } | null = null;
  return {
    roleOf(document, token) {
      let stamp: string;
      try {
        const st = statSync(path);
        stamp = `${st.mtimeMs}:${st.size}:${st.ino}`;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null; // nothing shared yet
        throw e;
      }
      // A damaged file throws SessionFileError: the connection is refused, the file left alone.
      if (cached?.stamp !== stamp) cached = { stamp, store: SessionStore.open(dataDir) };
      return cached.store.roleOf(document, token);
    },
  };
}
