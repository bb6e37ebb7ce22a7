import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readableState } from '../../server/filePersistence';
import { REASONS } from '../../server/refusals';
import { SessionFileError, SessionStore } from '../../server/sessions';
import { applyCommand } from '../../shared/commands/apply';
import { createMapDocument, documentFromState, LOCAL_ORIGIN, readModel } from '../../shared/model/document';
import type { BodyId } from '../../shared/model/ids';
import { makeBody, makeModel } from '../factories';
import { connectClient, removeTempDirs, startTestServer, tempDir, waitFor, type TestClient, type TestServer } from './helpers';

const servers: TestServer[] = [];
const clients: TestClient[] = [];

afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  for (const s of servers.splice(0)) await s.stop();
  removeTempDirs();
});

async function start(dataDir?: string) {
  const server = await startTestServer(dataDir ? { dataDir } : {});
  servers.push(server);
  return server;
}

function share(server: TestServer) {
  const session = server.sessions.createSession('Map');
  server.persistence?.seed(session.document, Y.encodeStateAsUpdate(createMapDocument(makeModel({ bodies: [makeBody('ks')] }))));
  return session;
}

function joinMap(server: TestServer, document: string, token: string) {
  const client = connectClient(server.wsUrl, document, token);
  clients.push(client);
  return client;
}

function storedModel(server: TestServer, document: string) {
  return readModel(documentFromState(new Uint8Array(readFileSync(server.persistence?.fileOf(document) as string))));
}

const rename = (client: TestClient, name: string) => applyCommand(client.doc, { type: 'updateBody', id: 'ks' as BodyId, changes: { name } }, LOCAL_ORIGIN);

describe('file persistence', () => {
  it('stores a map about 2 seconds after the last edit', async () => {
    const server = await start();
    const session = share(server);
    const client = joinMap(server, session.document, session.editToken);
    await waitFor(() => client.synced(), 'sync');
    rename(client, 'Stored');
    await waitFor(() => client.settled(), 'the edit to reach the server');
    const edited = Date.now();
    await waitFor(() => storedModel(server, session.document).bodies.get('ks')?.name === 'Stored', 'the edit to be stored', 5_000);
    const delay = Date.now() - edited;
    expect(delay).toBeGreaterThan(1_500);
    expect(delay).toBeLessThan(4_500);
  });

  // Edits 1.9 s apart never let the 2 s debounce run out; Hocuspocus alone would store only
  // with the first edit after 10 s (at 11.4 s), storeDeadline.ts at 10 s.
  it('stores no later than 10 seconds after an edit, also while the edits go on', async () => {
    const server = await start();
    const session = share(server);
    const client = joinMap(server, session.document, session.editToken);
    await waitFor(() => client.synced(), 'sync');
    let first = 0;
    let n = 0;
    const typing = setInterval(() => {
      first ||= Date.now();
      rename(client, `Edit ${++n}`);
    }, 1_900);
    try {
      await waitFor(() => storedModel(server, session.document).bodies.get('ks')?.name !== 'Body ks', 'a store while typing', 12_000);
    } finally {
      clearInterval(typing);
    }
    const waited = Date.now() - first;
    expect(waited).toBeGreaterThan(9_500);
    expect(waited).toBeLessThan(10_900);
  }, 20_000);

  it('stores everything on stop, and a restarted server serves what was stored', async () => {
    const data = tempDir();
    const server = await start(data.path);
    const session = share(server);
    const client = joinMap(server, session.document, session.editToken);
    await waitFor(() => client.synced(), 'sync');
    rename(client, 'Just before stopping');
    await waitFor(() => client.settled(), 'the edit to reach the server');
    client.destroy();
    await server.stop();
    expect(storedModel(server, session.document).bodies.get('ks')?.name).toBe('Just before stopping');
    expect(readdirSync(join(data.path, 'docs')).filter((f) => f.endsWith('.tmp'))).toEqual([]);

    const again = await start(data.path);
    expect(again.sessions.roleOf(session.document, session.editToken)).toBe('edit');
    const later = joinMap(again, session.document, session.viewToken);
    await waitFor(() => later.synced(), 'sync after the restart');
    expect(readModel(later.doc).bodies.get('ks')?.name).toBe('Just before stopping');
  });

  it('never writes over a stored map it cannot read, refuses it with the reason, and serves the others', async () => {
    const server = await start();
    const damaged = share(server);
    const truncated = share(server);
    const fine = share(server);
    const garbage = Buffer.from('this is not a Yjs state at all');
    writeFileSync(server.persistence?.fileOf(damaged.document) as string, garbage);
    const whole = readFileSync(server.persistence?.fileOf(truncated.document) as string);
    const cut = whole.subarray(0, Math.floor(whole.length / 2));
    writeFileSync(server.persistence?.fileOf(truncated.document) as string, cut);
    expect(readableState(new Uint8Array(cut))).toBe(false);

    const a = joinMap(server, damaged.document, damaged.editToken);
    const b = joinMap(server, truncated.document, truncated.editToken);
    const c = joinMap(server, fine.document, fine.editToken);
    await waitFor(() => a.refusal !== null && b.refusal !== null && c.synced(), 'two refusals and one sync');
    expect(a.refusal).toBe('unavailable: the saved copy of this map cannot be read; the server has kept it untouched');
    expect(b.refusal).toBe(REASONS.unreadable);
    expect(server.logLines.some((l) => l.includes(`${damaged.document}.ystate is damaged`))).toBe(true);

    // Edits made in the refused clients, then every store there is, leave the files as they were.
    rename(a, 'Over the damage');
    rename(c, 'Fine');
    await waitFor(() => c.settled(), 'the fine edit');
    await server.storeAll();
    await server.stop();
    expect(readFileSync(server.persistence?.fileOf(damaged.document) as string)).toEqual(garbage);
    expect(readFileSync(server.persistence?.fileOf(truncated.document) as string)).toEqual(cut);
    expect(storedModel(server, fine.document).bodies.get('ks')?.name).toBe('Fine');
  });
});

