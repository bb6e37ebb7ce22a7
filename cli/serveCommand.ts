import { existsSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { basename, extname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startCollabServer, urlHost, type CollabLimits, type CollabServerOptions, type RunningCollabServer } from '../server/collabServer';
import { SessionFileError } from '../server/sessions';
import type { Language } from '../shared/model/vocabulary';
import { APP_ROOT } from './appRoot';
import { inputError } from './messages';
import { openForSharing } from './shareMap';

export interface ServeOptions {
  readonly host?: string;
  readonly port?: string;
  readonly data?: string;
  readonly map?: string;
  readonly name?: string;
  /** --max-connections: how many connections the server holds at once. */
  readonly maxConnections?: string;
  /** --auth-timeout: seconds a connection may stay open without a valid invitation. */
  readonly authTimeout?: string;
  readonly lang: Language;
  /** The web build to serve; default dist/web of this installation when it exists. */
  readonly webRoot?: string | null;
  readonly out: NodeJS.WritableStream;
  readonly err: NodeJS.WritableStream;
  /** Resolves when the server should stop (default: SIGINT or SIGTERM). */
  readonly stopWhen?: Promise<unknown>;
  /** More for the server: other persistence and token lookups (see docs/server.md, a whole organisation). */
  readonly collab?: Pick<CollabServerOptions, 'extensions' | 'persistence' | 'tokens' | 'limits'>;
  /** Writes the first state of a map shared with --map when the maps are not kept in files. */
  readonly seed?: (document: string, state: Uint8Array) => Promise<void>;
}

const DEFAULT_WEB_ROOT = fileURLToPath(new URL('dist/web', APP_ROOT));

/** The invitation link the web and desktop app read: the server's own page with the session and token in the hash. */
export function invitationLink(baseUrl: string, document: string, token: string): string {
  return `${baseUrl}/#session=${encodeURIComponent(document)}&token=${encodeURIComponent(token)}`;
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** The address colleagues reach: the given host, or this machine's first network address when listening on all. */
function linkHost(host: string): string {
  if (host !== '0.0.0.0' && host !== '::') return host;
  for (const list of Object.values(networkInterfaces()))
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  return '127.0.0.1';
}

function parsePort(value: string | undefined): number {
  if (value === undefined) return 4455;
  if (!/^\d{1,5}$/.test(value) || Number(value) > 65535)
    throw inputError(`--port ska vara ett portnummer (0–65535), inte "${value}".`, `--port must be a port number (0-65535), not "${value}".`);
  return Number(value);
}

/** A whole number in `min`–`max` from a flag, or undefined when the flag is not given. */
function parseCount(flag: string, value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{1,9}$/.test(value) || Number(value) < min || Number(value) > max)
    throw inputError(`${flag} ska vara ett heltal ${min}–${max}, inte "${value}".`, `${flag} must be a whole number ${min}-${max}, not "${value}".`);
  return Number(value);
}

/** The limits given on the command line, over those of `collab`. */
function limitsOf(options: ServeOptions): Partial<CollabLimits> {
  const maxConnections = parseCount('--max-connections', options.maxConnections, 1, 1_000_000);
  const authTimeout = parseCount('--auth-timeout', options.authTimeout, 1, 3_600);
  return {
    ...options.collab?.limits,
    ...(maxConnections !== undefined ? { maxConnections } : {}),
    ...(authTimeout !== undefined ? { authTimeoutMs: authTimeout * 1_000 } : {}),
  };
}

/** How long `serve` may take to stop after SIGINT or SIGTERM before the process exits anyway. */
export const STOP_GRACE_MS = 8_000;

function signalled(): Promise<string> {
  return new Promise((resolveSignal) => {
    const on = (signal: string) => {
      process.off('SIGINT', on);
      process.off('SIGTERM', on);
      resolveSignal(signal);
    };
    process.on('SIGINT', on);
    process.on('SIGTERM', on);
  });
}

/**
 * After a signal, the process ends within STOP_GRACE_MS whatever is still open (a store
 * that hangs, a handle a library forgot), with the exit code already set or 1.
 */
function exitAfterGrace(log: (line: string) => void): void {
  setTimeout(() => {
    if (process.exitCode === undefined) log('the server did not stop in time; exiting without waiting further');
    process.exit(process.exitCode ?? 1);
  }, STOP_GRACE_MS).unref();
}

async function start(options: ServeOptions, host: string, port: number, dataDir: string, webRoot: string | null, log: (line: string) => void) {
  try {
    return await startCollabServer({ ...options.collab, limits: limitsOf(options), host, port, dataDir, webRoot, log });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE')
      throw inputError(`Porten ${port} på ${host} används redan; välj en annan med --port.`, `Port ${port} on ${host} is in use; choose another with --port.`);
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND')
      throw inputError(`Den här datorn har ingen adress ${host}.`, `This computer has no address ${host}.`);
    if (code === 'EACCES') throw inputError(`Porten ${port} får inte användas (behörighet saknas).`, `Port ${port} may not be used (permission denied).`);
    if (e instanceof SessionFileError)
      throw inputError(`Sessionsfilen ${e.path} är skadad och lämnades orörd; flytta den eller välj en annan --data.`, `${e.message} Move it or choose another --data.`);
    throw e;
  }
}

/** Shares a map (with --map) and prints its invitation links, or prints the links of the maps shared before. */
function printSessions(server: RunningCollabServer, options: ServeOptions, base: string, shared: string | null): void {
  const sv = options.lang === 'sv';
  const { out } = options;
  const sessions = server.sessions.list().filter((s) => shared === null || s.document === shared);
  if (sessions.length === 0) {
    out.write(sv ? 'Inga delade kartor ännu: dela en med --map FIL.mandat.\n' : 'No shared maps yet: share one with --map FILE.mandat.\n');
    return;
  }
  for (const session of sessions) {
    out.write(`\n${sv ? 'Karta' : 'Map'} "${session.name}" (${session.document}):\n`);
    const tokens = Object.entries(session.tokens).sort(([, a], [, b]) => (a === b ? 0 : a === 'edit' ? -1 : 1));
    for (const [token, role] of tokens) {
      const label = role === 'edit' ? (sv ? 'redigera' : 'edit') : sv ? 'läsa' : 'view';
      out.write(`  ${label.padEnd(9)} ${invitationLink(base, session.document, token)}\n`);
    }
  }
  out.write(
    sv
      ? '\nAlla som har en länk kan öppna kartan; skicka redigeringslänken bara till dem som får ändra.\n'
      : '\nAnyone with a link can open the map; send the edit link only to those who may change it.\n',
  );
}

/** `mandat serve`: runs the collaboration server until SIGINT or SIGTERM, then stores every map and exits. */
export async function runServe(options: ServeOptions): Promise<number> {
  const sv = options.lang === 'sv';
  const host = options.host ?? '127.0.0.1';
  if (!host.trim()) throw inputError('--host får inte vara tomt.', '--host must not be empty.');
  const port = parsePort(options.port);
  const dataDir = resolve(options.data ?? 'mandat-data');
  limitsOf(options);
  // The map is opened and checked before the server listens: a map that cannot be shared stops here.
  const map = options.map ? await openForSharing(options.map, options.lang, options.err) : null;
  const webRoot = options.webRoot === undefined ? (existsSync(DEFAULT_WEB_ROOT) ? DEFAULT_WEB_ROOT : null) : options.webRoot;
  const log = (line: string) => options.err.write(`[${new Date().toISOString().slice(11, 19)}] ${line}\n`);
  // A bug in an extension must not take every map down with it; the edits are stored on stop.
  const onRejection = (e: unknown) => log(`unexpected error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  process.on('unhandledRejection', onRejection);
  try {
    const server = await start(options, host, port, dataDir, webRoot, log);
    let shared: string | null = null;
    try {
      if (map && options.map) {
        const name = options.name ?? (map.name || basename(options.map, extname(options.map)));
        const session = server.sessions.createSession(name);
        if (server.persistence) server.persistence.seed(session.document, map.state);
        else if (options.seed) await options.seed(session.document, map.state);
        else throw new Error('--map needs a place to store the map: file persistence or a seed function');
        shared = session.document;
      }
    } catch (e) {
      // Never keep listening without the map that was asked for.
      await server.stop();
      throw e;
    }
    const base = `http://${urlHost(linkHost(host))}:${server.port}`;
    options.out.write(`${sv ? 'Mandats samarbetsserver' : 'Mandat collaboration server'}: ${server.url} (${sv ? 'data i' : 'data in'} ${dataDir})\n`);
    if (!isLoopback(host))
      options.err.write(
        sv
          ? `Varning: servern nås från andra datorer (${host}). Trafiken är okrypterad; använd den bara i ett nät du litar på.\n`
          : `Warning: the server can be reached from other computers (${host}). Traffic is not encrypted; use it only on a network you trust.\n`,
      );
    if (!webRoot)
      options.err.write(
        sv
          ? 'Webbversionen är inte byggd, så länkarna öppnas inte i en webbläsare. Bygg den med "npx vite build" och starta om.\n'
          : 'The web version is not built, so the links do not open in a browser. Build it with "npx vite build" and restart.\n',
      );
    printSessions(server, options, base, shared);
    options.out.write(sv ? 'Stoppa med Ctrl+C; alla kartor sparas först.\n' : 'Stop with Ctrl+C; every map is stored first.\n');
    if (options.stopWhen) await options.stopWhen;
    else {
      await signalled();
      exitAfterGrace(log);
    }
    await server.stop();
    return 0;
  } finally {
    process.off('unhandledRejection', onRejection);
  }
}
