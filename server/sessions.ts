import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomicSync } from './atomicFile';

/** What a token lets its holder do with one map. */
export type Role = 'edit' | 'view';

/** One shared map: the Hocuspocus document and the invitations to it. */
export interface Session {
  /** A random id; the Hocuspocus document name and the `session` of an invitation link. */
  readonly document: string;
  readonly name: string;
  readonly tokens: Readonly<Record<string, Role>>;
  /** When the session was created (ISO 8601). */
  readonly created: string;
}

export interface NewSession {
  readonly document: string;
  readonly editToken: string;
  readonly viewToken: string;
}

/**
 * What the server asks of a token store. The file store below is the default; a
 * deployment with several servers can pass its own (the answer may be a promise).
 */
export interface TokenLookup {
  roleOf(document: string, token: string): Role | null | Promise<Role | null>;
}

const SESSION_FILE = z.object({
  version: z.literal(1),
  sessions: z.array(
    z.object({
      document: z.string().regex(/^[a-f0-9]{32}$/),
      name: z.string(),
      tokens: z.record(z.string().min(1), z.enum(['edit', 'view'])),
      created: z.string(),
    }),
  ),
});

/** The sessions file exists but cannot be read; it is left as it is. */
export class SessionFileError extends Error {
  constructor(
    readonly path: string,
    detail: string,
  ) {
    super(`The sessions file ${path} cannot be read (${detail}); it was left untouched.`);
  }
}

/** A new token: 32 random bytes, base64url (43 characters). */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** A new document id: 16 random bytes in lower-case hex, safe as a file name on any file system. */
export function newDocumentId(): string {
  return randomBytes(16).toString('hex');
}

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/**
 * The role `token` grants in `session`, comparing it with every token of the session
 * in constant time (digests of equal length), so the answer's timing does not tell
 * how much of a guess was right.
 */
function matchRole(session: Session, token: string): Role | null {
  const given = digest(token);
  let found: Role | null = null;
  for (const [candidate, role] of Object.entries(session.tokens)) {
    if (timingSafeEqual(given, digest(candidate)) && found === null) found = role;
  }
  return found;
}

/**
 * The token store in DATA/sessions.json: every change is written atomically (a
 * temporary file, flushed, renamed), readable by the owner only. One data folder
 * belongs to one server process.
 */
export class SessionStore implements TokenLookup {
  private sessions: Session[];
  private readonly revokeListeners = new Set<(document: string, token: string | null) => void>();

  private constructor(
    readonly path: string,
    sessions: Session[],
  ) {
    this.sessions = sessions;
  }

  /** Opens (or starts) the store of a data folder; throws SessionFileError on a damaged file. */
  static open(dataDir: string): SessionStore {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    const path = join(dataDir, 'sessions.json');
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return new SessionStore(path, []);
      throw new SessionFileError(path, String(e));
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (e) {
      throw new SessionFileError(path, e instanceof Error ? e.message : String(e));
    }
    const parsed = SESSION_FILE.safeParse(data);
    if (!parsed.success) throw new SessionFileError(path, parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
    return new SessionStore(path, parsed.data.sessions);
  }

  list(): readonly Session[] {
    return this.sessions;
  }

  get(document: string): Session | null {
    return this.sessions.find((s) => s.document === document) ?? null;
  }

  /** A new session with one edit and one view token, saved before it is returned. */
  createSession(name: string): NewSession {
    const document = newDocumentId();
    const editToken = newToken();
    const viewToken = newToken();
    const session: Session = { document, name, tokens: { [editToken]: 'edit', [viewToken]: 'view' }, created: new Date().toISOString() };
    this.save([...this.sessions, session]);
    return { document, editToken, viewToken };
  }

  /** Adds another token to a session (e.g. a second view link); null when there is no such session. */
  addToken(document: string, role: Role): string | null {
    const session = this.get(document);
    if (!session) return null;
    const token = newToken();
    this.replace({ ...session, tokens: { ...session.tokens, [token]: role } });
    return token;
  }

  roleOf(document: string, token: string): Role | null {
    const session = this.get(document);
    return session ? matchRole(session, token) : null;
  }

  /**
   * Withdraws one token of a session, or the whole session when no token is given.
   * Connections of that session are closed by the server (see onRevoke) and must
   * present a token that is still valid to come back. Returns whether anything changed.
   */
  revoke(document: string, token?: string): boolean {
    const session = this.get(document);
    if (!session) return false;
    if (token === undefined) {
      this.save(this.sessions.filter((s) => s !== session));
    } else {
      const kept = Object.entries(session.tokens).filter(([t]) => !timingSafeEqual(digest(t), digest(token)));
      if (kept.length === Object.keys(session.tokens).length) return false;
      this.replace({ ...session, tokens: Object.fromEntries(kept) });
    }
    for (const listener of this.revokeListeners) listener(document, token ?? null);
    return true;
  }

  /** Calls `listener` with each revocation (token null: the whole session); returns a function that stops it. */
  onRevoke(listener: (document: string, token: string | null) => void): () => void {
    this.revokeListeners.add(listener);
    return () => this.revokeListeners.delete(listener);
  }

  private replace(session: Session): void {
    this.save(this.sessions.map((s) => (s.document === session.document ? session : s)));
  }

  private save(sessions: Session[]): void {
    writeFileAtomicSync(this.path, JSON.stringify({ version: 1, sessions }, null, 2) + '\n');
    this.sessions = sessions;
  }
}
