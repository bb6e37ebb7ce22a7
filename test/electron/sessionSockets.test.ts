import { describe, expect, it } from 'vitest';
import { createCollabHost } from '../../electron/collabHost';
import { contentSecurityPolicy } from '../../electron/security/appProtocol';
import { hostableSocketOrigins, socketAllowed, socketOrigin } from '../../electron/security/sessionSockets';

const connectSrc = (policy: string) => policy.split('; ').find((d) => d.startsWith('connect-src'));

describe('the desktop content security policy', () => {
  it('allows no WebSocket at all without a session, and never any host', () => {
    expect(connectSrc(contentSecurityPolicy())).toBe("connect-src 'self'");
    expect(contentSecurityPolicy()).not.toMatch(/\bwss?:(\s|;|$)/);
  });

  it('allows WebSockets exactly to the given session origins, dropping anything that is not one', () => {
    const policy = contentSecurityPolicy(['ws://127.0.0.1:4455', 'ws://10.1.2.3:4455/path', 'ws://127.0.0.1:4455', 'http://evil.example', 'ws://*:4455', 'wss://u:p@host:1', 'not a url']);
    expect(connectSrc(policy)).toBe("connect-src 'self' ws://127.0.0.1:4455 ws://10.1.2.3:4455");
    expect(policy).toContain("default-src 'none'");
  });

  it('names the port on each address this computer can host on', () => {
    expect(hostableSocketOrigins(['127.0.0.1', '10.1.2.3', 'fe80::1'], 4455)).toEqual(['ws://127.0.0.1:4455', 'ws://10.1.2.3:4455', 'ws://[fe80::1]:4455']);
  });
});

describe('which sockets a page may open', () => {
  it('only to an allowed origin, whatever the path', () => {
    const allowed = ['ws://10.1.2.3:4455'];
    expect(socketAllowed('ws://10.1.2.3:4455/doc?x=1', allowed)).toBe(true);
    expect(socketAllowed('ws://10.1.2.3:4456/', allowed)).toBe(false);
    expect(socketAllowed('wss://10.1.2.3:4455/', allowed)).toBe(false);
    expect(socketAllowed('ws://evil.example:4455/', allowed)).toBe(false);
    expect(socketOrigin('https://10.1.2.3:4455')).toBeNull();
  });

  it('to the session being hosted while it runs, and to none before or after', async () => {
    const server = {
      start: async ({ host, port }: { host: string; port: number }) => ({
        url: `http://${host}:${port}`,
        wsUrl: `ws://${host}:${port}`,
        createSession: async () => ({ document: 'd', editToken: 'e', viewToken: 'v' }),
        stop: async () => undefined,
      }),
    };
    const host = createCollabHost({ server, dataDir: () => '/nowhere', webRoot: '/nowhere', port: 5123 });
    expect(host.socketOrigins()).toEqual([]);
    const r = await host.handlers['session:host']({ windowId: 1 }, { name: 'Karta', state: new Uint8Array(), host: '127.0.0.1' });
    expect(r.ok).toBe(true);
    expect(host.socketOrigins()).toEqual(['ws://127.0.0.1:5123']);
    await host.handlers['session:stop']({ windowId: 1 });
    expect(host.socketOrigins()).toEqual([]);
  });
});
