/**
 * Maps kept in PostgreSQL, for several server instances behind one address (with
 * `redisSync.ts` carrying live edits between them). One row per document:
 *
 *   mandat_documents (name text primary key, state bytea not null,
 *                     updated_at timestamptz not null default now())
 *
 * `state` is the whole Yjs state (`Y.encodeStateAsUpdate`). PostgreSQL is the source of
 * truth: a document is loaded from its row, and a document whose row cannot be read is
 * not loaded at all — Hocuspocus then closes the connections asking for it, so nobody
 * edits, and nothing ever stores, an empty map in place of the saved one.
 *
 * A store never loses what another instance stored. Every instance remembers which
 * version of the row (its `updated_at`, made strictly increasing per row) its copy of
 * the document contains. If the row is still that version, the document contains the row
 * and is written as it is; if another instance wrote since, what the row holds and this
 * copy lacks is first merged into the live document (and so reaches its editors), then
 * the union is written. Stores of one document are serialised by a transaction-scoped
 * advisory lock, so two instances storing at the same moment wait for each other instead
 * of one overwriting the other.
 */
import { Database } from '@hocuspocus/extension-database';
import type { Document, LocalTransactionOrigin, fetchPayload, onLoadDocumentPayload, onStoreDocumentPayload } from '@hocuspocus/server';
import pg from 'pg';
import * as Y from 'yjs';
import { Refusal, REASONS } from './refusals';

export interface PostgresPersistenceOptions {
  /** `postgres://user:password@host:port/database` (also `postgresql://`). */
  readonly connectionString: string;
  /** The table; created when missing. Default `mandat_documents`. */
  readonly table?: string;
  /**
   * The longest one statement may run, waiting for locks included (default 15 s): a
   * document whose row cannot be read in that time is refused rather than left hanging.
   */
  readonly statementTimeoutMs?: number;
  /** How long to wait for a connection to PostgreSQL (default 5 s). */
  readonly connectTimeoutMs?: number;
  /** Connections in the pool (default 10). */
  readonly maxConnections?: number;
  /** Attempts at a failing store before giving up and leaving it to Hocuspocus (default 4). */
  readonly storeAttempts?: number;
  readonly log?: (line: string) => void;
}

export const DEFAULT_TABLE = 'mandat_documents';

/** Edits merged in from the row: not stored again at once, but sent to Redis and the editors. */
const FROM_DATABASE: LocalTransactionOrigin = { source: 'local', skipStoreHooks: true, context: { mandat: 'postgres' } };

/** `updated_at` as exact microseconds (a JavaScript Date would round to milliseconds). */
const VERSION_SQL = `(extract(epoch from updated_at) * 1000000)::bigint::text`;

/** The row's version as an exact string (microseconds since 1970), or null for no row. */
type Version = string | null;

export class PostgresPersistence extends Database {
  readonly pool: pg.Pool;
  readonly table: string;
  private readonly quoted: string;
  private readonly log: (line: string) => void;
  private readonly storeAttempts: number;
  /** The row version each loaded document contains (per document object, so a reload starts over). */
  private readonly versions = new WeakMap<Y.Doc, Version>();
  private tableReady: Promise<void> | null = null;
  private closed = false;

  constructor(options: PostgresPersistenceOptions) {
    super({});
    this.configuration = {
      fetch: (data) => this.fetchState(data),
      store: (data) => this.storeState(data),
    };
    const table = options.table ?? DEFAULT_TABLE;
    if (!/^[a-z_][a-z0-9_]{0,62}$/.test(table)) throw new Error(`PostgreSQL table name "${table}": use lower-case letters, digits and _`);
    this.table = table;
    this.quoted = `"${table}"`;
    this.log = options.log ?? ((line) => console.error(line));
    this.storeAttempts = Math.max(1, options.storeAttempts ?? 4);
    this.pool = new pg.Pool({
      connectionString: options.connectionString,
      max: options.maxConnections ?? 10,
      connectionTimeoutMillis: options.connectTimeoutMs ?? 5_000,
      statement_timeout: options.statementTimeoutMs ?? 15_000,
      application_name: 'mandat',
    });
    // An idle connection that dies (PostgreSQL restarted) must not take the server down.
    this.pool.on('error', (e) => this.log(`postgres: idle connection lost: ${e.message}`));
  }

  /** Connects and creates the table if missing; rejects with PostgreSQL's reason. */
  ready(): Promise<void> {
    if (this.closed) return Promise.reject(new Error('postgres persistence is closed'));
    if (!this.tableReady) {
      this.tableReady = this.createTable().catch((e: unknown) => {
        this.tableReady = null; // try again on the next load
        throw e;
      });
    }
    return this.tableReady;
  }

