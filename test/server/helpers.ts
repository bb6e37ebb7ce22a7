import { HocuspocusProvider, HocuspocusProviderWebsocket, WebSocketStatus } from '@hocuspocus/provider';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { startCollabServer, type CollabServerOptions, type RunningCollabServer } from '../../server/collabServer';
import { jsonEqual, readModel } from '../../shared/model/document';

const folders: string[] = [];

/** A fresh folder, removed by the returned function or by removeTempDirs(). */
export function tempDir(prefix = 'mandat-server-'): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  folders.push(path);
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** Removes every folder tempDir() made (call after the servers using them have stopped). */
export function removeTempDirs(): void {
  for (const path of folders.splice(0)) rmSync(path, { recursive: true, force: true });
}

export interface TestServer extends RunningCollabServer {
  readonly dataDir: string;
  readonly logLines: string[];
}

/** A real server on 127.0.0.1, any free port, with its data in `dataDir` (default: a new temporary folder). */
export async function startTestServer(options: Partial<CollabServerOptions> = {}): Promise<TestServer> {
  const dataDir = options.dataDir ?? tempDir().path;
  const logLines: string[] = [];
  const server = await startCollabServer({ host: '127.0.0.1', port: 0, ...options, dataDir, log: (line) => logLines.push(line) });
  return Object.assign(server, { dataDir, logLines });
}

/** Polls `condition` every 10 ms until it holds; fails with `what` after `timeoutMs`. */
export async function waitFor(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

export interface TestClient {
  readonly doc: Y.Doc;
  readonly provider: HocuspocusProvider;
  readonly socket: HocuspocusProviderWebsocket;
  /** Goes offline (edits are kept locally) and back. */
  disconnect(): void;
  reconnect(): void;
  /** The reason of the last refusal, or null. */
  refusal: string | null;
  /** The reason of the last close message for the document, or null. */
  closeReason: string | null;
  authenticated: boolean;
  synced(): boolean;
  /** All local changes acknowledged by the server. */
  settled(): boolean;
  destroy(): void;
}

/** A real @hocuspocus/provider client in Node (ws as the WebSocket), reconnecting quickly. */
export function connectClient(url: string, document: string, token: string | null, doc: Y.Doc = new Y.Doc()): TestClient {
  const socket = new HocuspocusProviderWebsocket({
    url,
    WebSocketPolyfill: WebSocket,
    delay: 50,
    minDelay: 50,
    maxDelay: 300,
    factor: 1.5,
    jitter: false,
  });
  const client: TestClient = {
    doc,
    provider: null as unknown as HocuspocusProvider,
    socket,
    disconnect: () => socket.disconnect(),
    reconnect: () => {
      // connect() does nothing while the socket it is closing still counts as connected.
      if (socket.status === WebSocketStatus.Disconnected) return void socket.connect();
      const onStatus = ({ status }: { status: WebSocketStatus }) => {
        if (status !== WebSocketStatus.Disconnected) return;
        socket.off('status', onStatus);
        void socket.connect();
      };
      socket.on('status', onStatus);
    },
    refusal: null,
    closeReason: null,
    authenticated: false,
    synced: () => client.provider.isSynced,
    settled: () => client.provider.isSynced && !client.provider.hasUnsyncedChanges,
    destroy: () => {
      client.provider.destroy();
      socket.destroy();
    },
  };
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: document,
    token,
    document: doc,
    onAuthenticationFailed: ({ reason }) => {
      client.refusal = reason;
    },
    onAuthenticated: () => {
      client.authenticated = true;
    },
    onClose: ({ event }) => {
      if (event?.reason) client.closeReason = event.reason;
    },
  });
  provider.attach();
  (client as { provider: HocuspocusProvider }).provider = provider;
  return client;
}

/** Whether every document holds the same map. */
export function sameMaps(docs: readonly Y.Doc[]): boolean {
  const [first, ...rest] = docs.map((d) => readModel(d));
  return rest.every((m) => jsonEqual(first, m));
}

/** The server's live copy of a document, if loaded. */
export function serverDoc(server: RunningCollabServer, document: string): Y.Doc | undefined {
  return server.hocuspocus.documents.get(document);
}
