import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { DEFAULT_LIMITS } from '../../server/collabServer';
import { REASONS } from '../../server/refusals';
import { SessionStore } from '../../server/sessions';
import { createMapDocument } from '../../shared/model/document';
import { makeBody, makeModel } from '../factories';
import { connectClient, removeTempDirs, startTestServer, tempDir, waitFor, type TestClient, type TestServer } from './helpers';

const root = fileURLToPath(new URL('../..', import.meta.url));
let server: TestServer | null = null;
const clients: TestClient[] = [];
const sockets: WebSocket[] = [];
const children: ChildProcess[] = [];

afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  for (const s of sockets.splice(0)) s.terminate();
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await server?.stop();
  server = null;
  removeTempDirs();
});

type RawSocket = WebSocket & { closed: Promise<{ code: number; reason: string; at: number }>; received: Uint8Array[] };

/** A raw WebSocket to the server, open; `closed` says how and when the server closed it. */
async function rawSocket(url: string): Promise<RawSocket> {
  const ws = new WebSocket(url);
  sockets.push(ws);
  ws.on('error', () => undefined);
  const closed = new Promise<{ code: number; reason: string; at: number }>((resolve) => ws.once('close', (code, reason) => resolve({ code, reason: String(reason), at: Date.now() })));
  const received: Uint8Array[] = [];
  ws.on('message', (data) => received.push(new Uint8Array(data as Buffer)));
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  return Object.assign(ws, { closed, received });
}

/** The Hocuspocus authentication message for a document. */
function auth(document: string, token: string): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarString(e, document);
  encoding.writeVarUint(e, 2);
  encoding.writeVarUint(e, 0);
  encoding.writeVarString(e, token);
  return encoding.toUint8Array(e);
}

/** A data folder with one shared map whose stored copy cannot be read. */
function dataWithUnreadableMap(dataDir: string) {
  const session = SessionStore.open(dataDir).createSession('Map');
  mkdirSync(join(dataDir, 'docs'), { recursive: true });
  writeFileSync(join(dataDir, 'docs', `${session.document}.ystate`), 'not a Yjs state');
  return session;
}

/** The reason of a refused authentication (Auth message, permission denied) among the messages a socket received, or null. */
function refusalIn(ws: RawSocket): string | null {
  for (const message of ws.received) {
    const d = decoding.createDecoder(message);
    decoding.readVarString(d);
    if (decoding.readVarUint(d) === 2 && decoding.readVarUint(d) === 1) return decoding.readVarString(d);
  }
  return null;
}

const timers = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;

describe('the server after refused joins', () => {
  it('leaves no timer behind over 300 joins refused because the map cannot be loaded', async () => {
    const data = tempDir();
    const session = dataWithUnreadableMap(data.path);
    server = await startTestServer({ dataDir: data.path });
    const before = timers();
    for (let i = 0; i < 300; i++) {
      const ws = await rawSocket(server.wsUrl);
      ws.send(auth(session.document, session.editToken));
      await waitFor(() => refusalIn(ws) !== null, 'the refusal');
      expect(refusalIn(ws)).toBe(REASONS.unreadable);
      ws.terminate();
      await ws.closed;
    }
    await waitFor(() => server?.hocuspocus.getConnectionsCount() === 0, 'the connections to close');
    await new Promise((r) => setTimeout(r, 200));
    expect(timers()).toBeLessThanOrEqual(before + 2);
  }, 60_000);

  it('exits within 5 seconds of SIGTERM after refusing to load a map', async () => {
    const data = tempDir();
    const session = dataWithUnreadableMap(data.path);
    const child = spawn(process.execPath, [join(root, 'bin', 'mandat.js'), 'serve', '--lang', 'en', '--port', '0', '--data', data.path], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    let out = '';
    child.stdout?.on('data', (d) => (out += String(d)));
    child.stderr?.on('data', (d) => (out += String(d)));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    await waitFor(() => out.includes('Stop with Ctrl+C'), 'the server to start', 30_000);
    const port = Number(/127\.0\.0\.1:(\d+)/.exec(out)?.[1]);
    const ws = await rawSocket(`ws://127.0.0.1:${port}`);
    ws.send(auth(session.document, session.editToken));
    await waitFor(() => refusalIn(ws) === REASONS.unreadable, 'the refused load');
    const signalled = Date.now();
    child.kill('SIGTERM');
    const code = await exited;
    expect(Date.now() - signalled).toBeLessThan(5_000);
    expect(code).toBe(0);
    expect(out).toContain('stopped');
  }, 60_000);
});

describe('connections', () => {
  async function sharedMap(limits: Partial<typeof DEFAULT_LIMITS>) {
    server = await startTestServer({ limits });
    const session = server.sessions.createSession('Map');
    server.persistence?.seed(session.document, Y.encodeStateAsUpdate(createMapDocument(makeModel({ bodies: [makeBody('ks')] }))));
    return { server, session };
  }

  it('closes a connection past the cap at once with the reason, and takes one again when there is room', async () => {
    const { server, session } = await sharedMap({ maxConnections: 3 });
    const held = [await rawSocket(server.wsUrl), await rawSocket(server.wsUrl), await rawSocket(server.wsUrl)];
    const over = await rawSocket(server.wsUrl);
    expect(await over.closed).toMatchObject({ code: 1013, reason: REASONS.busy });
    expect(server.logLines.some((l) => l.includes('holds 3 connections, its limit'))).toBe(true);

    held[0]?.terminate();
    await held[0]?.closed;
    await new Promise((r) => setTimeout(r, 100));
    const client = connectClient(server.wsUrl, session.document, session.editToken);
    clients.push(client);
    await waitFor(() => client.synced(), 'a client to join once there is room');
  });

  it('closes a connection that presents no valid invitation in time, and keeps one that does', async () => {
    const { server, session } = await sharedMap({ authTimeoutMs: 300 });
    const opened = Date.now();
    const silent = await rawSocket(server.wsUrl);
    const wrong = await rawSocket(server.wsUrl);
    wrong.send(auth(session.document, 'not-a-token'));
    const client = connectClient(server.wsUrl, session.document, session.editToken);
    clients.push(client);
    const [quiet, refused] = await Promise.all([silent.closed, wrong.closed]);
    expect(quiet).toMatchObject({ code: 4408, reason: REASONS.authTimeout });
    expect(refused.code).toBe(4408);
    expect(quiet.at - opened).toBeGreaterThanOrEqual(250);
    expect(quiet.at - opened).toBeLessThan(3_000);
    await new Promise((r) => setTimeout(r, 600));
    expect(client.synced()).toBe(true);
    expect(client.closeReason).toBeNull();
    expect(server.hocuspocus.getConnectionsCount()).toBe(1);
  });

  it('has a cap and a timeout by default', () => {
    expect(DEFAULT_LIMITS.maxConnections).toBe(1_000);
    expect(DEFAULT_LIMITS.authTimeoutMs).toBe(15_000);
  });
});