  private async createTable(): Promise<void> {
    await this.transaction(async (client) => {
      // Two instances starting together must not both create the table.
      await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`mandat-create:${this.table}`]);
      await client.query(
        `CREATE TABLE IF NOT EXISTS ${this.quoted} (
           name text PRIMARY KEY,
           state bytea NOT NULL,
           updated_at timestamptz NOT NULL DEFAULT now()
         )`,
      );
    });
  }

  /** The saved state of a document, or null when it has never been saved. Throws when it cannot be read. */
  async load(name: string): Promise<{ state: Uint8Array; version: string } | null> {
    await this.ready();
    const r = await this.pool.query<{ state: Buffer; version: string }>(
      `SELECT state, ${VERSION_SQL} AS version FROM ${this.quoted} WHERE name = $1`,
      [name],
    );
    const row = r.rows[0];
    return row ? { state: new Uint8Array(row.state), version: row.version } : null;
  }

  /**
   * Loads the row into the document. Any failure refuses the document (the client is
   * told REASONS.unreadable): PostgreSQL unreachable, the statement timed out (a locked
   * table), or a state that is not a whole Yjs update. Nothing is stored for it.
   */
  override async onLoadDocument(data: onLoadDocumentPayload): Promise<void> {
    const who = `map ${data.documentName.slice(0, 8)}…`;
    try {
      await super.onLoadDocument(data);
    } catch (e) {
      this.versions.delete(data.document);
      this.log(`postgres: could not load ${who}, connections to it are refused: ${e instanceof Error ? e.message : String(e)}`);
      throw new Refusal(REASONS.unreadable, 4503);
    }
    const { pendingStructs, pendingDs } = data.document.store;
    if (pendingStructs !== null || pendingDs !== null) {
      this.versions.delete(data.document);
      this.log(`postgres: the saved state of ${who} is damaged (not a whole Yjs state); it is kept as it is and connections are refused`);
      throw new Refusal(REASONS.unreadable, 4503);
    }
  }

  /** Stores the document (Database's own encodes a state first that would go unused). */
  override async onStoreDocument(data: onStoreDocumentPayload): Promise<void> {
    await this.storeState(data);
  }

  /**
   * Writes the first state of a new document (a map shared from a file, as
   * `mandat serve --map` does); refuses to replace a saved one.
   */
  async seed(documentName: string, state: Uint8Array): Promise<void> {
    await this.ready();
    const r = await this.pool.query(`INSERT INTO ${this.quoted} (name, state, updated_at) VALUES ($1, $2, clock_timestamp()) ON CONFLICT (name) DO NOTHING`, [
      documentName,
      Buffer.from(state),
    ]);
    if (r.rowCount !== 1) throw new Error(`map ${documentName} exists already in PostgreSQL`);
  }

  private async fetchState({ document, documentName }: fetchPayload): Promise<Uint8Array | null> {
    const row = await this.load(documentName);
    // Database.onLoadDocument applies the state to `document` right after this returns.
    this.versions.set(document, row?.version ?? null);
    return row?.state ?? null;
  }

  private async storeState({ document, documentName }: Pick<onStoreDocumentPayload, 'document' | 'documentName'>): Promise<void> {
    if (!this.versions.has(document)) {
      // Only a document whose own load from PostgreSQL succeeded is ever stored.
      this.log(`postgres: did not store map ${documentName.slice(0, 8)}…: it was not loaded from PostgreSQL`);
      return;
    }
    let delay = 250;
    for (let attempt = 1; ; attempt++) {
      try {
        await this.storeOnce(document, documentName);
        return;
      } catch (e) {
        const reason = e instanceof Error ? e.message : String(e);
        if (this.closed || attempt >= this.storeAttempts) {
          this.log(`postgres: could not store "${documentName}" (${attempt} attempts): ${reason}`);
          throw e;
        }
        this.log(`postgres: storing "${documentName}" failed, trying again in ${delay} ms: ${reason}`);
        await new Promise((r) => setTimeout(r, delay));
        delay *= 4;
      }
    }
  }

  private async storeOnce(document: Document, name: string): Promise<void> {
    await this.ready();
    await this.transaction(async (client) => {
      await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`mandat-doc:${this.table}:${name}`]);
      const current = await client.query<{ version: string }>(`SELECT ${VERSION_SQL} AS version FROM ${this.quoted} WHERE name = $1`, [name]);
      const rowVersion: Version = current.rows[0]?.version ?? null;
      if (rowVersion !== null && rowVersion !== this.versions.get(document)) {
        // Another instance wrote since this copy last read or wrote the row: take in
        // what it has that we lack before writing the union.
        const saved = await client.query<{ state: Buffer }>(`SELECT state FROM ${this.quoted} WHERE name = $1`, [name]);
        const state = saved.rows[0]?.state;
        if (state) Y.applyUpdate(document, Y.diffUpdate(new Uint8Array(state), Y.encodeStateVector(document)), FROM_DATABASE);
      }
      const written = await client.query<{ version: string }>(
        `INSERT INTO ${this.quoted} AS t (name, state, updated_at) VALUES ($1, $2, clock_timestamp())
         ON CONFLICT (name) DO UPDATE
           SET state = EXCLUDED.state,
               updated_at = greatest(clock_timestamp(), t.updated_at + interval '1 microsecond')
         RETURNING ${VERSION_SQL} AS version`,
        [name, Buffer.from(Y.encodeStateAsUpdate(document))],
      );
      this.versions.set(document, written.rows[0]!.version);
    });
  }

  private async transaction(work: (client: pg.PoolClient) => Promise<void>): Promise<void> {
    const client = await this.pool.connect();
    let broken = false;
    try {
      await client.query('BEGIN');
      await work(client);
      await client.query('COMMIT');
    } catch (e) {
      try {
        await client.query('ROLLBACK');
      } catch {
        broken = true; // the connection itself failed: do not give it back to the pool
      }
      throw e;
    } finally {
      client.release(broken);
    }
  }

  async onDestroy(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }
}
