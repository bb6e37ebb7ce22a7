import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import { createCollabHost, hostAddresses, invitationLinks } from '../../electron/collabHost';
import { startHostServer } from '../../electron/hostServer';
import { createMapDocument, readModel } from '../../shared/model/document';
import { emptyModel } from '../../shared/model/empty';
import { connectClient, tempDir, waitFor, type TestClient } from '../server/helpers';

const context = { windowId: 1 };
const clients: TestClient[] = [];
afterEach(() => {
  for (const c of clients.splice(0)) c.destroy();
});

describe('hosting a live session from the desktop app', () => {
  it('offers this computer and its network addresses, never all addresses at once', () => {
    const fake = () => ({ lo: [{ family: 'IPv4', internal: true, address: '127.0.0.1' }], eth0: [{ family: 'IPv4', internal: false, address: '10.1.2.3' }, { family: 'IPv6', internal: false, address: 'fe80::1' }] });
    expect(hostAddresses(fake as never)).toEqual(['127.0.0.1', '10.1.2.3']);
    expect(hostAddresses(fake as never)).not.toContain('0.0.0.0');
  });

  it('writes the session and token after # in the links', () => {
    const links = invitationLinks('http://10.1.2.3:4455', 'ws://10.1.2.3:4455', { document: 'd1', editToken: 'e/1', viewToken: 'v' });
    expect(links.editLink).toBe('http://10.1.2.3:4455/#session=d1&token=e%2F1');
    expect(links.viewLink).toBe('http://10.1.2.3:4455/#session=d1&token=v');
  });

  it('starts the embedded server with the open map; colleagues join with the edit link, viewers cannot change it; stop ends it', async () => {
    const dir = tempDir();
    const host = createCollabHost({ server: { start: startHostServer }, dataDir: () => dir.path, webRoot: dir.path, port: 0 });
    const source = createMapDocument(emptyModel({ name: 'Delad karta' }));
    const r = await host.handlers['session:host'](context, { name: 'Delad karta', state: new Uint8Array(Y.encodeStateAsUpdate(source)), host: '127.0.0.1' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const { invitation } = r;
    expect(invitation.editLink).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#session=[^&]+&token=.+/);
    const editor = connectClient(invitation.wsUrl, invitation.document, invitation.token);
    clients.push(editor);
    await waitFor(() => editor.synced(), 'the colleague to sync');
    expect(readModel(editor.doc).meta.name).toBe('Delad karta');
    const viewToken = decodeURIComponent(/token=([^&]+)/.exec(invitation.viewLink)![1]!);
    const viewer = connectClient(invitation.wsUrl, invitation.document, viewToken);
    clients.push(viewer);
    await waitFor(() => viewer.synced(), 'the viewer to sync');
    expect(viewer.provider.authorizedScope).toBe('readonly');
    expect(host.isHosting()).toBe(true);
    await host.handlers['session:stop'](context);
    expect(host.isHosting()).toBe(false);
    dir.remove();
  });

  it('refuses an address that is not this computer’s', async () => {
    const dir = tempDir();
    const host = createCollabHost({ server: { start: startHostServer }, dataDir: () => dir.path, webRoot: dir.path, port: 0 });
    const r = await host.handlers['session:host'](context, { name: 'x', state: new Uint8Array([0, 0]), host: '203.0.113.9' });
    expect(r).toMatchObject({ ok: false, message: { en: '203.0.113.9 is not an address of this computer.' } });
    expect(host.isHosting()).toBe(false);
    dir.remove();
  });
});
