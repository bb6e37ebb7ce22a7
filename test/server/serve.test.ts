import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../cli/main';
import { runServe } from '../../cli/serveCommand';
import { applyCommand } from '../../shared/commands/apply';
import { documentFromState, LOCAL_ORIGIN, readModel } from '../../shared/model/document';
import type { BodyId } from '../../shared/model/ids';
import { connectClient, removeTempDirs, sameMaps, startTestServer, tempDir, waitFor, type TestClient } from './helpers';

const root = fileURLToPath(new URL('../..', import.meta.url));
const SAMPLE = join(root, 'examples', 'eskilstuna.mandat');
const LINK = /http:\/\/127\.0\.0\.1:(\d+)\/#session=([a-f0-9]{32})&token=([A-Za-z0-9_-]{43})/g;

const children: ChildProcess[] = [];
const clients: TestClient[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  for (const child of children.splice(0)) {
    if (child.exitCode !== null || child.signalCode !== null) continue;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGKILL');
    await exited;
  }
  removeTempDirs();
});

interface Serving {
  readonly child: ChildProcess;
  readonly port: number;
  readonly links: { port: number; document: string; token: string; role: string }[];
  output(): string;
  exited: Promise<number | null>;
}

/** `node bin/mandat.js serve …` as a child process, once it says it is ready. */
async function serve(args: string[]): Promise<Serving> {
  const child = spawn(process.execPath, [join(root, 'bin', 'mandat.js'), 'serve', '--lang', 'en', ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let out = '';
  let err = '';
  child.stdout?.on('data', (d) => (out += String(d)));
  child.stderr?.on('data', (d) => (err += String(d)));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  await waitFor(() => out.includes('Stop with Ctrl+C') || child.exitCode !== null, 'the server to start', 20_000);
  if (!out.includes('Stop with Ctrl+C')) throw new Error(`mandat serve did not start:\n${out}\n${err}`);
  const links = [...out.matchAll(/(edit|view)\s+http:\/\/127\.0\.0\.1:(\d+)\/#session=([a-f0-9]{32})&token=([A-Za-z0-9_-]{43})/g)].map((m) => ({
    role: m[1] as string,
    port: Number(m[2]),
    document: m[3] as string,
    token: m[4] as string,
  }));
  const port = Number(/127\.0\.0\.1:(\d+)/.exec(out)?.[1]);
  return { child, port, links, output: () => out + err, exited };
}

function joinAt(port: number, document: string, token: string): TestClient {
  const client = connectClient(`ws://127.0.0.1:${port}`, document, token);
  clients.push(client);
  return client;
}

const addBody = (client: TestClient, id: string) => applyCommand(client.doc, { type: 'addBody', body: { id: id as BodyId, name: id } }, LOCAL_ORIGIN);

describe('mandat serve', () => {
  it('shares a map with its history and prints an edit and a view link in the format the app reads', async () => {
    const data = tempDir();
    const web = tempDir();
    writeFileSync(join(web.path, 'index.html'), '<!doctype html><title>Mandat</title>');
    const out = new PassThrough();
    const err = new PassThrough();
    let printed = '';
    out.on('data', (d) => (printed += String(d)));
    let stop!: () => void;
    const stopWhen = new Promise<void>((r) => (stop = r));
    const running = runServe({ port: '0', data: data.path, map: SAMPLE, name: 'Eskilstuna', lang: 'en', webRoot: web.path, out, err, stopWhen });
    await waitFor(() => printed.includes('Stop with Ctrl+C'), 'the links');
    const links = [...printed.matchAll(LINK)];
    expect(links).toHaveLength(2);
    expect(printed).toMatch(/Map "Eskilstuna" \([a-f0-9]{32}\):\n {2}edit {6}http:\/\/127\.0\.0\.1:\d+\/#session=[a-f0-9]{32}&token=[\w-]{43}\n {2}view {6}http/);
    const [edit, view] = links as [RegExpMatchArray, RegExpMatchArray];
    expect(edit[2]).toBe(view[2]);
    const port = Number(edit[1]);

    // The page a colleague opens, on the same address.
    const page = await fetch(`http://127.0.0.1:${port}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Mandat</title>');
    expect((await fetch(`http://127.0.0.1:${port}/%2e%2e/%2e%2e/etc/passwd`)).status).toBe(404);

    // The server's document carries the file's own Yjs history.
    const saved = JSON.parse(readFileSync(SAMPLE, 'utf8')) as { yjs: string };
    const fileDoc = documentFromState(new Uint8Array(Buffer.from(saved.yjs, 'base64')));
    const client = joinAt(port, edit[2] as string, edit[3] as string);
    await waitFor(() => client.synced(), 'sync');
    expect(sameMaps([client.doc, fileDoc])).toBe(true);
    expect([...client.doc.store.clients.keys()].sort()).toEqual([...fileDoc.store.clients.keys()].sort());
    const viewer = joinAt(port, view[2] as string, view[3] as string);
    await waitFor(() => viewer.synced(), 'the viewer to sync');
    expect(viewer.provider.authorizedScope).toBe('readonly');
    stop();
    expect(await running).toBe(0);
  });

  it('refuses a bad port and a port in use with a clear message, and has help in both languages', async () => {
    const run = async (args: string[]) => {
      const out = new PassThrough();
      const err = new PassThrough();
      let text = '';
      out.on('data', (d) => (text += String(d)));
      err.on('data', (d) => (text += String(d)));
      const code = await main(args, out, err);
      return { code, text };
    };
    expect(await run(['serve', '--port', '70000', '--lang', 'en'])).toEqual({ code: 2, text: 'mandat: --port must be a port number (0-65535), not "70000".\n' });
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()));
    const taken = (blocker.address() as { port: number }).port;
    const data = tempDir();
    const busy = await run(['serve', '--port', String(taken), '--data', data.path, '--lang', 'en']);
    blocker.close();
    expect(busy).toEqual({ code: 2, text: `mandat: Port ${taken} on 127.0.0.1 is in use; choose another with --port.\n` });
    expect((await run(['serve', 'extra', '--lang', 'en'])).text).toContain('Unexpected argument: extra.');
    expect((await run(['serve', '--help', '--lang', 'sv'])).text).toContain('http://VÄRD:PORT/#session=…&token=…');
    expect((await run(['serve', '--help', '--lang', 'en'])).text).toContain('--host ADDRESS');
  });

  it('warns when it can be reached from other computers', async () => {
    const address = Object.values(networkInterfaces())
      .flat()
      .find((a) => a && a.family === 'IPv4' && !a.internal)?.address;
    if (!address) return;
    const out = new PassThrough();
    const err = new PassThrough();
    let warned = '';
    err.on('data', (d) => (warned += String(d)));
    out.resume();
    const data = tempDir();
    expect(await runServe({ host: address, port: '0', data: data.path, lang: 'en', webRoot: null, out, err, stopWhen: Promise.resolve() })).toBe(0);
    expect(warned).toContain(`Warning: the server can be reached from other computers (${address}).`);
    expect(warned).toContain('npx vite build');
  });

  it('listens only on the address it is given', async () => {
    const address = Object.values(networkInterfaces())
      .flat()
      .find((a) => a && a.family === 'IPv4' && !a.internal)?.address;
    const server = await startTestServer();
    try {
      expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
      expect((await fetch(`${server.url}/`)).status).toBe(404);
      if (address) await expect(fetch(`http://${address}:${server.port}/`)).rejects.toThrow();
    } finally {
      await server.stop();
    }
  });

  it('lets clients resync without losing their offline edits when the server is killed and restarted', async () => {
    const data = tempDir();
    const first = await serve(['--port', '0', '--data', data.path, '--map', SAMPLE]);
    const [edit] = first.links;
    if (!edit) throw new Error(first.output());
    const a = joinAt(first.port, edit.document, edit.token);
    const b = joinAt(first.port, edit.document, edit.token);
    await waitFor(() => a.synced() && b.synced(), 'both to sync');
    addBody(a, 'before-kill-a');
    await waitFor(() => readModel(b.doc).bodies.has('before-kill-a') && a.settled(), 'the first edit to cross');

    first.child.kill('SIGKILL');
    expect(await first.exited).toBeNull();
    addBody(a, 'offline-a');
    addBody(b, 'offline-b');
    applyCommand(b.doc, { type: 'updateMeta', changes: { description: 'written while the server was down' } }, LOCAL_ORIGIN);

    const second = await serve(['--port', String(first.port), '--data', data.path]);
    // Without --map it prints the links of the maps it already shares.
    expect(second.links.map((l) => l.token)).toContain(edit.token);
    await waitFor(() => a.settled() && b.settled() && sameMaps([a.doc, b.doc]), 'both to resync', 20_000);
    const late = joinAt(second.port, edit.document, edit.token);
    await waitFor(() => late.synced(), 'a new client to sync');
    const model = readModel(late.doc);
    for (const id of ['before-kill-a', 'offline-a', 'offline-b']) expect(model.bodies.has(id)).toBe(true);
    expect(model.meta.description).toBe('written while the server was down');
    expect(sameMaps([a.doc, b.doc, late.doc])).toBe(true);
  }, 30_000);

  it('stores the last edit on SIGTERM before it exits', async () => {
    const data = tempDir();
    const first = await serve(['--port', '0', '--data', data.path, '--map', SAMPLE]);
    const [edit] = first.links;
    if (!edit) throw new Error(first.output());
    const a = joinAt(first.port, edit.document, edit.token);
    await waitFor(() => a.synced(), 'sync');
    addBody(a, 'last-edit');
    await waitFor(() => a.settled(), 'the edit to reach the server');
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    a.destroy();
    expect(first.output()).toContain('stopped');

    const stored = readModel(documentFromState(new Uint8Array(readFileSync(join(data.path, 'docs', `${edit.document}.ystate`)))));
    expect(stored.bodies.has('last-edit')).toBe(true);
    const second = await serve(['--port', '0', '--data', data.path]);
    const b = joinAt(second.port, edit.document, edit.token);
    await waitFor(() => b.synced(), 'sync after the restart');
    expect(readModel(b.doc).bodies.has('last-edit')).toBe(true);
  }, 30_000);
});
