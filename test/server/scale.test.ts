/**
 * Several server instances behind one address: two (and more) `startCollabServer`s on
 * their own ports share Redis (live edits) and PostgreSQL (the maps). Needs both
 * services: `.ci/run` starts them (`.ci/run services` does only that); the addresses
 * come from MANDAT_TEST_REDIS_URL and MANDAT_TEST_POSTGRES_URL, by default those below.
 * Without them every test here fails with one sentence saying what to start.
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import type { Extension } from '@hocuspocus/server';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { startCollabServer, type RunningCollabServer } from '../../server/collabServer';
import { PostgresPersistence } from '../../server/postgresPersistence';
import { createRedisSync } from '../../server/redisSync';
import { REASONS } from '../../server/refusals';
import { postgresOf, scaleExtensions, ScaleSetupError, sharedSessionTokens, type ScaleOptions } from '../../server/scaleOptions';
import { SessionStore, type TokenLookup } from '../../server/sessions';
import { applyCommand } from '../../shared/commands/apply';
import type { Command } from '../../shared/commands/types';
import { createMapDocument, documentFromState, jsonEqual, LOCAL_ORIGIN, readModel } from '../../shared/model/document';
import { emptyModel } from '../../shared/model/empty';
import { makeBody, makeModel } from '../factories';
import type { BodyId, MemberId } from '../../shared/model/ids';

const REDIS_URL = process.env.MANDAT_TEST_REDIS_URL || 'redis://127.0.0.1:6379';
const POSTGRES_URL = process.env.MANDAT_TEST_POSTGRES_URL || 'postgres://mandat:mandat@127.0.0.1:5432/mandat';
/** Keys, channels and instance names of this run only. */
const RUN = `t${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
const TABLE = 'mandat_documents';

const logs: string[] = [];
const log = (line: string) => void logs.push(line);
const recentLog = () => logs.slice(-15).join('\n  ');

/** One sentence for what is missing, or null when both services answer. */
async function missingServices(): Promise<string | null> {
  const redis = createRedisSync({ url: REDIS_URL, identifier: `${RUN}-probe`, log: () => undefined });
  try {
    await redis.ping(3_000);
  } catch (e) {
    return (
      `Redis does not answer at ${REDIS_URL} (${e instanceof Error ? e.message : String(e)}): install and start it ` +
      `(apt-get install redis-server; redis-server --daemonize yes --bind 127.0.0.1 --port 6379 — or run .ci/run services), or set MANDAT_TEST_REDIS_URL.`
    );
  } finally {
    redis.disconnect();
  }
  const client = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (e) {
    return (
      `PostgreSQL does not accept ${POSTGRES_URL.replace(/:[^:@/]*@/, ':***@')} (${e instanceof Error ? e.message : String(e)}): install and start it ` +
      `with role and database mandat (apt-get install postgresql, then .ci/run services does the rest), or set MANDAT_TEST_POSTGRES_URL.`
    );
  } finally {
    await client.end().catch(() => undefined);
  }
  return null;
}

async function waitFor(what: string, condition: () => boolean | Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; server log:\n  ${recentLog()}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

let tmp: string;
/** Where the test shares maps (as `mandat serve --map` would, through any instance)… */
let sessions: SessionStore;
/** …and what every instance checks tokens with: the same data folder, read again when it changes. */
let tokens: TokenLookup;
let db: pg.Pool;
const documents = new Set<string>();
const servers = new Set<RunningCollabServer>();
const clients = new Set<Client>();
const extensionsOf = new WeakMap<RunningCollabServer, Extension[]>();

/** An instance of the server with Redis and PostgreSQL, as `mandat serve --redis … --postgres …` runs it. */
async function startInstance(label: string, extra: Pick<ScaleOptions, 'postgres' | 'redisUrl'> = {}): Promise<RunningCollabServer> {
  const extensions = await scaleExtensions({
    redisUrl: REDIS_URL,
    postgresUrl: POSTGRES_URL,
    redis: { prefix: `mandat-test-${RUN}`, identifier: `${RUN}-${label}` },
    ...extra,
    log: (line) => log(`[${label}] ${line}`),
  });
  const server = await startCollabServer({
    port: 0,
    dataDir: join(tmp, label),
    persistence: 'none',
    extensions,
    tokens,
    log: (line) => log(`[${label}] ${line}`),
  });
  servers.add(server);
  extensionsOf.set(server, extensions);
  return server;
}

/** A Redis of this test's own (same binary as the shared one), to stop and start again. */
async function privateRedis(): Promise<{ url: string; start(): Promise<void>; stop(): Promise<void>; dispose(): Promise<void> }> {
  const port = await new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
  const url = `redis://127.0.0.1:${port}`;
  let child: ChildProcess | null = null;
  const probe = createRedisSync({ url, log: () => undefined });
  const redis = {
    url,
    async start() {
      child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
      await waitFor('the private Redis to answer', async () => probe.ping(500).then(() => true, () => false));
    },
    async stop() {
      if (!child) return;
      const exited = new Promise((r) => child!.once('exit', r));
      child.kill('SIGKILL');
      await exited;
      child = null;
    },
    async dispose() {
      probe.disconnect();
      await redis.stop();
    },
  };
  return redis;
}