describe('the session store', () => {
  it('keeps sessions in sessions.json, readable by the owner only, with 43-character tokens', () => {
    const data = tempDir();
    const store = SessionStore.open(data.path);
    const s = store.createSession('Karta');
    expect(s.document).toMatch(/^[a-f0-9]{32}$/);
    expect(s.editToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(s.viewToken).not.toBe(s.editToken);
    const again = SessionStore.open(data.path);
    expect(again.roleOf(s.document, s.editToken)).toBe('edit');
    expect(again.roleOf(s.document, s.viewToken)).toBe('view');
    expect(again.roleOf(s.document, s.viewToken.slice(0, -1))).toBeNull();
    expect(again.roleOf(s.document, '')).toBeNull();
    expect(again.roleOf('0'.repeat(32), s.editToken)).toBeNull();
    if (process.platform !== 'win32') expect(statSync(join(data.path, 'sessions.json')).mode & 0o077).toBe(0);
    expect(again.revoke(s.document)).toBe(true);
    expect(SessionStore.open(data.path).list()).toEqual([]);
    data.remove();
  });

  it('refuses a damaged sessions.json and leaves it as it is', () => {
    const data = tempDir();
    const path = join(data.path, 'sessions.json');
    writeFileSync(path, '{"version": 1, "sessions": [{"document": "../../etc"}]}');
    expect(() => SessionStore.open(data.path)).toThrow(SessionFileError);
    writeFileSync(path, '{ not json');
    expect(() => SessionStore.open(data.path)).toThrow(/cannot be read/);
    expect(readFileSync(path, 'utf8')).toBe('{ not json');
    expect(existsSync(join(data.path, 'docs'))).toBe(false);
    data.remove();
  });
});
