/**
 * Several server instances behind one address, editing the same maps: every instance
 * publishes the edits its own clients make to Redis and applies the edits the others
 * publish (`@hocuspocus/extension-redis`), so a colleague connected to another instance
 * sees them as if both were on one server.
 *
 * What this means for storing (see `postgresPersistence.ts`):
 * - An edit that arrives through Redis never starts a store on the receiving instance
 *   (Hocuspocus skips the store hooks for the origin `redis`). Each edit is therefore
 *   stored by one instance only: the one its author is connected to, debounced as usual
 *   (2 s after the last edit, at most 10 s), and at once when its last client leaves.
 * - The extension's own lock (Redlock, `lockTimeout`) makes a second instance that wants
 *   to store the same document at the same moment skip its store, assuming the first one
 *   holds its edits too. That is not always so (an edit may still be in flight through
 *   Redis), and the skipped store is not tried again, so `MandatRedis` leaves it out:
 *   PostgreSQL serialises the stores of one document itself and merges, so the second
 *   store waits a few milliseconds instead of being dropped.
 * - `disconnectDelay` (default 1 s) keeps a document loaded that long after its last
 *   client left, so that edits still on their way through Redis are applied before it is
 *   unloaded; `awaitInitialSyncTimeout` (default 1 s) is how long an instance that loads a
 *   document from PostgreSQL waits for an instance that has it open to send what it has
 *   not stored yet.
 */
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { Redis, type Configuration } from '@hocuspocus/extension-redis';
import type { onChangePayload } from '@hocuspocus/server';

export interface RedisSyncOptions {
  /** `redis://[user:password@]host[:port][/db]` (`rediss://` for TLS). Default redis://127.0.0.1:6379. */
  readonly url?: string;
  /** Instead of `url`. */
  readonly host?: string;
  readonly port?: number;
  /** Unique per instance (messages carry it so that an instance ignores its own). Default: host, process and a random part. */
  readonly identifier?: string;
  /** Namespace of the channels and keys, so that several deployments can share one Redis. Default `mandat`. */
  readonly prefix?: string;
  /** See above; milliseconds. */
  readonly disconnectDelay?: number;
  readonly awaitInitialSyncTimeout?: number;
  readonly log?: (line: string) => void;
}

type ConnectionOptions = Pick<Configuration, 'host' | 'port' | 'options'>;

/** Host, port and client options from a `redis://` or `rediss://` address. */
export function parseRedisUrl(url: string): ConnectionOptions {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new Error(`Redis address "${url}": expected redis://host:port`);
  }
  if (u.protocol !== 'redis:' && u.protocol !== 'rediss:') throw new Error(`Redis address "${url}": expected redis:// or rediss://`);
  const db = u.pathname.replace(/^\//, '');
  if (db !== '' && !/^\d+$/.test(db)) throw new Error(`Redis address "${url}": the path must be a database number`);
  return {
    host: u.hostname.replace(/^\[(.*)\]$/, '$1') || '127.0.0.1',
    port: u.port ? Number(u.port) : 6379,
    options: {
      ...(u.username ? { username: decodeURIComponent(u.username) } : {}),
      ...(u.password ? { password: decodeURIComponent(u.password) } : {}),
      ...(db ? { db: Number(db) } : {}),
      ...(u.protocol === 'rediss:' ? { tls: { servername: u.hostname } } : {}),
    },
  };
}

/** The Redis extension without its store lock (see above). */
export class MandatRedis extends Redis {
  override async onStoreDocument(): Promise<void> {
    // No Redlock: PostgresPersistence serialises and merges concurrent stores.
  }

  /**
   * Announces every loaded document's state to the other instances, which answer with
   * what it lacks and ask for what they lack: after a Redis outage, edits made meanwhile
   * on different instances meet without waiting for the next edit.
   */
  resyncAll(): void {
    for (const [documentName, document] of this.instance?.documents ?? []) {
      // onChange publishes the document's state vector (coalesced per event loop turn).
      void this.onChange({ documentName, document, transactionOrigin: null } as unknown as onChangePayload);
    }
  }

  /** Drops both connections at once (onDestroy's polite QUIT waits long for a Redis that is gone). */
  disconnect(): void {
    this.pub.disconnect(false);
    this.sub.disconnect(false);
  }

  /**
   * Resolves when Redis answers; rejects at the first connection error (an address
   * nobody listens on, a wrong password) or after `timeoutMs`. For start-up checks.
   */
  async ping(timeoutMs = 5_000): Promise<void> {
    let onError: (e: Error) => void = () => undefined;
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        this.pub.ping(),
        new Promise((_, reject) => {
          onError = (e) => reject(new Error(e.message || String(e)));
          this.pub.on('error', onError);
          timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
        }),
      ]);
    } finally {
      clearTimeout(timer);
      this.pub.off('error', onError);
    }
  }
}

/** The extension for one instance; add it to every instance, each with its own identifier. */
export function createRedisSync(options: RedisSyncOptions = {}): MandatRedis {
  const connection: ConnectionOptions =
    options.host !== undefined || options.port !== undefined
      ? { host: options.host ?? '127.0.0.1', port: options.port ?? 6379, options: {} }
      : parseRedisUrl(options.url ?? 'redis://127.0.0.1:6379');
  const identifier = options.identifier ?? `mandat-${hostname()}-${process.pid}-${randomUUID().slice(0, 8)}`;
  // Messages carry the identifier after a one-byte length.
  if (Buffer.byteLength(identifier) > 255) throw new Error('Redis identifier: at most 255 bytes');
  const log = options.log ?? ((line: string) => console.error(line));
  const redis = new MandatRedis({
    ...connection,
    // ioredis keeps reconnecting on its own; commands wait meanwhile, but not forever.
    options: { ...connection.options, maxRetriesPerRequest: 20, connectTimeout: 5_000 },
    identifier,
    prefix: options.prefix ?? 'mandat',
    ...(options.disconnectDelay !== undefined ? { disconnectDelay: options.disconnectDelay } : {}),
    ...(options.awaitInitialSyncTimeout !== undefined ? { awaitInitialSyncTimeout: options.awaitInitialSyncTimeout } : {}),
  });
  // Without a listener ioredis prints every failed reconnection attempt; say it once per outage.
  for (const [role, client] of [['publish', redis.pub], ['subscribe', redis.sub]] as const) {
    let down = false;
    client.on('error', (e: Error) => {
      if (!down) log(`redis (${role}): ${e.message}; reconnecting`);
      down = true;
    });
    client.on('ready', () => {
      if (!down) return;
      down = false;
      log(`redis (${role}): connected again`);
      // Once the channels are subscribed again, catch up with what the others did meanwhile.
      if (role === 'subscribe') setTimeout(() => redis.resyncAll(), 200).unref();
    });
  }
  return redis;
}