async function stopInstance(server: RunningCollabServer): Promise<void> {
  servers.delete(server);
  await server.stop();
}

interface Client {
  readonly doc: Y.Doc;
  readonly provider: HocuspocusProvider;
  /** The reason of a refusal, once refused. */
  refused: string | null;
  close(): void;
}

function connect(server: RunningCollabServer, document: string, token: string, doc = new Y.Doc()): Client {
  // Node 20 has no WebSocket of its own; reconnect quickly, the servers are local.
  const socket = new HocuspocusProviderWebsocket({ url: server.wsUrl, WebSocketPolyfill: WebSocket, delay: 100, minDelay: 100, maxDelay: 500 });
  const client: Client = {
    doc,
    refused: null,
    provider: new HocuspocusProvider({
      websocketProvider: socket,
      name: document,
      token,
      document: doc,
      onAuthenticationFailed: ({ reason }) => {
        client.refused = reason;
      },
    }),
    close() {
      clients.delete(client);
      client.provider.destroy();
      socket.destroy();
    },
  };
  client.provider.attach();
  clients.add(client);
  return client;
}

function edit(client: Client, command: Command): void {
  const result = applyCommand(client.doc, command, LOCAL_ORIGIN);
  expect(result.ok, JSON.stringify(result)).toBe(true);
}

function newSession(name: string): { document: string; token: string } {
  const { document, editToken } = sessions.createSession(name);
  documents.add(document);
  return { document, token: editToken };
}

async function savedState(document: string): Promise<Uint8Array | null> {
  const r = await db.query<{ state: Buffer }>(`SELECT state FROM ${TABLE} WHERE name = $1`, [document]);
  return r.rows[0] ? new Uint8Array(r.rows[0].state) : null;
}

async function savedModelEquals(document: string, doc: Y.Doc): Promise<boolean> {
  const state = await savedState(document);
  return state !== null && jsonEqual(readModel(documentFromState(state)), readModel(doc));
}

const loaded = (server: RunningCollabServer, document: string) => server.hocuspocus.documents.has(document);
const body = (doc: Y.Doc, id: string) => readModel(doc).bodies.get(id);

