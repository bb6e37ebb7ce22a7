import type { IncomingMessage, ServerResponse } from 'node:http';
import { staticFileHandler, type RequestHandler } from './staticFiles';

export type { RequestHandler } from './staticFiles';

/** Sent on every answer of the collaboration server, its web pages and its 404s alike. */
const HEADERS = { 'Referrer-Policy': 'no-referrer' };

/**
 * Serves the web build from `root` (GET and HEAD only, never a file outside the root,
 * also through a symbolic link), so that a colleague can open an invitation link in a
 * browser on the same address as the collaboration server.
 */
export function webFileHandler(root: string): Promise<RequestHandler> {
  return staticFileHandler(root, HEADERS);
}

/** The answer when no web build is served: this address is for the app's live sessions. */
export const noWebBuild: RequestHandler = (_req: IncomingMessage, res: ServerResponse) => {
  res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff', ...HEADERS });
  res.end('Mandat collaboration server. The web version is not served here (build it with "npx vite build" and restart the server).\n');
};
