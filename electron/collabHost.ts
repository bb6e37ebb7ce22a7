import { networkInterfaces } from 'node:os';
import { text } from '../shared/i18n/text';
import type { HostedSession } from '../shared/ipc';
import type { IpcHandlers } from './ipc/handlers';
import { socketOrigin } from './security/sessionSockets';

/** The port a hosted session listens on unless told otherwise. */
export const DEFAULT_HOST_PORT = 4455;

export type SessionChannel = 'session:addresses' | 'session:host' | 'session:stop';

/** What hosting needs from the collaboration server (server/collabServer.ts), injected so this module is tested without Electron. */
export interface HostServer {
  start(options: { host: string; port: number; dataDir: string; webRoot: string }): Promise<{
    readonly url: string;
    readonly wsUrl: string;
    createSession(name: string, state: Uint8Array): Promise<{ document: string; editToken: string; viewToken: string }>;
    stop(): Promise<void>;
  }>;
}

export interface CollabHostDeps {
  readonly server: HostServer;
  /** The app's data folder for sessions (userData/sessions). */
  readonly dataDir: () => string;
  /** The built web version, served to colleagues who join from a browser. */
  readonly webRoot: string;
  readonly port?: number;
  readonly interfaces?: typeof networkInterfaces;
}

/** The addresses a session may be offered on: this computer only, or one of its network addresses (never all of them at once). */
export function hostAddresses(interfaces: typeof networkInterfaces = networkInterfaces): string[] {
  const out = ['127.0.0.1'];
  for (const list of Object.values(interfaces())) for (const i of list ?? []) if (i.family === 'IPv4' && !i.internal) out.push(i.address);
  return [...new Set(out)];
}

/** The invitation links: the server's page, with the session and token after `#` (never sent to a server in a request). */
export function invitationLinks(url: string, wsUrl: string, s: { document: string; editToken: string; viewToken: string }): HostedSession {
  const link = (token: string): string => `${url}/#session=${encodeURIComponent(s.document)}&token=${encodeURIComponent(token)}`;
  return { editLink: link(s.editToken), viewLink: link(s.viewToken), wsUrl, document: s.document, token: s.editToken };
}

/**
 * "Host a session": starts the embedded collaboration server on the address the user
 * picked (one at a time, only an address of this computer), creates a session seeded
 * with the open map, and stops it when the user stops hosting or the app quits.
 */
export function createCollabHost(deps: CollabHostDeps) {
  let running: Awaited<ReturnType<HostServer['start']>> | null = null;
  const stop = async (): Promise<void> => {
    const r = running;
    running = null;
    await r?.stop();
  };
  const handlers: Pick<IpcHandlers, SessionChannel> = {
    'session:addresses': () => hostAddresses(deps.interfaces),
    'session:host': async (_context, { name, state, host }) => {
      if (!hostAddresses(deps.interfaces).includes(host))
        return { ok: false, message: text(`${host} är inte en adress på den här datorn.`, `${host} is not an address of this computer.`) };
      try {
        await stop();
        running = await deps.server.start({ host, port: deps.port ?? DEFAULT_HOST_PORT, dataDir: deps.dataDir(), webRoot: deps.webRoot });
        const session = await running.createSession(name, state);
        return { ok: true, invitation: invitationLinks(running.url, running.wsUrl, session) };
      } catch (e) {
        await stop().catch(() => undefined);
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EADDRINUSE')
          return { ok: false, message: text(`Porten ${deps.port ?? DEFAULT_HOST_PORT} används redan av ett annat program.`, `Port ${deps.port ?? DEFAULT_HOST_PORT} is already used by another program.`) };
        const detail = e instanceof Error ? e.message : String(e);
        return { ok: false, message: text(`Sessionen kunde inte startas: ${detail}`, `The session could not be started: ${detail}`) };
      }
    },
    'session:stop': () => stop(),
  };
  // The one WebSocket origin the app's pages may use now: the session being hosted.
  const socketOrigins = (): string[] => {
    const origin = running ? socketOrigin(running.wsUrl) : null;
    return origin ? [origin] : [];
  };
  return { handlers, stop, isHosting: (): boolean => running !== null, socketOrigins };
}
