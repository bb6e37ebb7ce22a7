/**
 * The collaboration server on two instances sharing Redis and PostgreSQL (as
 * `mandat serve --redis … --postgres …` runs it, twice):
 *
 * 1. Edit-to-peer latency: client A on instance 1 changes a body, client B on instance 2
 *    sees it (through Redis); median and 95th percentile of sequential edits.
 * 2. Load: 20 maps × 10 clients, each map's clients spread over both instances, making
 *    random edits for MANDAT_BENCH_COLLAB_SECONDS (default 30). Afterwards every client
 *    of a map must hold the same map, and once all have left, PostgreSQL must hold it too.
 *
 * Needs Redis and PostgreSQL (MANDAT_TEST_REDIS_URL, MANDAT_TEST_POSTGRES_URL, by default
 * redis://127.0.0.1:6379 and postgres://mandat:mandat@127.0.0.1:5432/mandat; `.ci/run
 * services` starts both); without them it says so in one line. Run on its own with
 * `npx tsx test/bench/collabScale.ts`.
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { startCollabServer, type RunningCollabServer } from '../../server/collabServer';
import { createRedisSync } from '../../server/redisSync';
import { scaleExtensions } from '../../server/scaleOptions';
import { SessionStore } from '../../server/sessions';
import { applyCommand } from '../../shared/commands/apply';
import type { Command } from '../../shared/commands/types';
import { collectionMap, documentFromState, jsonEqual, LOCAL_ORIGIN, readModel } from '../../shared/model/document';
import type { BodyId, MemberId } from '../../shared/model/ids';
import { Rng } from './random';

const REDIS_URL = process.env.MANDAT_TEST_REDIS_URL || 'redis://127.0.0.1:6379';
const POSTGRES_URL = process.env.MANDAT_TEST_POSTGRES_URL || 'postgres://mandat:mandat@127.0.0.1:5432/mandat';
const MAPS = 20;
const CLIENTS_PER_MAP = 10;
const LATENCY_EDITS = 300;
/** Each load client edits every 100–400 ms (about 4 edits a second). */
const EDIT_GAP_MS: readonly [number, number] = [100, 400];

interface Client {
  readonly doc: Y.Doc;
  readonly provider: HocuspocusProvider;
  close(): void;
}

function connect(server: RunningCollabServer, document: string, token: string): Client {
  const doc = new Y.Doc();
  const socket = new HocuspocusProviderWebsocket({ url: server.wsUrl, WebSocketPolyfill: WebSocket, delay: 100, minDelay: 100, maxDelay: 1_000 });
  const provider = new HocuspocusProvider({ websocketProvider: socket, name: document, token, document: doc });
  provider.attach();
  return {
    doc,
    provider,
    close() {
      provider.destroy();
      socket.destroy();
    },
  };
}

