import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { analyse } from '../../shared/analysis/analyse';
import { applyCommand } from '../../shared/commands/apply';
import { createMapDocument, LOCAL_ORIGIN, readModel } from '../../shared/model/document';
import type { BodyId } from '../../shared/model/ids';
import { Rng } from '../bench/random';
import { makeBody, makeModel } from '../factories';
import { connectClient, removeTempDirs, sameMaps, serverDoc, startTestServer, waitFor, type TestClient, type TestServer } from './helpers';
import { randomCommand } from './randomEdits';

let server: TestServer | null = null;
const clients: TestClient[] = [];

afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  await server?.stop();
  server = null;
  removeTempDirs();
});

/** A session whose server document starts as `model`, with the CRDT history of a document made from it. */
function shareModel(s: TestServer, model = makeModel({ bodies: [makeBody('ks'), makeBody('bra')] })) {
  const session = s.sessions.createSession('Test');
  s.persistence?.seed(session.document, Y.encodeStateAsUpdate(createMapDocument(model)));
  return session;
}

function join(s: TestServer, document: string, token: string): TestClient {
  const client = connectClient(s.wsUrl, document, token);
  clients.push(client);
  return client;
}

describe('live sessions', () => {
  it('gives two clients the shared map and each one the other’s edit', async () => {
    server = await startTestServer();
    const session = shareModel(server);
    const a = join(server, session.document, session.editToken);
    const b = join(server, session.document, session.editToken);
    await waitFor(() => a.synced() && b.synced(), 'both clients to sync');
    expect(readModel(a.doc).bodies.get('ks')?.name).toBe('Body ks');

    applyCommand(a.doc, { type: 'updateBody', id: 'ks' as BodyId, changes: { name: 'Kommunstyrelsen' } }, LOCAL_ORIGIN);
    applyCommand(b.doc, { type: 'addBody', body: { id: 'ksau' as BodyId, name: 'KSAU', partOf: 'ks' as BodyId } }, LOCAL_ORIGIN);
    await waitFor(() => sameMaps([a.doc, b.doc]) && readModel(a.doc).bodies.has('ksau') && readModel(b.doc).bodies.get('ks')?.name === 'Kommunstyrelsen', 'the edits to cross');
    await waitFor(() => a.settled() && b.settled(), 'the server to acknowledge both');
    expect(sameMaps([a.doc, b.doc, serverDoc(server, session.document) as Y.Doc])).toBe(true);
  });

  it.each([20260101, 7, 4455])('brings five clients editing at random, going offline and back, to one map with the same findings (seed %i)', async (seed) => {
    server = await startTestServer();
    const session = shareModel(server);
    const rng = new Rng(seed);
    const team = Array.from({ length: 5 }, () => join(server as TestServer, session.document, session.editToken));
    await waitFor(() => team.every((c) => c.synced()), 'all five to sync');
    const online = team.map(() => true);
    let applied = 0;
    let offline = 0;
    for (let step = 0; step < 300; step++) {
      const i = rng.int(team.length);
      const client = team[i] as TestClient;
      if (rng.chance(0.06)) {
        if (online[i]) client.disconnect();
        else client.reconnect();
        online[i] = !online[i];
      } else if (applyCommand(client.doc, randomCommand(rng, client.doc), LOCAL_ORIGIN).ok) {
        applied++;
        if (!online[i]) offline++;
      }
      // Let the network run between some edits, so that edits cross in flight and also arrive in between.
      if (rng.chance(0.3)) await new Promise((r) => setTimeout(r, rng.int(15)));
    }
    team.forEach((c, i) => online[i] || c.reconnect());
    const docs = [...team.map((c) => c.doc)];
    await waitFor(() => team.every((c) => c.settled()) && sameMaps([...docs, serverDoc(server as TestServer, session.document) as Y.Doc]), 'every map to be the same', 20_000);

    expect(applied).toBeGreaterThan(150);
    expect(offline).toBeGreaterThan(10);
    const models = docs.map((d) => readModel(d));
    const findings = models.map((m) => JSON.stringify(analyse(m, { asOf: '2026-01-01' })));
    expect(new Set(findings).size).toBe(1);
    // The random edits did something: bodies were added, and the findings are about them.
    expect(models[0]?.bodies.size).toBeGreaterThan(2);
  });
});