describe('several server instances with Redis and PostgreSQL', () => {
  // Each test fails with the sentence (rather than being skipped) when a service is missing.
  let missing: string | null = null;
  beforeEach(() => {
    if (missing) throw new Error(missing);
  });

  beforeAll(async () => {
    missing = await missingServices();
    if (missing) return;
    tmp = mkdtempSync(join(tmpdir(), 'mandat-scale-'));
    sessions = SessionStore.open(join(tmp, 'shared'));
    tokens = sharedSessionTokens(join(tmp, 'shared'));
    db = new pg.Pool({ connectionString: POSTGRES_URL, max: 3 });
  }, 20_000);

  afterAll(async () => {
    for (const client of [...clients]) client.close();
    for (const server of [...servers]) await stopInstance(server).catch(() => undefined);
    if (db) {
      if (documents.size > 0) await db.query(`DELETE FROM ${TABLE} WHERE name = ANY($1)`, [[...documents]]).catch(() => undefined);
      await db.end();
    }
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  }, 30_000);

  it('clients on two instances converge, and PostgreSQL holds the merged map once all have left; a restarted instance loads it', async () => {
    const { document, token } = newSession('Skalning');
    let a1 = await startInstance('a1');
    const b1 = await startInstance('b1');
    const a = connect(a1, document, token);
    const b = connect(b1, document, token);
    await waitFor('both clients to sync', () => a.provider.isSynced && b.provider.isSynced);

    edit(a, { type: 'addBody', body: { id: 'ks' as BodyId, name: 'Kommunstyrelsen', kind: 'executive_board', level: 'political' } });
    await waitFor('the body to reach the other instance', () => body(b.doc, 'ks') !== undefined);
    // At the same moment on both instances: different fields of one body, and new elements.
    edit(a, { type: 'updateBody', id: 'ks' as BodyId, changes: { shortName: 'KS' } });
    edit(b, { type: 'updateBody', id: 'ks' as BodyId, changes: { meets: 'varannan vecka' } });
    edit(b, { type: 'addBody', body: { id: 'bn' as BodyId, name: 'Barn- och utbildningsnämnden', partOf: null } });
    edit(a, { type: 'addMember', member: { id: 'ordf' as MemberId, name: 'Ordförande' } });
    await waitFor('both clients to hold the same map', () => jsonEqual(readModel(a.doc), readModel(b.doc)));
    const model = readModel(a.doc);
    expect(model.bodies.get('ks')).toMatchObject({ shortName: 'KS', meets: 'varannan vecka' });
    expect([...model.bodies.keys()].sort()).toEqual(['bn', 'ks']);
    expect(model.members.has('ordf')).toBe(true);

    a.close();
    b.close();
    await waitFor('both instances to store and unload the map', () => !loaded(a1, document) && !loaded(b1, document));
    expect(await savedModelEquals(document, a.doc)).toBe(true);

    // Restart one instance: with the map loaded nowhere, a new client gets it from PostgreSQL.
    await stopInstance(a1);
    a1 = await startInstance('a1-restarted');
    const c = connect(a1, document, token);
    await waitFor('the new client to sync', () => c.provider.isSynced);
    expect(jsonEqual(readModel(c.doc), model)).toBe(true);
    c.close();
  });

  it('an instance loading a map another instance has open gets the edits not stored yet, through Redis', async () => {
    const { document, token } = newSession('Ej sparat');
    const a1 = await startInstance('a2');
    const a = connect(a1, document, token);
    await waitFor('the client to sync', () => a.provider.isSynced);
    edit(a, { type: 'addBody', body: { id: 'ks' as BodyId, name: 'Kommunstyrelsen' } });
    // Within the 2 s debounce: nothing is in PostgreSQL yet.
    expect(await savedState(document)).toBeNull();
    const b1 = await startInstance('b2');
    const b = connect(b1, document, token);
    await waitFor('the second client to sync', () => b.provider.isSynced);
    await waitFor('the unsaved body on the other instance', () => body(b.doc, 'ks') !== undefined, 5_000);
    a.close();
    b.close();
    await waitFor('the map to be stored', () => savedModelEquals(document, a.doc));
    await waitFor('both instances to unload the map', () => !loaded(a1, document) && !loaded(b1, document));
    await Promise.all([stopInstance(a1), stopInstance(b1)]);
  });

  it('a map shared from a file through one instance opens on another, loaded from PostgreSQL', async () => {
    // What `mandat serve --map` does with --postgres: a session, and the map's state as its first row.
    const { document, token } = newSession('Delad');
    const model = makeModel({ bodies: [makeBody('ks'), makeBody('bn')] }, emptyModel({ name: 'Delad karta' }));
    const one = await startInstance('a4');
    const two = await startInstance('b4');
    const postgres = postgresOf(extensionsOf.get(one)!)!;
    const state = Y.encodeStateAsUpdate(createMapDocument(model));
    await postgres.seed(document, state);
    await expect(postgres.seed(document, state)).rejects.toThrow(/exists already/);
    const client = connect(two, document, token);
    await waitFor('the client to sync', () => client.provider.isSynced);
    expect(jsonEqual(readModel(client.doc), readModel(createMapDocument(model)))).toBe(true);
    // A token that is not the session's is refused on every instance.
    const stranger = connect(one, document, 'not-a-token');
    await waitFor('the refusal', () => stranger.refused !== null);
    client.close();
    stranger.close();
    await Promise.all([stopInstance(one), stopInstance(two)]);
  });

  it('through a Redis outage open maps keep working, and the instances catch up as soon as it is back', async () => {
    const redis = await privateRedis();
    await redis.start();
    try {
      const { document, token } = newSession('Avbrott');
      const one = await startInstance('a6', { redisUrl: redis.url });
      const two = await startInstance('b6', { redisUrl: redis.url });
      const a = connect(one, document, token);
      const b = connect(two, document, token);
      await waitFor('both clients to sync', () => a.provider.isSynced && b.provider.isSynced);
      edit(a, { type: 'addBody', body: { id: 'ks' as BodyId, name: 'Kommunstyrelsen' } });
      await waitFor('the body on the other instance', () => body(b.doc, 'ks') !== undefined);

      await redis.stop();
      await waitFor('both instances to notice', () => ['a6', 'b6'].every((label) => logs.some((l) => l.startsWith(`[${label}] redis (publish)`) && l.includes('reconnecting'))));
      edit(a, { type: 'addBody', body: { id: 'from-a' as BodyId, name: 'A' } });
      edit(b, { type: 'addBody', body: { id: 'from-b' as BodyId, name: 'B' } });
      // Both are stored (each by its own instance, merged in PostgreSQL); the instance that
      // stored second has taken in the other's body.
      await waitFor('both edits in PostgreSQL', async () => {
        const state = await savedState(document);
        const saved = state && readModel(documentFromState(state));
        return !!saved && saved.bodies.has('from-a') && saved.bodies.has('from-b');
      });
      await redis.start();
      // No further edit: the reconnected instances announce their state and converge.
      await waitFor('the clients to converge after the outage', () => jsonEqual(readModel(a.doc), readModel(b.doc)), 10_000);
      expect([...readModel(a.doc).bodies.keys()].sort()).toEqual(['from-a', 'from-b', 'ks']);
      a.close();
      b.close();
      await Promise.all([stopInstance(one), stopInstance(two)]);
    } finally {
      await redis.dispose();
    }
  }, 40_000);

  it('two instances storing at once never drop each other’s edits, even edits that never crossed Redis', async () => {
    // Two copies of one map that diverge without Redis (as when it is down), stored
    // concurrently: the row and both copies end up with everything.
    const { document } = newSession('Samtidigt');
    const p1 = new PostgresPersistence({ connectionString: POSTGRES_URL, log });
    const p2 = new PostgresPersistence({ connectionString: POSTGRES_URL, log });
    try {
      const d1 = new Y.Doc();
      const d2 = new Y.Doc();
      const payload = (doc: Y.Doc) => ({ document: doc, documentName: document }) as never;
      await p1.onLoadDocument(payload(d1));
      await p2.onLoadDocument(payload(d2));
      expect(applyCommand(d1, { type: 'addBody', body: { id: 'one' as BodyId, name: 'Ett' } }).ok).toBe(true);
      expect(applyCommand(d2, { type: 'addBody', body: { id: 'two' as BodyId, name: 'Två' } }).ok).toBe(true);
      await Promise.all([p1.onStoreDocument(payload(d1)), p2.onStoreDocument(payload(d2))]);
      const saved = readModel(documentFromState((await savedState(document))!));
      expect([...saved.bodies.keys()].sort()).toEqual(['one', 'two']);
      // Whichever stored second took in the other's body; the first gets it on its next store.
      expect(applyCommand(d1, { type: 'removeBody', id: 'one' as BodyId }).ok).toBe(true);
      await p1.onStoreDocument(payload(d1));
      await p2.onStoreDocument(payload(d2));
      expect([...readModel(d1).bodies.keys()]).toEqual(['two']);
      expect(jsonEqual(readModel(d1), readModel(d2))).toBe(true);
      expect(await savedModelEquals(document, d1)).toBe(true);
    } finally {
      await Promise.all([p1.onDestroy(), p2.onDestroy()]);
    }
  });

  it('a map whose row cannot be read is refused, and the saved row is left exactly as it was', async () => {
    const { document, token } = newSession('Låst');
    // A saved map.
    const first = await startInstance('a3');
    const writer = connect(first, document, token);
    await waitFor('the client to sync', () => writer.provider.isSynced);
    edit(writer, { type: 'addBody', body: { id: 'ks' as BodyId, name: 'Kommunstyrelsen' } });
    writer.close();
    await waitFor('the map to be stored and unloaded', async () => !loaded(first, document) && (await savedState(document)) !== null);
    await stopInstance(first);
    const before = await savedState(document);

    // Reads give up after 500 ms; then somebody holds the table locked.
    const server = await startInstance('a3-locked', { postgres: { statementTimeoutMs: 500 } });
    const locker = new pg.Client({ connectionString: POSTGRES_URL });
    await locker.connect();
    let client: Client | null = null;
    try {
      await locker.query('BEGIN');
      await locker.query(`LOCK TABLE ${TABLE} IN ACCESS EXCLUSIVE MODE`);
      // A client with an edit of its own, which must not end up in the row.
      const offline = new Y.Doc();
      expect(applyCommand(offline, { type: 'addBody', body: { id: 'offline' as BodyId, name: 'Offline' } }).ok).toBe(true);
      client = connect(server, document, token, offline);
      await waitFor('the refusal', () => client!.refused !== null, 10_000);
      expect(client.refused).toBe(REASONS.unreadable);
      expect(client.provider.isSynced).toBe(false);
      expect(loaded(server, document)).toBe(false);
      client.close();
      client = null;
    } finally {
      client?.close();
      await locker.query('ROLLBACK').catch(() => undefined);
      await locker.end();
    }
    // Give a wrongly queued store every chance to happen before looking.
    await new Promise((r) => setTimeout(r, 1_500));
    expect(Buffer.from((await savedState(document))!).equals(Buffer.from(before!))).toBe(true);
    await stopInstance(server);
  });

  it('a PostgreSQL that cannot be reached refuses the map; serve stops at once with one sentence', async () => {
    const unreachable = 'postgres://mandat:mandat@127.0.0.1:1/mandat';
    await expect(scaleExtensions({ redisUrl: REDIS_URL, postgresUrl: unreachable, log })).rejects.toThrow(ScaleSetupError);
    await expect(scaleExtensions({ redisUrl: REDIS_URL, postgresUrl: unreachable, log })).rejects.toThrow(/PostgreSQL at postgres:\/\/mandat:\*\*\*@127\.0\.0\.1:1\/mandat cannot be used/);
    await expect(scaleExtensions({ redisUrl: REDIS_URL, log })).rejects.toThrow(/--redis needs --postgres/);
    await expect(scaleExtensions({ redisUrl: 'redis://127.0.0.1:1', postgresUrl: POSTGRES_URL, redis: {}, log })).rejects.toThrow(/Redis at redis:\/\/127\.0\.0\.1:1 cannot be used/);

    // Lost after start-up: the document is refused, not opened empty.
    const { document, token } = newSession('Borta');
    const server = await startCollabServer({
      port: 0,
      dataDir: join(tmp, 'lost'),
      persistence: 'none',
      extensions: [new PostgresPersistence({ connectionString: unreachable, connectTimeoutMs: 500, log })],
      tokens,
      log,
    });
    servers.add(server);
    const client = connect(server, document, token);
    await waitFor('the refusal', () => client.refused !== null, 10_000);
    expect(client.refused).toBe(REASONS.unreadable);
    expect(loaded(server, document)).toBe(false);
    client.close();
    await stopInstance(server);
  }, 30_000);
});
