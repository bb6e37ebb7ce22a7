// A small static file server for the built web version (dist/web): GET and HEAD only,
// bound to one host, never serving a file outside its root folder.
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/** Content types by file extension; anything else is application/octet-stream. */
export const MIME_TYPES = Object.freeze({
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
});

/** The content type served for a file name. */
export function mimeType(fileName) {
  return MIME_TYPES[extname(fileName).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The file a request path names inside `root`, or null when the path is refused: not
 * origin-form ("http://…", "//host"), malformed escapes, a ".." segment (also encoded as
 * %2e%2e), backslashes, NUL, an encoded absolute path ("/%2Fetc", "/C:") or anything that
 * would resolve outside `root`.
 */
export function resolveRequestPath(root, url) {
  if (typeof url !== 'string' || !url.startsWith('/') || url.startsWith('//')) return null;
  const rawPath = url.split(/[?#]/, 1)[0] ?? '/';
  let path;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  if (path.includes('\0') || path.includes('\\')) return null;
  if (path.startsWith('//') || /^\/[a-zA-Z]:/.test(path)) return null;
  const segments = path.split('/');
  if (segments.some((s) => s === '..' || s === '.')) return null;
  const base = resolve(root);
  const full = resolve(base, `.${path}`);
  const rel = relative(base, full);
  if (rel.startsWith('..') || isAbsolute(rel)) return null;
  return path.endsWith('/') ? join(full, 'index.html') : full;
}

/** Whether `path` (already resolved) lies inside `root` (already resolved). */
function inside(root, path) {
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);
}

function notFound(res, status = 404, text = 'Not found') {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' });
  res.end(`${text}\n`);
}

async function handle(realRoot, root, req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    return notFound(res, 405, 'Method not allowed');
  }
  let file = resolveRequestPath(root, req.url);
  if (!file) return notFound(res);
  try {
    let info = await stat(file);
    if (info.isDirectory()) {
      file = join(file, 'index.html');
      info = await stat(file);
    }
    if (!info.isFile()) return notFound(res);
    // A symbolic link inside the folder must not lead outside it either.
    if (!inside(realRoot, await realpath(file))) return notFound(res);
    res.writeHead(200, {
      'Content-Type': mimeType(file),
      'Content-Length': info.size,
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
    });
    if (req.method === 'HEAD') return res.end();
    const stream = createReadStream(file);
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  } catch {
    notFound(res);
  }
}

/**
 * Serves the files of `root` on http://host:port/. Resolves when listening (with the
 * port actually bound, useful with port 0); rejects with the listen error (code
 * EADDRINUSE when the port is taken).
 * @param {{ root: string, port?: number, host?: string }} options
 */
export async function startStaticServer({ root, port = 5174, host = '127.0.0.1' }) {
  const base = resolve(root);
  const realRoot = await realpath(base);
  const server = createServer((req, res) => {
    handle(realRoot, base, req, res).catch(() => {
      if (!res.headersSent) notFound(res, 500, 'Server error');
      else res.destroy();
    });
  });
  await new Promise((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(port, host, () => {
      server.off('error', rejectListen);
      resolveListen(undefined);
    });
  });
  const address = server.address();
  const boundPort = typeof address === 'object' && address ? address.port : port;
  return {
    server,
    port: boundPort,
    url: `http://${host}:${boundPort}/`,
    close: () =>
      new Promise((resolveClose) => {
        server.close(() => resolveClose(undefined));
        server.closeAllConnections?.();
      }),
  };
}
