/**
 * The live-collaboration part of the benchmarks: the collaboration server in a process
 * of its own on 127.0.0.1 (with --expose-gc), real @hocuspocus/provider clients in this
 * one. Measures how long an edit takes to reach the other clients of a map (2 and 25
 * clients; goal p95 ≤ 50 ms with 25), then 20 maps × 10 clients editing at random for
 * MANDAT_BENCH_COLLAB_SECONDS (default 30): whether every map ends the same for everyone,
 * the server's event-loop delay, and its memory before, during and after (goal: after
 * every client has left, the heap is back within 10% of where it started).
 *
 * Run alone with `npx tsx test/bench/collab.ts`.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NewSession } from '../../server/sessions';
import { applyCommand } from '../../shared/commands/apply';
import { LOCAL_ORIGIN, metaMap } from '../../shared/model/document';
import { connectClient, sameMaps, waitFor, type TestClient } from '../server/helpers';
import { randomCommand } from '../server/randomEdits';
import type { BenchRequest, Memory } from './collabServerProcess';
import { Rng } from './random';

const GOALS = { p95Ms: 50, memoryGrowth: 0.1 };
const MAPS = 20;
const CLIENTS_PER_MAP = 10;
const LATENCY_EDITS = 100;

type Request = BenchRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

/** The server process and a way to ask it things. */
async function startServerProcess(dataDir: string) {
  const child: ChildProcess = fork(fileURLToPath(new URL('./collabServerProcess.ts', import.meta.url)), [dataDir], {
    execArgv: ['--expose-gc', '--import', 'tsx', ...(process.env.BENCH_PROF ? ['--cpu-prof', '--cpu-prof-dir=' + process.env.BENCH_PROF] : [])],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const waiting = new Map<number, (result: unknown) => void>();
  child.on('message', (m: { id: number; result: unknown }) => waiting.get(m.id)?.(m.result));
  const ready = new Promise<{ wsUrl: string }>((resolve) => waiting.set(0, (r) => resolve(r as { wsUrl: string })));
  let next = 1;
  const ask = <T>(request: Request): Promise<T> =>
    new Promise((resolve) => {
      const id = next++;
      waiting.set(id, (r) => {
        waiting.delete(id);
        resolve(r as T);
      });
      child.send({ ...request, id });
    });
  const { wsUrl } = await ready;
  return { child, wsUrl, ask };
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

const ms = (v: number) => `${v.toFixed(1)} ms`;
const mb = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(1)} MB`;

/** Edit → peer latency: one client at a time changes the map, every other client notes when it arrives. */
async function latency(wsUrl: string, session: NewSession, clients: number): Promise<number[]> {
  const team = Array.from({ length: clients }, () => connectClient(wsUrl, session.document, session.editToken));
  try {
    await waitFor(() => team.every((c) => c.synced()), `${clients} clients to sync`, 30_000);
    const sent = new Map<string, number>();
    const received = new Map<string, number[]>();
    team.forEach((client) => {
      const meta = metaMap(client.doc);
      meta.observe((event) => {
        const at = performance.now();
        if (event.transaction.local || !event.keysChanged.has('description')) return;
        const tag = String(meta.get('description'));
        const t0 = sent.get(tag);
        if (t0 !== undefined) received.get(tag)?.push(at - t0);
      });
    });
    const samples: number[] = [];
    for (let n = -10; n < LATENCY_EDITS; n++) {
      const tag = `ping ${n}`;
      const writer = team[(n + 10) % team.length] as TestClient;
      received.set(tag, []);
      sent.set(tag, performance.now());
      applyCommand(writer.doc, { type: 'updateMeta', changes: { description: tag } }, LOCAL_ORIGIN);
      await waitFor(() => (received.get(tag)?.length ?? 0) >= clients - 1, `edit ${n} to reach every peer`, 5_000);
      // The first ten warm up the server and the clients.
      if (n >= 0) samples.push(...(received.get(tag) as number[]));
      await new Promise((r) => setTimeout(r, 5));
    }
    return samples.sort((a, b) => a - b);
  } finally {
    for (const c of team) c.destroy();
  }
}

interface LoadHooks {
  /** When every client has synced and the edits begin. */
  start(): Promise<void>;
  /** Halfway through the edits. */
  midway(): Promise<Memory>;
  /** When the edits end, before waiting for the maps to agree. */
  end(): Promise<void>;
}

/** 20 maps × 10 clients, each editing at random every 0.2–1 s, for `seconds`; then whether all agree. */
async function load(wsUrl: string, sessions: readonly NewSession[], seconds: number, hooks: LoadHooks) {
  const teams = sessions.map((s) => Array.from({ length: CLIENTS_PER_MAP }, () => connectClient(wsUrl, s.document, s.editToken)));
  const all = teams.flat();
  const readers: TestClient[] = [];
  try {
    await waitFor(() => all.every((c) => c.synced()), 'every client to sync', 60_000);
    await hooks.start();
    let edits = 0;
    const timers = all.map((client, i) => {
      const rng = new Rng(1000 + i);
      const tick = () => {
        if (applyCommand(client.doc, randomCommand(rng, client.doc), LOCAL_ORIGIN).ok) edits++;
        timers[i] = setTimeout(tick, 200 + rng.int(800));
      };
      return setTimeout(tick, rng.int(1000));
    });
    await new Promise((r) => setTimeout(r, (seconds * 1000) / 2));
    const during = await hooks.midway();
    await new Promise((r) => setTimeout(r, (seconds * 1000) / 2));
    timers.forEach((t) => clearTimeout(t));
    await hooks.end();
    let equal = true;
    try {
      await waitFor(() => all.every((c) => c.settled()) && teams.every((team) => sameMaps(team.map((c) => c.doc))), 'every map to agree', 60_000);
      // A reader joining now gets what the server holds: the same map again.
      sessions.forEach((s) => readers.push(connectClient(wsUrl, s.document, s.viewToken)));
      await waitFor(() => readers.every((r) => r.synced()), 'the readers to sync', 30_000);
      equal = teams.every((team, i) => sameMaps([...team.map((c) => c.doc), (readers[i] as TestClient).doc]));
    } catch {
      equal = false;
    }
    return { edits, equal, during };
  } finally {
    for (const c of [...all, ...readers]) c.destroy();
  }
}

/** The server's memory after a GC, once every client has left and every map is unloaded (at most 15 s). */
async function waitForUnload(ask: Awaited<ReturnType<typeof startServerProcess>>['ask']): Promise<Memory> {
  let m = await ask<Memory>({ type: 'memory', gc: true });
  const deadline = Date.now() + 15_000;
  while ((m.documents > 0 || m.connections > 0) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 250));
    m = await ask<Memory>({ type: 'memory', gc: true });
  }
  return m;
}

export async function main(): Promise<void> {
  const seconds = Number(process.env.MANDAT_BENCH_COLLAB_SECONDS ?? 30);
  const dataDir = mkdtempSync(join(tmpdir(), 'mandat-bench-collab-'));
  const server = await startServerProcess(dataDir);
  try {
    console.log('Live collaboration (the server in its own process on 127.0.0.1; @hocuspocus/provider clients in this one)');
    for (const clients of [2, 25]) {
      const [session] = await server.ask<NewSession[]>({ type: 'share', count: 1 });
      const s = await latency(server.wsUrl, session as NewSession, clients);
      const p95 = percentile(s, 95);
      const verdict = clients === 25 ? (p95 <= GOALS.p95Ms ? 'PASS' : 'MISS') : 'info';
      console.log(
        `  ${verdict}  edit → peer, ${String(clients).padStart(2)} clients on one map: median ${ms(percentile(s, 50))}, p95 ${ms(p95)}, max ${ms(s[s.length - 1] as number)} (${s.length} arrivals)${clients === 25 ? `   goal p95 ≤ ${GOALS.p95Ms} ms` : ''}`,
      );
    }
    // The start: after a short round of the same load on other maps, so that what the
    // server keeps for good (compiled code, caches) is not counted as growth; every client
    // gone, garbage collected. The cold figure is printed beside it.
    const cold = await server.ask<Memory>({ type: 'memory', gc: true });
    const warmUp = await server.ask<NewSession[]>({ type: 'share', count: MAPS });
    const warmSeconds = Math.min(5, Math.max(1, seconds / 4));
    await load(server.wsUrl, warmUp, warmSeconds, { start: async () => undefined, midway: () => server.ask<Memory>({ type: 'memory', gc: false }), end: async () => undefined });
    await waitForUnload(server.ask);
    const sessions = await server.ask<NewSession[]>({ type: 'share', count: MAPS });
    const before = await server.ask<Memory>({ type: 'memory', gc: true });
    let lag = { p99: NaN, max: NaN };
    const result = await load(server.wsUrl, sessions, seconds, {
      start: () => server.ask({ type: 'lag-start' }),
      // No collection here: it would stop the server's event loop that is being measured.
      midway: () => server.ask<Memory>({ type: 'memory', gc: false }),
      end: async () => {
        lag = await server.ask<{ p99: number; max: number }>({ type: 'lag' });
      },
    });
    const after = await waitForUnload(server.ask);
    const growth = (after.heapUsed - before.heapUsed) / before.heapUsed;
    console.log(`  ${MAPS} maps × ${CLIENTS_PER_MAP} clients, random edits every 0.2–1 s each for ${seconds} s: ${result.edits} edits`);
    console.log(`    ${result.equal ? 'PASS' : 'MISS'}  final states equal: ${result.equal ? 'yes' : 'no'} (every client and a reader joining afterwards, on each map)`);
    console.log(`    info  server event-loop delay while editing: p99 ${ms(lag.p99)}, max ${ms(lag.max)}`);
    console.log(
      `    info  server memory: cold ${mb(cold.heapUsed)} heap / ${mb(cold.rss)} rss; start (after a ${warmSeconds} s warm-up and a GC) ${mb(before.heapUsed)} / ${mb(before.rss)}; during ${mb(result.during.heapUsed)} / ${mb(result.during.rss)} (${result.during.connections} connections, ${result.during.documents} maps); after all left (after a GC) ${mb(after.heapUsed)} / ${mb(after.rss)} (${after.documents} maps loaded)`,
    );
    console.log(
      `    ${Math.abs(growth) <= GOALS.memoryGrowth && after.documents === 0 ? 'PASS' : 'MISS'}  heap after every client left: ${growth >= 0 ? '+' : ''}${(growth * 100).toFixed(1)}% of the start   goal within ${GOALS.memoryGrowth * 100}%`,
    );
  } finally {
    const exited = new Promise((r) => server.child.once('exit', r));
    await server.ask({ type: 'stop' });
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
    server.child.kill();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
