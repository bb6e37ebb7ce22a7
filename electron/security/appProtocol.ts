import { extname, isAbsolute, normalize, relative, resolve, sep } from 'node:path';
import { socketOrigin } from './sessionSockets';
import { APP_HOST, APP_SCHEME } from './urls';

/**
 * The one <style> element the window's code writes itself: the scroll lock Radix puts
 * under a modal dialog (react-remove-scroll-bar, with no scrollbar to make room for, as
 * Mandat's window never scrolls). Allowed by its hash, so style-src stays closed to every
 * other inline style; renderer/index.html names the same hash, and the browser tests fail
 * on the console error a changed text would give.
 */
export const SCROLL_LOCK_STYLE_HASH = "'sha256-nzTgYzXYDNe6BAHiiI7NNlfK8n/auuOAhh2t92YvuXo='";

/**
 * The Content-Security-Policy of every app:// response. WebSockets go only to
 * `socketOrigins` (the sessions this app can host), never to any host: a page that was
 * tricked into it cannot send the map anywhere else.
 */
export function contentSecurityPolicy(socketOrigins: readonly string[] = []): string {
  const sockets = [...new Set(socketOrigins.map(socketOrigin).filter((o): o is string => o !== null))];
  return [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'self' ${SCROLL_LOCK_STYLE_HASH}`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    ["connect-src 'self'", ...sockets].join(' '),
    "worker-src 'self' blob:",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The policy with no live session at all. */
export const CONTENT_SECURITY_POLICY = contentSecurityPolicy();

const MIME: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

/** The content type of a file served over app://. */
export function mimeTypeOf(path: string): string {
  return MIME[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The file under `root` that an app:// request may read, or null. Refuses other hosts,
 * traversal in any spelling (`..`, `%2e%2e`, `%2f`, backslashes), absolute paths and
 * NUL bytes; `/` is index.html.
 */
export function resolveAppPath(root: string, requestUrl: string): string | null {
  // The URL parser quietly collapses `..` and `%2e%2e`; a request that tries either is
  // refused outright rather than served from wherever the collapse lands.
  const rawPath = requestUrl.replace(/^[a-z]+:\/\/[^/]*/i, '');
  if (/\.\.|%2e/i.test(rawPath)) return null;
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.hostname !== APP_HOST || url.username || url.password || url.port) return null;
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (path.includes('\0') || path.includes('\\') || path.startsWith('//')) return null;
  const parts = path.split('/').filter((p) => p !== '');
  if (parts.some((p) => p === '..' || p === '.')) return null;
  const wanted = parts.length === 0 ? 'index.html' : parts.join('/');
  if (isAbsolute(wanted)) return null;
  const base = resolve(root);
  const full = resolve(base, normalize(wanted));
  const rel = relative(base, full);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel) || rel.split(sep).includes('..')) return null;
  return full;
}
