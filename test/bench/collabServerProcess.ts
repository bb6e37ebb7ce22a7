/**
 * The server of the collaboration benchmark (collab.ts), in a process of its own so that
 * its event loop and memory are its own: started with --expose-gc, driven over IPC.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import * as Y from 'yjs';
import { startCollabServer } from '../../server/collabServer';
import { createMapDocument } from '../../shared/model/document';
import { makeBody, makeModel } from '../factories';

export type BenchRequest =
  | { readonly id: number; readonly type: 'share'; readonly count: number }
  | { readonly id: number; readonly type: 'memory'; readonly gc: boolean }
  | { readonly id: number; readonly type: 'lag-start' }
  | { readonly id: number; readonly type: 'lag' }
  | { readonly id: number; readonly type: 'stop' };

export interface Memory {
  readonly heapUsed: number;
  readonly rss: number;
  readonly documents: number;
  readonly connections: number;
}

const dataDir = process.argv[2] as string;
const server = await startCollabServer({ host: '127.0.0.1', port: 0, dataDir, webRoot: null });
const lag = monitorEventLoopDelay({ resolution: 10 });
const gc = (globalThis as { gc?: () => void }).gc;

async function memory(collect: boolean): Promise<Memory> {
  if (collect && gc) {
    // Twice, with a turn between, so that what the first pass only unlinked (weak maps, timers that ran) goes too.
    gc();
    await new Promise((r) => setTimeout(r, 50));
    gc();
  }
  const m = process.memoryUsage();
  return { heapUsed: m.heapUsed, rss: m.rss, documents: server.hocuspocus.getDocumentsCount(), connections: server.hocuspocus.getConnectionsCount() };
}

process.on('message', async (request: BenchRequest) => {
  let result: unknown = null;
  if (request.type === 'share') {
    result = Array.from({ length: request.count }, (_, i) => {
      const session = server.sessions.createSession(`Bench ${i}`);
      const model = makeModel({ bodies: Array.from({ length: 10 }, (_, b) => makeBody(`b${b}`)) });
      server.persistence?.seed(session.document, Y.encodeStateAsUpdate(createMapDocument(model)));
      return session;
    });
  } else if (request.type === 'memory') result = await memory(request.gc);
  else if (request.type === 'lag-start') {
    lag.reset();
    lag.enable();
  } else if (request.type === 'lag') {
    lag.disable();
    result = { p99: lag.percentile(99) / 1e6, max: lag.max / 1e6 };
  } else if (request.type === 'stop') {
    await server.stop();
  }
  process.send?.({ id: request.id, result });
  if (request.type === 'stop') process.disconnect();
});
process.send?.({ id: 0, result: { wsUrl: server.wsUrl } });
