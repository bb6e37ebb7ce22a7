/**
 * Serving a folder of static files (the web build, dist/web): GET and HEAD only, never a
 * file outside the folder, also through a symbolic link. One module for the collaboration
 * server (webFiles.ts, which serves the web version beside live sessions) and for
 * `npm run web` / `npm start`'s browser fallback (scripts/webServer.js).
 */
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => void;

/** Content types by file extension; anything else is application/octet-stream. */
export const MIME_TYPES: Readonly<Record<string, string>> = Object.freeze({
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
export function mimeType(fileName: string): string {
  return MIME_TYPES[extname(fileName).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The file a request path names inside `root`, or null when the path is refused: not
 * origin-form ("http://…", "//host"), malformed escapes, a ".." segment (also encoded as
 * %2e%2e), backslashes, NUL, an encoded absolute path ("/%2Fetc", "/C:") or anything that
 * would resolve outside `root`.
 */
export function resolveRequestPath(root: string, url: string | undefined): string | null {
  if (typeof url !== 'string' || !url.startsWith('/') || url.startsWith('//')) return null;
  const rawPath = url.split(/[?#]/, 1)[0] ?? '/';
  let path: string;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  if (path.includes('\0') || path.includes('\\')) return null;
  if (path.startsWith('//') || /^\/[a-zA-Z]:/.test(path)) return null;
  if (path.split('/').some((s) => s === '..' || s === '.')) return null;
  const base = resolve(root);
  const full = resolve(base, `.${path}`);
  const rel = relative(base, full);
  if (rel.startsWith('..') || isAbsolute(rel)) return null;
  return path.endsWith('/') ? join(full, 'index.html') : full;
}

const NOSNIFF = { 'X-Content-Type-Options': 'nosniff' };

/**
 * A request handler serving the files of `root`. `headers` go on every answer (the
 * collaboration server adds its Referrer-Policy). Resolves once the root's real path is
 * known (a symbolic link inside it must not lead outside it).
 */
export async function staticFileHandler(root: string, headers: Readonly<Record<string, string>> = {}): Promise<RequestHandler> {
  const base = resolve(root);
  const realRoot = await realpath(base);
  const inside = (path: string) => path === realRoot || path.startsWith(realRoot.endsWith(sep) ? realRoot : realRoot + sep);
  const plain = (res: ServerResponse, status: number, text: string, extra: Record<string, string> = {}): void => {
    res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...NOSNIFF, ...headers, ...extra });
    res.end(`${text}\n`);
  };
  const serve = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return plain(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
    let file = resolveRequestPath(base, req.url);
    if (!file) return plain(res, 404, 'Not found');
    try {
      let info = await stat(file);
      if (info.isDirectory()) {
        file = join(file, 'index.html');
        info = await stat(file);
      }
      if (!info.isFile() || !inside(await realpath(file))) return plain(res, 404, 'Not found');
      res.writeHead(200, { 'Content-Type': mimeType(file), 'Content-Length': info.size, 'Cache-Control': 'no-cache', ...NOSNIFF, ...headers });
      if (req.method === 'HEAD') return void res.end();
      const stream = createReadStream(file);
      stream.on('error', () => res.destroy());
      stream.pipe(res);
    } catch {
      plain(res, 404, 'Not found');
    }
  };
  return (req, res) => {
    serve(req, res).catch(() => {
      if (!res.headersSent) plain(res, 500, 'Server error');
      else res.destroy();
    });
  };
}

export interface StaticServer {
  readonly server: Server;
  /** The port actually bound (useful with port 0). */
  readonly port: number;
  /** http://host:port/ */
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Serves the files of `root` on http://host:port/. Resolves when listening (with the
 * port actually bound, useful with port 0); rejects with the listen error (code
 * EADDRINUSE when the port is taken).
 */
export async function startStaticServer({ root, port = 5174, host = '127.0.0.1' }: { root: string; port?: number; host?: string }): Promise<StaticServer> {
  const server = createServer(await staticFileHandler(root));
  await new Promise<void>((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(port, host, () => {
      server.off('error', rejectListen);
      resolveListen();
    });
  });
  const address = server.address();
  const boundPort = typeof address === 'object' && address ? address.port : port;
  return {
    server,
    port: boundPort,
    url: `http://${host}:${boundPort}/`,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.close(() => resolveClose());
        server.closeAllConnections?.();
      }),
  };
}
