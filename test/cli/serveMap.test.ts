import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { runServe } from '../../cli/serveCommand';
import { applyCommand } from '../../shared/commands/apply';
import { serializeMap } from '../../shared/file/serialize';
import { createMapDocument, jsonEqual, LOCAL_ORIGIN, readModel } from '../../shared/model/document';
import type { BodyId } from '../../shared/model/ids';
import type { MandatModel } from '../../shared/model/types';
import { makeBody, makeModel } from '../factories';
import { connectClient, waitFor, type TestClient } from '../server/helpers';
import { runCli } from './runCli';

const folders: string[] = [];
const clients: TestClient[] = [];
afterEach(() => {
  for (const c of clients.splice(0)) c.destroy();
  for (const f of folders.splice(0)) rmSync(f, { recursive: true, force: true });
});

function folder(): string {
  const path = mkdtempSync(join(tmpdir(), 'mandat-serve-map-'));
  folders.push(path);
  return path;
}

const MODEL = (): MandatModel => makeModel({ bodies: [makeBody('ks'), makeBody('ksau', { partOf: 'ks' as BodyId })] });

/** A .mandat file of MODEL with `yjs` as its Yjs state. */
function mapFile(yjs: Uint8Array): string {
  const path = join(folder(), 'map.mandat');
  writeFileSync(path, serializeMap(MODEL(), yjs));
  return path;
}

/** Runs `serve --map` in this process until the returned stop() is called. */
async function serveMap(map: string) {
  const out = new PassThrough();
  const err = new PassThrough();
  let printed = '';
  out.on('data', (d) => (printed += String(d)));
  err.on('data', (d) => (printed += String(d)));
  let stop!: () => void;
  const stopWhen = new Promise<void>((r) => (stop = r));
  const running = runServe({ port: '0', data: folder(), map, lang: 'en', webRoot: null, out, err, stopWhen });
  await waitFor(() => printed.includes('Stop with Ctrl+C'), 'the links', 20_000);
  const link = /edit +http:\/\/127\.0\.0\.1:(\d+)\/#session=([a-f0-9]{32})&token=([\w-]{43})/.exec(printed);
  if (!link) throw new Error(`no edit link in:\n${printed}`);
  const client = connectClient(`ws://127.0.0.1:${link[1]}`, link[2] as string, link[3] as string);
  clients.push(client);
  return { printed: () => printed, client, stop: async () => (stop(), await running) };
}

describe('serve --map with a hostile Yjs state', () => {
  it('leaves out changes with missing parts, says so, and prints links that open the map', async () => {
    const doc = createMapDocument(MODEL());
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    applyCommand(copy, { type: 'addBody', body: { id: 'lost' as BodyId, name: 'Lost' } }, LOCAL_ORIGIN);
    const between = Y.encodeStateVector(copy);
    applyCommand(copy, { type: 'updateBody', id: 'lost' as BodyId, changes: { notes: 'dangling' } }, LOCAL_ORIGIN);
    const served = await serveMap(mapFile(Y.mergeUpdates([Y.encodeStateAsUpdate(doc), Y.encodeStateAsUpdate(copy, between)])));
    expect(served.printed()).toContain('Repaired on load: yjs: The collaboration part of the file lacked changes that other changes build on');
    await waitFor(() => served.client.synced() || served.client.refusal !== null, 'the link to open the map');
    expect(served.client.refusal).toBeNull();
    expect(jsonEqual(readModel(served.client.doc), MODEL())).toBe(true);
    expect(await served.stop()).toBe(0);
  });

  it('shares the map as the file writes it when its Yjs state holds a number where an element belongs', async () => {
    const doc = createMapDocument(MODEL());
    doc.getMap('bodies').set('evil', 5);
    const served = await serveMap(mapFile(Y.encodeStateAsUpdate(doc)));
    expect(served.printed()).not.toMatch(/\n\s+at /);
    await waitFor(() => served.client.synced(), 'the link to open the map');
    expect(jsonEqual(readModel(served.client.doc), MODEL())).toBe(true);
    expect(await served.stop()).toBe(0);
  });
});

describe('serve --map that cannot share', () => {
  async function freePort(): Promise<number> {
    const probe = createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', () => r()));
    const port = (probe.address() as { port: number }).port;
    await new Promise((r) => probe.close(r));
    return port;
  }

  const listening = (port: number) =>
    new Promise<boolean>((resolve) => {
      const socket = createConnection({ port, host: '127.0.0.1' });
      socket.once('connect', () => (socket.destroy(), resolve(true)));
      socket.once('error', () => resolve(false));
    });

  it.each([
    ['a file that does not exist', () => join(folder(), 'missing.mandat'), /does not exist/],
    ['a file that is not a map', () => (writeFileSync(join(folder(), 'x.mandat'), '{"format": "other"}'), join(folders.at(-1) as string, 'x.mandat')), /mandat: .*x\.mandat/],
  ])('exits 2 with one sentence and no stack trace before listening, for %s', async (_what, path, message) => {
    const port = await freePort();
    const r = await runCli('serve', '--map', path(), '--port', String(port), '--data', folder(), '--lang', 'en');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err).not.toMatch(/\n\s+at /);
    expect(r.out).not.toContain('http://');
    expect(await listening(port)).toBe(false);
  });

  it('refuses limits that are not whole numbers in range', async () => {
    expect(await runCli('serve', '--max-connections', '0', '--lang', 'en')).toMatchObject({ code: 2, err: 'mandat: --max-connections must be a whole number 1-1000000, not "0".\n' });
    expect(await runCli('serve', '--auth-timeout', 'soon', '--lang', 'en')).toMatchObject({ code: 2, err: 'mandat: --auth-timeout must be a whole number 1-3600, not "soon".\n' });
  });
});