async function waitFor(what: string, condition: () => boolean | Promise<boolean>, timeoutMs: number): Promise<number> {
  const t0 = performance.now();
  while (!(await condition())) {
    if (performance.now() - t0 > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
  return performance.now() - t0;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
}

/** Why the bench cannot run, in one line, or null. */
async function missingServices(): Promise<string | null> {
  const redis = createRedisSync({ url: REDIS_URL, log: () => undefined });
  try {
    await redis.ping(3_000);
  } catch (e) {
    return `Redis does not answer at ${REDIS_URL} (${e instanceof Error ? e.message : String(e)}); start it (.ci/run services) to measure this.`;
  } finally {
    redis.disconnect();
  }
  const client = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
  } catch (e) {
    return `PostgreSQL does not accept the connection (${e instanceof Error ? e.message : String(e)}); start it (.ci/run services) to measure this.`;
  } finally {
    await client.end().catch(() => undefined);
  }
  return null;
}

/** One random edit of the kind people make; false when the command was refused (a concurrent removal). */
function randomEdit(doc: Y.Doc, rng: Rng, who: string, n: number): boolean {
  const bodies = [...collectionMap(doc, 'bodies').keys()];
  const members = [...collectionMap(doc, 'members').keys()];
  const kind = rng.weighted<string>([
    ['rename', 40],
    ['meets', 20],
    ['addBody', 12],
    ['addMember', 10],
    ['addMembership', 12],
    ['removeBody', 3],
    ['removeMember', 3],
  ]);
  let command: Command;
  if (kind === 'addBody' || bodies.length === 0) command = { type: 'addBody', body: { id: `b-${who}-${n}` as BodyId, name: `Nämnd ${who} ${n}` } };
  else if (kind === 'addMember' || (kind === 'addMembership' && members.length === 0))
    command = { type: 'addMember', member: { id: `m-${who}-${n}` as MemberId, name: `Person ${who} ${n}` } };
  else if (kind === 'addMembership')
    command = { type: 'addMembership', membership: { member: rng.pick(members) as MemberId, body: rng.pick(bodies) as BodyId } };
  else if (kind === 'removeBody' && bodies.length > 10) command = { type: 'removeBody', id: rng.pick(bodies) as BodyId };
  else if (kind === 'removeMember' && members.length > 5) command = { type: 'removeMember', id: rng.pick(members) as MemberId };
  else if (kind === 'meets') command = { type: 'updateBody', id: rng.pick(bodies) as BodyId, changes: { meets: `${who} ${n}` } };
  else command = { type: 'updateBody', id: rng.pick(bodies) as BodyId, changes: { name: `Nämnd ${who} ${n}` } };
  return applyCommand(doc, command, LOCAL_ORIGIN).ok;
}

async function latency(one: RunningCollabServer, two: RunningCollabServer, tokens: SessionStore, documents: string[]): Promise<void> {
  const { document, editToken } = tokens.createSession('Latens');
  documents.push(document);
  const a = connect(one, document, editToken);
  const b = connect(two, document, editToken);
  try {
    await waitFor('both clients to sync', () => a.provider.isSynced && b.provider.isSynced, 15_000);
    applyCommand(a.doc, { type: 'addBody', body: { id: 'ks' as BodyId, name: 'start' } }, LOCAL_ORIGIN);
    await waitFor('the first body on the other instance', () => collectionMap(b.doc, 'bodies').has('ks'), 10_000);
    const nameOnB = () => collectionMap(b.doc, 'bodies').get('ks')?.get('name');
    const times: number[] = [];
    for (let i = 0; i < LATENCY_EDITS + 20; i++) {
      const name = `edit ${i}`;
      const arrived = new Promise<number>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`edit ${i} did not arrive within 10 s`)), 10_000);
        const check = () => {
          if (nameOnB() !== name) return;
          clearTimeout(timer);
          b.doc.off('update', check);
          resolve(performance.now());
        };
        b.doc.on('update', check);
      });
      const t0 = performance.now();
      applyCommand(a.doc, { type: 'updateBody', id: 'ks' as BodyId, changes: { name } }, LOCAL_ORIGIN);
      const t1 = await arrived;
      if (i >= 20) times.push(t1 - t0); // the first ones warm up
      await sleep(5);
    }
    times.sort((x, y) => x - y);
    console.log(
      `  edit to peer, client on instance 1 → client on instance 2 (${times.length} edits): ` +
        `median ${percentile(times, 0.5).toFixed(1)} ms, p95 ${percentile(times, 0.95).toFixed(1)} ms, max ${(times[times.length - 1] ?? NaN).toFixed(1)} ms`,
    );
  } finally {
    a.close();
    b.close();
  }
}

