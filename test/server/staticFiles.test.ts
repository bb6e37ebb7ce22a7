import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from 'node:http';
import { resolveRequestPath, startStaticServer, type StaticServer } from '../../server/staticFiles';
import { webFileHandler } from '../../server/webFiles';

/** A raw GET: fetch() would normalise "..", and this must send the path as written. */
function get(port: number, path: string, method = 'GET'): Promise<{ status: number; type: string | undefined; body: string; referrer?: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: res.headers['content-type'], body, referrer: res.headers['referrer-policy'] as string | undefined }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the static server of the web version', () => {
  let dir: string;
  let site: string;
  let served: StaticServer;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mandat-serve-'));
    site = join(dir, 'site');
    mkdirSync(join(site, 'assets'), { recursive: true });
    writeFileSync(join(dir, 'secret.txt'), 'SECRET');
    writeFileSync(join(site, 'index.html'), '<!doctype html><title>Mandat</title>');
    const files: Record<string, string> = {
      'assets/app.js': 'export {}',
      'assets/worker.mjs': 'export {}',
      'assets/app.css': 'body{}',
      'assets/icon.svg': '<svg/>',
      'assets/icon.png': 'png',
      'assets/data.json': '{}',
      'assets/mod.wasm': 'wasm',
      'assets/blob.bin': 'bin',
    };
    for (const [name, text] of Object.entries(files)) writeFileSync(join(site, name), text);
    symlinkSync(join(dir, 'secret.txt'), join(site, 'link.txt'));
    served = await startStaticServer({ root: site, port: 0 });
  });

  afterAll(async () => {
    await served.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('listens on 127.0.0.1 on a free port with port 0', () => {
    expect(served.port).toBeGreaterThan(0);
    expect(served.url).toBe(`http://127.0.0.1:${served.port}/`);
  });

  it('serves index.html for / and each file with its content type', async () => {
    const index = await get(served.port, '/');
    expect(index).toMatchObject({ status: 200, type: 'text/html; charset=utf-8' });
    expect(index.body).toContain('<title>Mandat</title>');
    const expected: Record<string, string> = {
      '/index.html': 'text/html; charset=utf-8',
      '/assets/app.js': 'text/javascript; charset=utf-8',
      '/assets/worker.mjs': 'text/javascript; charset=utf-8',
      '/assets/app.css': 'text/css; charset=utf-8',
      '/assets/icon.svg': 'image/svg+xml',
      '/assets/icon.png': 'image/png',
      '/assets/data.json': 'application/json; charset=utf-8',
      '/assets/mod.wasm': 'application/wasm',
      '/assets/blob.bin': 'application/octet-stream',
      '/assets/app.js?v=1': 'text/javascript; charset=utf-8',
    };
    for (const [path, type] of Object.entries(expected)) {
      const r = await get(served.port, path);
      expect({ path, status: r.status, type: r.type }).toEqual({ path, status: 200, type });
    }
  });

  it('refuses paths outside the folder with 404', async () => {
    const attempts = [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/%2E%2E/secret.txt',
      '/assets/%2e%2e/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/%2e%2e%2fsecret.txt',
      '/..%5csecret.txt',
      `/${encodeURIComponent(join(dir, 'secret.txt'))}`,
      `/%2F${encodeURIComponent(join(dir, 'secret.txt').slice(1))}`,
      `//${join(dir, 'secret.txt').slice(1)}`,
      '/link.txt',
      '/%00index.html',
      '/%zz',
      '/missing.js',
    ];
    for (const path of attempts) {
      const r = await get(served.port, path);
      expect({ path, status: r.status }).toEqual({ path, status: 404 });
      expect(r.body).not.toContain('SECRET');
    }
  });

  it('answers only GET and HEAD', async () => {
    expect((await get(served.port, '/', 'HEAD')).status).toBe(200);
    expect((await get(served.port, '/', 'POST')).status).toBe(405);
  });

  it('resolves request paths without touching the disk', () => {
    expect(resolveRequestPath('/srv/site', '/')).toBe('/srv/site/index.html');
    expect(resolveRequestPath('/srv/site', '/a/b.js?x#y')).toBe('/srv/site/a/b.js');
    expect(resolveRequestPath('/srv/site', '/a/%2e%2e/b.js')).toBeNull();
    expect(resolveRequestPath('/srv/site', 'http://evil/etc/passwd')).toBeNull();
    expect(resolveRequestPath('/srv/site', '/C:/Windows/win.ini')).toBeNull();
  });

  it('rejects with EADDRINUSE when the port is taken', async () => {
    await expect(startStaticServer({ root: site, port: served.port })).rejects.toMatchObject({ code: 'EADDRINUSE' });
  });

  it("serves the collaboration server's web files by the same rules, adding its Referrer-Policy", async () => {
    const server = createServer(await webFileHandler(site));
    await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
    const port = (server.address() as { port: number }).port;
    try {
      expect(await get(port, '/assets/app.css')).toMatchObject({ status: 200, type: 'text/css; charset=utf-8', referrer: 'no-referrer' });
      const outside = await get(port, '/%2e%2e/secret.txt');
      expect(outside).toMatchObject({ status: 404, referrer: 'no-referrer' });
      expect(outside.body).not.toContain('SECRET');
      expect((await get(port, '/link.txt')).status).toBe(404);
      // npm run web's server sends no such header.
      expect((await get(served.port, '/assets/app.css')).referrer).toBeUndefined();
    } finally {
      await new Promise((closed) => server.close(closed));
    }
  });
});
