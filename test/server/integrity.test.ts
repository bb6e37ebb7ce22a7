import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readableState } from '../../server/filePersistence';
import { REASONS } from '../../server/refusals';
import { applyCommand } from '../../shared/commands/apply';
import type { Command } from '../../shared/commands/types';
import { createMapDocument, LOCAL_ORIGIN, readModel } from '../../shared/model/document';
import { readModelWithProblems } from '../../shared/model/documentReader';
import type { BodyId, ViewId } from '../../shared/model/ids';
import { makeBody, makeModel } from '../factories';
import { connectClient, removeTempDirs, sameMaps, serverDoc, startTestServer, waitFor, type TestClient, type TestServer } from './helpers';

let server: TestServer | null = null;
const clients: TestClient[] = [];

afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  await server?.stop();
  server = null;
  removeTempDirs();
});

const SEED = () => Y.encodeStateAsUpdate(createMapDocument(makeModel({ bodies: [makeBody('ks')] })));

async function share(seed = SEED()) {
  server = await startTestServer();
  const session = server.sessions.createSession('Map');
  server.persistence?.seed(session.document, seed);
  return { server, session };
}

function joinMap(s: TestServer, document: string, token: string): TestClient & { stateless: string[] } {
  const client = Object.assign(connectClient(s.wsUrl, document, token), { stateless: [] as string[] });
  client.provider.on('stateless', ({ payload }: { payload: string }) => client.stateless.push(payload));
  clients.push(client);
  return client;
}

const run = (doc: Y.Doc, command: Command) => expect(applyCommand(doc, command, LOCAL_ORIGIN).ok).toBe(true);
const addBody = (doc: Y.Doc, id: string) => run(doc, { type: 'addBody', body: { id: id as BodyId, name: id } });

/** Has a client's provider send `update` as if its document had made it. */
const sendAs = (client: TestClient, update: Uint8Array) => client.doc.emit('update', [update, 'crafted', client.doc, null as unknown as Y.Transaction]);

/** A change to a body the server has never seen (made in a copy of `doc`), without the change that adds the body. */
function danglingChange(doc: Y.Doc): { update: Uint8Array; missing: Uint8Array } {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  const before = Y.encodeStateVector(copy);
  addBody(copy, 'unseen');
  const between = Y.encodeStateVector(copy);
  run(copy, { type: 'updateBody', id: 'unseen' as BodyId, changes: { notes: 'depends on the unseen body' } });
  return { update: Y.encodeStateAsUpdate(copy, between), missing: Y.encodeStateAsUpdate(copy, before) };
}

const storedState = (s: TestServer, document: string) => new Uint8Array(readFileSync(s.persistence?.fileOf(document) as string));

describe('changes that need changes the server does not have', () => {
  it('are not applied or stored, the sender is told, and the map still opens after it unloads', async () => {
    const { server, session } = await share();
    const a = joinMap(server, session.document, session.editToken);
    const b = joinMap(server, session.document, session.editToken);
    await waitFor(() => a.synced() && b.synced(), 'sync');

    sendAs(a, danglingChange(a.doc).update);
    await waitFor(() => a.stateless.length > 0, 'the sender to be told');
    expect(JSON.parse(a.stateless[0] as string)).toEqual({ refused: REASONS.incomplete });
    expect(server.logLines.some((l) => /did not apply a change to map .* that needs changes it does not have/.test(l))).toBe(true);
    const live = serverDoc(server, session.document) as Y.Doc;
    expect(live.store.pendingStructs).toBeNull();

    // The sender goes on editing; its edits are acknowledged and reach the other client.
    addBody(a.doc, 'after');
    await waitFor(() => readModel(b.doc).bodies.has('after') && a.settled(), 'the next edit to cross');
    await server.storeAll();
    expect(readableState(storedState(server, session.document))).toBe(true);

    // Everyone leaves, the map unloads, and a newcomer opens it with every edit.
    for (const c of clients.splice(0)) c.destroy();
    await waitFor(() => server.hocuspocus.getDocumentsCount() === 0, 'the map to unload');
    const c = joinMap(server, session.document, session.viewToken);
    await waitFor(() => c.synced() || c.refusal !== null, 'the newcomer to sync');
    expect(c.refusal).toBeNull();
    expect([...readModel(c.doc).bodies.keys()].sort()).toEqual(['after', 'ks']);
  });

  it('does not apply a deletion of changes the server does not have', async () => {
    const { server, session } = await share();
    const a = joinMap(server, session.document, session.editToken);
    await waitFor(() => a.synced(), 'sync');
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(a.doc));
    addBody(copy, 'ghost');
    const added = Y.encodeStateVector(copy);
    run(copy, { type: 'removeBody', id: 'ghost' as BodyId });
    sendAs(a, Y.encodeStateAsUpdate(copy, added));
    await waitFor(() => a.stateless.length > 0, 'the sender to be told');
    expect(server.logLines.some((l) => l.includes('needs deletions of changes it does not have'))).toBe(true);
    expect((serverDoc(server, session.document) as Y.Doc).store.pendingDs).toBeNull();
  });

  it('come in with the sync an honest client answers with, when it sent them before their earlier parts', async () => {
    const { server, session } = await share();
    const a = joinMap(server, session.document, session.editToken);
    const b = joinMap(server, session.document, session.editToken);
    await waitFor(() => a.synced() && b.synced(), 'sync');
    // The client has the earlier change, but the server never got it.
    const { update, missing } = danglingChange(a.doc);
    Y.applyUpdate(a.doc, missing, 'not sent');
    sendAs(a, update);
    await waitFor(() => readModel(b.doc).bodies.get('unseen' as BodyId)?.notes === 'depends on the unseen body', 'the answer to the server’s sync to bring both');
    await waitFor(() => a.settled(), 'the sender to have nothing unsent');
  });

  it('opens a stored copy that holds such changes with what can be read, and sets the copy aside untouched', async () => {
    const seed = SEED();
    const { update } = danglingChange(createMapDocument(makeModel({ bodies: [makeBody('ks')] })));
    const poisoned = Y.mergeUpdates([seed, update]);
    expect(readableState(poisoned)).toBe(false);
    const { server, session } = await share(seed);
    const file = server.persistence?.fileOf(session.document) as string;
    writeFileSync(file, poisoned);

    const a = joinMap(server, session.document, session.editToken);
    await waitFor(() => a.synced() || a.refusal !== null, 'the map to open');
    expect(a.refusal).toBeNull();
    expect([...readModel(a.doc).bodies.keys()]).toEqual(['ks']);
    const aside = readdirSync(dirname(file)).filter((f) => f.startsWith(`${session.document}.ystate.incomplete-`));
    expect(aside).toHaveLength(1);
    expect(new Uint8Array(readFileSync(join(dirname(file), aside[0] as string)))).toEqual(poisoned);
    expect(readableState(storedState(server, session.document))).toBe(true);
    expect(server.logLines.some((l) => l.includes('set aside untouched as') && l.includes(aside[0] as string))).toBe(true);
    expect(existsSync(file)).toBe(true);
  });
});

