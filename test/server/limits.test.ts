import * as encoding from 'lib0/encoding';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { REASONS } from '../../server/refusals';
import { applyCommand } from '../../shared/commands/apply';
import { createMapDocument, jsonEqual, LOCAL_ORIGIN, readModel } from '../../shared/model/document';
import type { BodyId } from '../../shared/model/ids';
import { Rng } from '../bench/random';
import { makeBody, makeModel } from '../factories';
import { connectClient, removeTempDirs, sameMaps, serverDoc, startTestServer, waitFor, type TestClient, type TestServer } from './helpers';

let server: TestServer | null = null;
const clients: TestClient[] = [];
const sockets: WebSocket[] = [];

afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  for (const s of sockets.splice(0)) s.terminate();
  await server?.stop();
  server = null;
  removeTempDirs();
});

async function setUp(limits = {}) {
  server = await startTestServer({ limits });
  const session = server.sessions.createSession('Map');
  server.persistence?.seed(session.document, Y.encodeStateAsUpdate(createMapDocument(makeModel({ bodies: [makeBody('ks')] }))));
  const a = connectClient(server.wsUrl, session.document, session.editToken);
  const b = connectClient(server.wsUrl, session.document, session.editToken);
  clients.push(a, b);
  await waitFor(() => a.synced() && b.synced(), 'the two clients to sync');
  return { server, session, a, b };
}

/** A raw WebSocket to the server, open. */
async function rawSocket(url: string): Promise<WebSocket & { closed: Promise<number> }> {
  const ws = new WebSocket(url);
  sockets.push(ws);
  ws.on('error', () => undefined);
  const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  return Object.assign(ws, { closed });
}

/** A Hocuspocus message: document name, type, then whatever `write` adds. */
function message(document: string, type: number, write: (e: encoding.Encoder) => void = () => undefined): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarString(e, document);
  encoding.writeVarUint(e, type);
  write(e);
  return encoding.toUint8Array(e);
}

const auth = (document: string, token: string) =>
  message(document, 2, (e) => {
    encoding.writeVarUint(e, 0);
    encoding.writeVarString(e, token);
  });
const update = (document: string, bytes: Uint8Array) =>
  message(document, 0, (e) => {
    encoding.writeVarUint(e, 2);
    encoding.writeVarUint8Array(e, bytes);
  });

/** The two clients still edit together and agree with the server. */
async function stillWorking(s: TestServer, document: string, a: TestClient, b: TestClient, id: string) {
  applyCommand(a.doc, { type: 'addBody', body: { id: id as BodyId, name: id } }, LOCAL_ORIGIN);
  await waitFor(() => readModel(b.doc).bodies.has(id) && a.settled(), `the edit ${id} to reach the other client`);
  expect(sameMaps([a.doc, b.doc, serverDoc(s, document) as Y.Doc])).toBe(true);
}

describe('what the server takes from a connection', () => {
  it('survives garbage frames and plain text before authentication, and the others keep working', async () => {
    const { server, session, a, b } = await setUp();
    const before = readModel(a.doc);
    const rng = new Rng(99);
    const garbage: Uint8Array[] = [];
    for (let i = 0; i < 100; i++) garbage.push(Uint8Array.from({ length: 1 + rng.int(300) }, () => rng.int(256)));
    // Well-addressed messages with random content, of every message type.
    for (let i = 0; i < 100; i++)
      garbage.push(message(session.document, rng.int(12), (e) => encoding.writeUint8Array(e, Uint8Array.from({ length: rng.int(200) }, () => rng.int(256)))));
    for (const frame of garbage) {
      const ws = await rawSocket(server.wsUrl);
      ws.send(frame);
      ws.send(frame);
    }
    const text = await rawSocket(server.wsUrl);
    text.send('GET / HTTP/1.1\r\nHost: example\r\n\r\nhello');
    expect(await text.closed).toBe(1003);

    await stillWorking(server, session.document, a, b, 'after-garbage');
    expect(jsonEqual(readModel(b.doc).bodies.get('ks'), before.bodies.get('ks'))).toBe(true);
  });

  it('closes a socket that sends a frame over the limit, and one that floods before authenticating', async () => {
    const { server, session, a, b } = await setUp({ maxFrameBytes: 64 * 1024, maxUnauthenticatedMessages: 50 });
    const big = await rawSocket(server.wsUrl);
    big.send(update(session.document, new Uint8Array(100 * 1024)));
    expect(await big.closed).toBe(1009);

    const flood = await rawSocket(server.wsUrl);
    for (let i = 0; i < 60; i++) flood.send(message(session.document, 1, (e) => encoding.writeVarUint8Array(e, new Uint8Array(10))));
    expect(await flood.closed).toBe(4205);

    await stillWorking(server, session.document, a, b, 'after-flood');
  });

  it('refuses a malformed change from an authenticated editor without applying any of it', async () => {
    const { server, session, a, b } = await setUp();
    const rng = new Rng(5);
    const editor = await rawSocket(server.wsUrl);
    editor.send(auth(session.document, session.editToken));
    // A real change with its tail cut off: the structs decode, the delete set does not.
    const source = new Y.Doc();
    source.getMap('bodies').set('evil', new Y.Map());
    const whole = Y.encodeStateAsUpdate(source);
    editor.send(update(session.document, whole.slice(0, whole.length - 1)));
    for (let i = 0; i < 30; i++) editor.send(update(session.document, Uint8Array.from({ length: 1 + rng.int(100) }, () => rng.int(256))));
    await waitFor(() => server.logLines.some((l) => l.startsWith('refused a malformed change')), 'the refusal');
    await stillWorking(server, session.document, a, b, 'after-malformed');
    expect(readModel(b.doc).bodies.has('evil')).toBe(false);
    expect(readModel(serverDoc(server, session.document) as Y.Doc).bodies.has('evil')).toBe(false);
  });

  it('refuses a change that would make the map too large, before storing or sending it', async () => {
    const { server, session, a, b } = await setUp({ maxDocumentBytes: 10_000 });
    expect(applyCommand(a.doc, { type: 'updateBody', id: 'ks' as BodyId, changes: { notes: 'x'.repeat(15_000) } }, LOCAL_ORIGIN).ok).toBe(true);
    await waitFor(() => a.closeReason !== null, 'the refusal');
    expect(a.closeReason).toBe(REASONS.tooLarge);
    await server.storeAll();
    expect(readModel(serverDoc(server, session.document) as Y.Doc).bodies.get('ks')?.notes).toBe('');
    expect(readModel(b.doc).bodies.get('ks')?.notes).toBe('');

    // A third client and the second one go on with ordinary edits.
    const c = connectClient(server.wsUrl, session.document, session.editToken);
    clients.push(c);
    await waitFor(() => c.synced(), 'the third client to sync');
    await stillWorking(server, session.document, c, b, 'small');
  });

  it('refuses a presence update larger than the limit', async () => {
    const { a } = await setUp({ maxAwarenessBytes: 1_000 });
    a.provider.setAwarenessField('user', { name: 'x'.repeat(5_000) });
    await waitFor(() => a.closeReason !== null, 'the refusal');
    expect(a.closeReason).toBe(REASONS.awarenessTooLarge);
  });
});