async function load(servers: readonly RunningCollabServer[], tokens: SessionStore, documents: string[], db: pg.Pool, seconds: number): Promise<boolean> {
  const maps: { document: string; clients: Client[] }[] = [];
  for (let m = 0; m < MAPS; m++) {
    const { document, editToken } = tokens.createSession(`Last ${m}`);
    documents.push(document);
    // Alternating instances: five clients of each map on each instance.
    maps.push({ document, clients: Array.from({ length: CLIENTS_PER_MAP }, (_, c) => connect(servers[c % servers.length]!, document, editToken)) });
  }
  const all = maps.flatMap((m) => m.clients);
  try {
    await waitFor(`${all.length} clients to sync`, () => all.every((c) => c.provider.isSynced), 30_000);
    // Each map starts with ten bodies, made by its first client.
    for (const [m, map] of maps.entries())
      for (let i = 0; i < 10; i++) applyCommand(map.clients[0]!.doc, { type: 'addBody', body: { id: `seed-${m}-${i}` as BodyId, name: `Nämnd ${i}` } }, LOCAL_ORIGIN);

    let edits = 0;
    let refused = 0;
    const until = performance.now() + seconds * 1_000;
    await Promise.all(
      all.map(async (client, i) => {
        const rng = new Rng(1_000 + i);
        let n = 0;
        await sleep(rng.int(EDIT_GAP_MS[1]));
        while (performance.now() < until) {
          if (randomEdit(client.doc, rng, `c${i}`, n++)) edits++;
          else refused++;
          await sleep(EDIT_GAP_MS[0] + rng.int(EDIT_GAP_MS[1] - EDIT_GAP_MS[0]));
        }
      }),
    );
    const sameMap = (map: (typeof maps)[number]) => {
      const first = readModel(map.clients[0]!.doc);
      return map.clients.every((c) => jsonEqual(readModel(c.doc), first));
    };
    let convergedMs: number;
    try {
      convergedMs = await waitFor('every map to converge', () => maps.every(sameMap), 30_000);
    } catch {
      convergedMs = NaN;
    }
    const converged = maps.filter(sameMap).length;
    const finals = maps.map((m) => readModel(m.clients[0]!.doc));
    console.log(
      `  ${MAPS} maps × ${CLIENTS_PER_MAP} clients over ${servers.length} instances, ${seconds} s of random edits: ` +
        `${edits} edits (${(edits / seconds).toFixed(0)}/s, ${refused} refused as concurrent removals made them invalid)`,
    );
    console.log(`  ${converged}/${MAPS} maps equal on all ${CLIENTS_PER_MAP} clients, ${convergedMs.toFixed(0)} ms after the last edit`);

    for (const c of all) c.close();
    const t0 = performance.now();
    await waitFor('the instances to store and unload every map', () => servers.every((s) => s.hocuspocus.getDocumentsCount() === 0), 60_000).catch(() => NaN);
    const saved = await db.query<{ name: string; state: Buffer }>('SELECT name, state FROM mandat_documents WHERE name = ANY($1)', [maps.map((m) => m.document)]);
    const rows = new Map(saved.rows.map((r) => [r.name, new Uint8Array(r.state)]));
    const stored = maps.filter((m, i) => {
      const state = rows.get(m.document);
      return state !== undefined && jsonEqual(readModel(documentFromState(state)), finals[i]);
    }).length;
    console.log(`  ${stored}/${MAPS} maps in PostgreSQL equal to the clients' map once all had left (stored and unloaded in ${(performance.now() - t0).toFixed(0)} ms)`);
    return converged === MAPS && stored === MAPS;
  } finally {
    for (const c of all) c.close();
  }
}

/** Prints the figures; returns whether every map converged and was stored. */
export async function main(): Promise<boolean> {
  const seconds = Number(process.env.MANDAT_BENCH_COLLAB_SECONDS || 30);
  if (!(seconds > 0)) throw new Error('MANDAT_BENCH_COLLAB_SECONDS must be a number of seconds > 0');
  console.log('Collaboration on two server instances with Redis and PostgreSQL');
  const missing = await missingServices();
  if (missing) {
    console.log(`  skipped: ${missing}`);
    return true;
  }
  const run = `bench${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
  const tmp = mkdtempSync(join(tmpdir(), 'mandat-collab-bench-'));
  const tokens = SessionStore.open(join(tmp, 'shared'));
  const db = new pg.Pool({ connectionString: POSTGRES_URL, max: 2 });
  const documents: string[] = [];
  const servers: RunningCollabServer[] = [];
  const problems: string[] = [];
  const log = (line: string) => {
    if (/could not|cannot|failed|refused/.test(line)) problems.push(line);
  };
  try {
    for (const label of ['one', 'two']) {
      const extensions = await scaleExtensions({
        redisUrl: REDIS_URL,
        postgresUrl: POSTGRES_URL,
        redis: { prefix: `mandat-${run}`, identifier: `${run}-${label}` },
        log,
      });
      servers.push(await startCollabServer({ port: 0, dataDir: join(tmp, label), persistence: 'none', extensions, tokens, log }));
    }
    await latency(servers[0]!, servers[1]!, tokens, documents);
    const ok = await load(servers, tokens, documents, db, seconds);
    if (problems.length > 0) console.log(`  server reported: ${problems.slice(0, 5).join(' | ')}`);
    return ok;
  } finally {
    await Promise.all(servers.map((s) => s.stop().catch(() => undefined)));
    if (documents.length > 0) await db.query('DELETE FROM mandat_documents WHERE name = ANY($1)', [documents]).catch(() => undefined);
    await db.end();
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const ok = await main();
  process.exit(ok ? 0 : 1);
}
