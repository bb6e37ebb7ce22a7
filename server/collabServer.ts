import type { Extension, Hocuspocus, onAuthenticatePayload, onListenPayload, onStoreDocumentPayload } from '@hocuspocus/server';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { authentication, type MandatContext } from './authentication';
import { documentLimits } from './documentLimits';
import { filePersistence, type FilePersistence } from './filePersistence';
import { MandatHocuspocus } from './mandatHocuspocus';
import { REASONS } from './refusals';
import { SessionStore, type TokenLookup } from './sessions';
import { storeDeadline } from './storeDeadline';
import { noWebBuild, webFileHandler } from './webFiles';

export interface CollabLimits {
  /** The largest WebSocket frame accepted; a larger one closes the socket (1009). */
  readonly maxFrameBytes: number;
  /** The largest a map may grow (its encoded Yjs state); a change past it is refused. */
  readonly maxDocumentBytes: number;
  /** The largest presence (awareness) update, which is sent to everyone on the map. */
  readonly maxAwarenessBytes: number;
  /** What one connection may send before it has authenticated (Hocuspocus closes it beyond). */
  readonly maxUnauthenticatedBytes: number;
  readonly maxUnauthenticatedMessages: number;
  /** How many maps one connection may ask for before any of them is authenticated. */
  readonly maxPendingDocuments: number;
  /** How much may wait unsent to one client before it is dropped as too slow. */
  readonly maxBufferedBytes: number;
  /** How many WebSocket connections the server holds at once; one more is closed (1013) at once. */
  readonly maxConnections: number;
  /** How long a connection may stay open without a valid invitation; then it is closed (4408). */
  readonly authTimeoutMs: number;
}

export const DEFAULT_LIMITS: CollabLimits = {
  maxFrameBytes: 16 * 1024 ** 2,
  maxDocumentBytes: 64 * 1024 ** 2,
  maxAwarenessBytes: 64 * 1024,
  maxUnauthenticatedBytes: 1024 ** 2,
  maxUnauthenticatedMessages: 100,
  maxPendingDocuments: 10,
  maxBufferedBytes: 128 * 1024 ** 2,
  maxConnections: 1_000,
  authTimeoutMs: 15_000,
};

/** A map is stored this long after its last edit… */
export const STORE_DEBOUNCE_MS = 2_000;
/** …and never later than this after an edit, also while edits go on. */
export const STORE_MAX_DEBOUNCE_MS = 10_000;

export interface CollabServerOptions {
  /** Where to listen; only there (default 127.0.0.1, never every address unless asked). */
  readonly host?: string;
  /** Default 4455; 0 takes any free port. */
  readonly port?: number;
  /** sessions.json and, with file persistence, docs/<document>.ystate. */
  readonly dataDir: string;
  /** A web build (dist/web) to serve on the same address, for colleagues' browsers. */
  readonly webRoot?: string | null;
  /** 'none' when an extension of `extensions` stores the maps (default 'files'). */
  readonly persistence?: 'files' | 'none';
  /** More Hocuspocus extensions (Redis, a database). */
  readonly extensions?: readonly Extension[];
  /** Who may open which map; default the session store of `dataDir`. */
  readonly tokens?: TokenLookup;
  readonly limits?: Partial<CollabLimits>;
  readonly log?: (line: string) => void;
}

export interface RunningCollabServer {
  /** http://host:port */
  readonly url: string;
  /** ws://host:port */
  readonly wsUrl: string;
  readonly host: string;
  readonly port: number;
  readonly hocuspocus: Hocuspocus;
  readonly sessions: SessionStore;
  /** The file persistence, or null with persistence 'none'. */
  readonly persistence: FilePersistence | null;
  /** Stores every map in memory now (as a shutdown does), without closing anything. */
  storeAll(): Promise<void>;
  /** Stores every map, closes every connection and stops listening. */
  stop(): Promise<void>;
}

/** `host` as it is written in a URL ([::1] for IPv6). */
export function urlHost(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}

