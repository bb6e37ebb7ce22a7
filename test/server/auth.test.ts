import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { REASONS } from '../../server/refusals';
import { applyCommand } from '../../shared/commands/apply';
import { createMapDocument, documentFromState, LOCAL_ORIGIN, readModel } from '../../shared/model/document';
import type { BodyId } from '../../shared/model/ids';
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

function share(s: TestServer, name: string) {
  const session = s.sessions.createSession(name);
  s.persistence?.seed(session.document, Y.encodeStateAsUpdate(createMapDocument(makeModel({ bodies: [makeBody('ks')] }, undefined))));
  return session;
}

function join(s: TestServer, document: string, token: string | null): TestClient {
  const client = connectClient(s.wsUrl, document, token);
  clients.push(client);
  return client;
}

describe('who may open a map', () => {
  it('refuses no token, a wrong token and another map’s token with the reason, and keeps serving the others', async () => {
    server = await startTestServer();
    const mine = share(server, 'Mine');
    const other = share(server, 'Other');
    const none = join(server, mine.document, null);
    const wrong = join(server, mine.document, 'x'.repeat(43));
    const borrowed = join(server, mine.document, other.editToken);
    await waitFor(() => [none, wrong, borrowed].every((c) => c.refusal !== null), 'three refusals');

    // What the provider's onAuthenticationFailed({ reason }) receives, word for word.
    expect(none.refusal).toBe('unauthorized: this link has no invitation token');
    expect(wrong.refusal).toBe('forbidden: this invitation is not valid for this map');
    expect(borrowed.refusal).toBe(REASONS.forbidden);
    for (const c of [none, wrong, borrowed]) {
      expect(c.authenticated).toBe(false);
      expect(readModel(c.doc).bodies.size).toBe(0);
    }

    // The refused clients' edits go nowhere; a welcome client works as before.
    applyCommand(wrong.doc, { type: 'addBody', body: { id: 'intruder' as BodyId, name: 'Intrång' } }, LOCAL_ORIGIN);
    const ok = join(server, mine.document, mine.editToken);
    const ok2 = join(server, other.document, other.viewToken);
    await waitFor(() => ok.synced() && ok2.synced(), 'the welcome clients to sync');
    applyCommand(ok.doc, { type: 'addBody', body: { id: 'ksau' as BodyId, name: 'KSAU' } }, LOCAL_ORIGIN);
    await waitFor(() => ok.settled(), 'the edit to be acknowledged');
    const live = serverDoc(server, mine.document) as Y.Doc;
    expect([...readModel(live).bodies.keys()].sort()).toEqual(['ks', 'ksau']);
    expect(server.logLines.filter((l) => l.startsWith('refused'))).toHaveLength(3);
    expect(server.logLines.join('\n')).not.toContain(other.editToken);
  });

  it('lets a viewer read and follow along, but nothing it writes reaches the stored map or the others', async () => {
    server = await startTestServer();
    const session = share(server, 'Map');
    const editor = join(server, session.document, session.editToken);
    const viewer = join(server, session.document, session.viewToken);
    await waitFor(() => editor.synced() && viewer.synced(), 'both to sync');
    expect(viewer.provider.authorizedScope).toBe('readonly');
    expect(editor.provider.authorizedScope).toBe('read-write');

    applyCommand(viewer.doc, { type: 'updateBody', id: 'ks' as BodyId, changes: { name: 'Changed by a viewer' } }, LOCAL_ORIGIN);
    applyCommand(viewer.doc, { type: 'addBody', body: { id: 'v' as BodyId, name: 'Viewer’s body' } }, LOCAL_ORIGIN);
    applyCommand(editor.doc, { type: 'addBody', body: { id: 'e' as BodyId, name: 'Editor’s body' } }, LOCAL_ORIGIN);
    await waitFor(() => readModel(viewer.doc).bodies.has('e'), 'the editor’s edit to reach the viewer');
    await waitFor(() => editor.settled(), 'the editor’s edit to be acknowledged');
    // The viewer is told its change was not taken; it stays unsynced.
    await new Promise((r) => setTimeout(r, 200));
    expect(viewer.provider.hasUnsyncedChanges).toBe(true);

    // Another client joining now sees the editor's edit and none of the viewer's.
    const late = join(server, session.document, session.editToken);
    await waitFor(() => late.synced(), 'the late client to sync');
    for (const doc of [editor.doc, late.doc, serverDoc(server, session.document) as Y.Doc]) {
      const model = readModel(doc);
      expect(model.bodies.get('ks')?.name).toBe('Body ks');
      expect(model.bodies.has('v')).toBe(false);
      expect(model.bodies.has('e')).toBe(true);
    }
    expect(sameMaps([editor.doc, late.doc])).toBe(true);

    // Nor does it reach the file, also after the viewer reconnects and syncs its state again.
    viewer.disconnect();
    viewer.reconnect();
    await waitFor(() => viewer.synced(), 'the viewer to sync again');
    await server.storeAll();
    const stored = readModel(documentFromState(new Uint8Array(readFileSync(server.persistence?.fileOf(session.document) as string))));
    expect(stored.bodies.has('v')).toBe(false);
    expect(stored.bodies.get('ks')?.name).toBe('Body ks');
    expect(stored.bodies.has('e')).toBe(true);
  });

  it('closes the connections of a revoked invitation and refuses it from then on', async () => {
    server = await startTestServer();
    const session = share(server, 'Map');
    const editor = join(server, session.document, session.editToken);
    const viewer = join(server, session.document, session.viewToken);
    await waitFor(() => editor.synced() && viewer.synced(), 'both to sync');

    expect(server.sessions.revoke(session.document, session.viewToken)).toBe(true);
    // The viewer's socket is closed; its provider reconnects by itself and is refused with the reason.
    await waitFor(() => viewer.refusal === REASONS.forbidden, 'the viewer to be refused');
    // The editor is not disturbed, and still edits.
    applyCommand(editor.doc, { type: 'addBody', body: { id: 'after' as BodyId, name: 'After' } }, LOCAL_ORIGIN);
    await waitFor(() => editor.settled(), 'the editor’s edit to be acknowledged');
    expect(editor.refusal).toBeNull();
    expect(readModel(viewer.doc).bodies.has('after')).toBe(false);
    expect(server.sessions.roleOf(session.document, session.editToken)).toBe('edit');
    expect(server.sessions.roleOf(session.document, session.viewToken)).toBeNull();
  });
});