describe('content that does not fit the map', () => {
  const misfits: [string, (doc: Y.Doc) => void][] = [
    ['a collection entry that is a number', (doc) => doc.getMap('bodies').set('evil', 5)],
    ['a field of the wrong type', (doc) => (doc.getMap('bodies').get('ks') as Y.Map<unknown>).set('name', 42)],
    ['a word outside the vocabulary', (doc) => (doc.getMap('bodies').get('ks') as Y.Map<unknown>).set('kind', 'dictatorship')],
    ['a field the model does not have', (doc) => (doc.getMap('bodies').get('ks') as Y.Map<unknown>).set('password', 'x')],
    ['a nested type where a value belongs', (doc) => (doc.getMap('bodies').get('ks') as Y.Map<unknown>).set('notes', new Y.Text('x'))],
    ['an unknown collection', (doc) => doc.getMap('secrets').set('x', 1)],
    ['a list at the top', (doc) => doc.getArray('bodies-list').push([1])],
    ['a wrong value in a nested map', (doc) => ((doc.getMap('bodies').get('ks') as Y.Map<unknown>).get('mandate') as Y.Map<unknown>).set('decidedBy', 7)],
  ];

  it.each(misfits)('refuses %s, tells the sender, and later joiners load the map', async (_what, misfit) => {
    const { server, session } = await share();
    const a = joinMap(server, session.document, session.editToken);
    const b = joinMap(server, session.document, session.editToken);
    await waitFor(() => a.synced() && b.synced(), 'sync');
    const before = readModel(b.doc);
    misfit(a.doc);
    await waitFor(() => a.closeReason !== null, 'the refusal');
    expect(a.closeReason).toBe(REASONS.invalid);
    expect(server.logLines.some((l) => l.includes('that does not fit the map'))).toBe(true);

    // The other client still edits; a later joiner reads the map with no problem.
    addBody(b.doc, 'later');
    await waitFor(() => b.settled(), 'the other client’s edit');
    const c = joinMap(server, session.document, session.viewToken);
    await waitFor(() => c.synced(), 'the later joiner to sync');
    const read = readModelWithProblems(c.doc);
    expect(read.problems).toEqual([]);
    expect([...read.model.bodies.keys()].sort()).toEqual([...before.bodies.keys(), 'later'].sort());
    expect(sameMaps([b.doc, c.doc, serverDoc(server, session.document) as Y.Doc])).toBe(true);
  });

  it('accepts every kind of ordinary edit, nested maps included', async () => {
    const { server, session } = await share();
    const a = joinMap(server, session.document, session.editToken);
    const b = joinMap(server, session.document, session.editToken);
    await waitFor(() => a.synced() && b.synced(), 'sync');
    run(a.doc, { type: 'updateBody', id: 'ks' as BodyId, changes: { position: { x: 10, y: -4 }, mandate: { decidedBy: 'ks' as BodyId, requiredMembers: ['Ordförande'] }, validFrom: '2024-01-01' } });
    run(a.doc, { type: 'addComment', comment: { target: { kind: 'body', id: 'ks' as BodyId }, text: 'Vem kallar?', author: 'Anna' } });
    run(a.doc, { type: 'updateSettings', changes: { overlapThreshold: 0.7, language: 'en' } });
    run(a.doc, { type: 'updateMeta', changes: { name: 'Kartan' } });
    run(a.doc, { type: 'addView', view: { id: 'v1' as ViewId, name: 'KS i fokus', asOf: '2024-01-01', viewport: { x: 5, y: 6, zoom: 1.5 }, focus: 'ks' as BodyId, filters: { kind: 'committee' } } });
    run(a.doc, { type: 'updateView', id: 'v1' as ViewId, changes: { order: 2, filters: { levels: ['political'] } as never } });
    run(a.doc, { type: 'removeBody', id: 'ks' as BodyId });
    await waitFor(() => a.settled() && sameMaps([a.doc, b.doc]), 'the edits to cross');
    expect(a.closeReason).toBeNull();
    expect(readModel(b.doc).meta.name).toBe('Kartan');
    // A saved view crosses a live session with its nested viewport and filters; the removed body clears its focus.
    expect(readModel(b.doc).views.get('v1')).toMatchObject({ viewport: { x: 5, y: 6, zoom: 1.5 }, focus: null, order: 2, filters: { levels: ['political'], kind: 'committee' } });
  });
});