/** The Fetch API request Hocuspocus hands to its hooks, from Node's. */
function toRequest(req: IncomingMessage, host: string, port: number): Request {
  const headers = new Headers();
  for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) {
    try {
      headers.append(req.rawHeaders[i] as string, req.rawHeaders[i + 1] as string);
    } catch {
      // A header the Fetch API refuses is of no use to the hooks.
    }
  }
  let url: URL;
  try {
    url = new URL(req.url ?? '/', `http://${urlHost(host)}:${port}`);
  } catch {
    url = new URL(`http://${urlHost(host)}:${port}/`);
  }
  return new Request(url, { headers });
}

function bytesOf(data: RawData): Uint8Array {
  if (Array.isArray(data)) data = Buffer.concat(data);
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

/** Runs the collaboration server: Hocuspocus on our own HTTP server and `ws`, bound to one host. */
export async function startCollabServer(options: CollabServerOptions): Promise<RunningCollabServer> {
  const host = options.host ?? '127.0.0.1';
  const log = options.log ?? (() => undefined);
  const limits: CollabLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const sessions = SessionStore.open(options.dataDir);
  const persistence = (options.persistence ?? 'files') === 'files' ? filePersistence(options.dataDir, log) : null;
  // Connections not yet authenticated, by the request Hocuspocus hands to onAuthenticate: the end of their wait.
  const awaitingAuthentication = new WeakMap<Request, () => void>();
  const hocuspocus = new MandatHocuspocus({
    name: 'mandat',
    quiet: true,
    // Stored at most 2 s after the last edit, and never later than 10 s after an edit.
    debounce: STORE_DEBOUNCE_MS,
    maxDebounce: STORE_MAX_DEBOUNCE_MS,
    unloadImmediately: true,
    maxUnauthenticatedQueueSize: limits.maxUnauthenticatedBytes,
    maxUnauthenticatedQueueMessages: limits.maxUnauthenticatedMessages,
    maxPendingDocuments: limits.maxPendingDocuments,
    extensions: [
      authentication(options.tokens ?? sessions, log),
      {
        extensionName: 'MandatAuthenticated',
        // Right after authentication.ts: reached only when it accepted the token.
        priority: 999,
        async onAuthenticate({ request }: onAuthenticatePayload) {
          awaitingAuthentication.get(request)?.();
        },
      },
      documentLimits(limits.maxDocumentBytes, limits.maxAwarenessBytes, log),
      storeDeadline(STORE_MAX_DEBOUNCE_MS),
      ...(persistence ? [persistence] : []),
      ...(options.extensions ?? []),
    ],
  });
  // A withdrawn invitation ends the sockets that use it; the provider reconnects and is refused then.
  const stopRevokeListener = sessions.onRevoke((document, token) => {
    for (const connection of hocuspocus.documents.get(document)?.getConnections() ?? []) {
      const context = connection.context as Partial<MandatContext>;
      if (token === null || context.token === token) connection.webSocket.close(4403, 'invitation withdrawn');
    }
  });

  const httpServer = createServer(options.webRoot ? await webFileHandler(options.webRoot) : noWebBuild);
  // No compression: a small compressed frame must not become a large one in memory.
  const wss = new WebSocketServer({ noServer: true, maxPayload: limits.maxFrameBytes, perMessageDeflate: false });
  let stopping: Promise<void> | null = null;
  let port = options.port ?? 4455;

  let lastBusyLog = 0;
  const accept = (ws: WebSocket, req: IncomingMessage) => {
    ws.on('error', (e) => log(`connection error: ${e.message}`));
    if (wss.clients.size > limits.maxConnections) {
      if (Date.now() - lastBusyLog > 10_000) {
        lastBusyLog = Date.now();
        log(`refused a connection: the server holds ${limits.maxConnections} connections, its limit`);
      }
      ws.close(1013, REASONS.busy);
      return;
    }
    const socket = {
      get readyState() {
        return ws.readyState;
      },
      send(data: Uint8Array) {
        // A client that reads nothing must not make the server hold everything for it.
        if (ws.bufferedAmount > limits.maxBufferedBytes) {
          log('dropped a client that does not read what it is sent');
          ws.terminate();
          return;
        }
        ws.send(data);
      },
      close(code?: number, reason?: string) {
        try {
          ws.close(code, reason);
        } catch {
          ws.terminate();
        }
      },
    };
    const request = toRequest(req, host, port);
    const connection = hocuspocus.handleConnection(socket, request);
    // A socket that presents no valid invitation in time is closed, so idle sockets cannot pile up.
    const authTimer = setTimeout(() => {
      log('closed a connection that presented no valid invitation in time');
      socket.close(4408, REASONS.authTimeout);
      setTimeout(() => ws.terminate(), 1_000).unref();
    }, limits.authTimeoutMs);
    awaitingAuthentication.set(request, () => {
      clearTimeout(authTimer);
      awaitingAuthentication.delete(request);
    });
    ws.on('message', (data, isBinary) => {
      try {
        // The protocol is binary; text is not a Hocuspocus message.
        if (!isBinary) return socket.close(1003, 'binary messages only');
        connection.handleMessage(bytesOf(data));
      } catch (e) {
        log(`closed a connection whose message could not be handled: ${e instanceof Error ? e.message : String(e)}`);
        ws.terminate();
      }
    });
    ws.on('close', (code, reason) => {
      clearTimeout(authTimer);
      connection.handleClose({ code, reason: reason.toString() });
    });
  };

  httpServer.on('upgrade', (req, socket, head) => {
    socket.on('error', () => socket.destroy());
    if (stopping) return void socket.destroy();
    wss.handleUpgrade(req, socket, head, (ws) => accept(ws, req));
  });
  httpServer.on('clientError', (_e, socket) => socket.destroy());

  try {
    await new Promise<void>((resolve, reject) => {
      httpServer.once('error', reject);
      httpServer.listen({ port, host, exclusive: true }, () => {
        httpServer.off('error', reject);
        resolve();
      });
    });
  } catch (e) {
    stopRevokeListener();
    await hocuspocus.hooks('onDestroy', { instance: hocuspocus }).catch(() => undefined);
    throw e;
  }
  port = (httpServer.address() as AddressInfo).port;
  await hocuspocus.hooks('onListen', { instance: hocuspocus, configuration: hocuspocus.configuration, port } as onListenPayload);
  const url = `http://${urlHost(host)}:${port}`;
  log(`listening on ${url}`);

  const storeAll = async () => {
    await Promise.all(
      [...hocuspocus.documents.values()]
        .filter((document) => !document.isLoading)
        .map((document) => {
          const payload: onStoreDocumentPayload = {
            instance: hocuspocus,
            clientsCount: document.getConnectionsCount(),
            document,
            documentName: document.name,
            lastContext: {},
            lastTransactionOrigin: { source: 'local' },
          };
          return hocuspocus.storeDocumentHooks(document, payload, true);
        }),
    );
  };

  const stop = () => {
    stopping ??= (async () => {
      stopRevokeListener();
      const closed = new Promise<void>((resolve) => httpServer.close(() => resolve()));
      await storeAll();
      hocuspocus.closeConnections();
      for (const ws of wss.clients) ws.close(1001, 'server stopping');
      // Give the documents a moment to unload (each is stored again if it changed since).
      const deadline = Date.now() + 5_000;
      while (hocuspocus.getDocumentsCount() > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      if (hocuspocus.getDocumentsCount() > 0) await storeAll();
      for (const ws of wss.clients) ws.terminate();
      httpServer.closeAllConnections();
      await closed;
      await hocuspocus.hooks('onDestroy', { instance: hocuspocus });
      log('stopped');
    })();
    return stopping;
  };

  return { url, wsUrl: `ws://${urlHost(host)}:${port}`, host, port, hocuspocus, sessions, persistence, storeAll, stop };
}
