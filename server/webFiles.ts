import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, resolve, sep } from 'node:path';
// The same path rules and content types as `npm run web` (scripts/serveStatic.js).
import { mimeType, resolveRequestPath } from '../scripts/serveStatic.js';

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => void;

const HEADERS = { 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' };

function plain(res: ServerResponse, status: number, text: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...HEADERS, ...extra });
  res.end(`${text}\n`);
}

/**
 * Serves the web build from `root` (GET and HEAD only, never a file outside the root,
 * also through a symbolic link), so that a colleague can open an invitation link in a
 * browser on the same address as the collaboration server.
 */
export async function webFileHandler(root: string): Promise<RequestHandler> {
  const base = resolve(root);
  const realRoot = await realpath(base);
  const inside = (path: string) => path === realRoot || path.startsWith(realRoot.endsWith(sep) ? realRoot : realRoot + sep);
  const serve = async (req: IncomingMessage, res: ServerResponse) => {
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
      res.writeHead(200, { 'Content-Type': mimeType(file), 'Content-Length': info.size, 'Cache-Control': 'no-cache', ...HEADERS });
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

/** The answer when no web build is served: this address is for the app's live sessions. */
export const noWebBuild: RequestHandler = (_req, res) =>
  plain(res, 404, 'Mandat collaboration server. The web version is not served here (build it with "npx vite build" and restart the server).');
