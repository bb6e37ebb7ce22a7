import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { saveError, saveErrorCode, systemCodeOf, type SaveError, type SaveErrorCode } from './saveErrors';

export type { SaveError, SaveErrorCode } from './saveErrors';

/** The part of an open file that a save uses. */
export interface SaveFileHandle {
  writeFile(data: Uint8Array): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** The file-system calls a save makes; node:fs/promises by default, a faulty one in tests. */
export interface SaveFs {
  open(path: string, flags: string, mode?: number): Promise<SaveFileHandle>;
  stat(path: string): Promise<{ readonly mode: number }>;
  realpath(path: string): Promise<string>;
  link(existingPath: string, newPath: string): Promise<void>;
  copyFile(from: string, to: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  readFile(path: string): Promise<Uint8Array>;
  unlink(path: string): Promise<void>;
}

export interface SaveOptions {
  readonly fs?: SaveFs;
  /** Waits between rename attempts (injectable so tests need not wait). */
  readonly sleep?: (ms: number) => Promise<void>;
  /** The waits before the 2nd, 3rd … rename attempt; its length + 1 is the number of attempts. */
  readonly retryDelaysMs?: readonly number[];
  readonly platform?: NodeJS.Platform;
  readonly now?: () => Date;
  readonly pid?: number;
  readonly randomSuffix?: () => string;
  /** Keep the previous version as `name.bak` after a verified save too (default: remove it). */
  readonly keepBackup?: boolean;
}

export type SaveResult = { readonly ok: true; readonly bytes: number; readonly savedAt: Date } | { readonly ok: false; readonly error: SaveError };

/** node:fs/promises, checked against SaveFs. */
const defaultFs: SaveFs = nodeFs;

/** 5 attempts in all, about 750 ms: long enough for an antivirus scan or a sync client to let go. */
export const RENAME_RETRY_DELAYS_MS: readonly number[] = [50, 100, 200, 400];

/** Codes a rename gets on Windows while another program holds the file; they often go away. */
const RETRYABLE = new Set(['EPERM', 'EBUSY', 'EACCES']);
/** Codes with which a platform refuses to fsync a folder (Windows, some network file systems). */
const NO_FOLDER_SYNC = new Set(['EISDIR', 'EINVAL', 'EPERM', 'EACCES', 'ENOTSUP', 'EBADF']);

/** Where the previous version is kept during a save: `name.mandat.bak`. */
export function backupPathOf(path: string): string {
  return `${path}.bak`;
}

/** The temporary file of one save: `.name.mandat.<pid>.<random>.tmp` in the same folder. */
export function tempPathOf(path: string, pid: number, suffix: string): string {
  return join(dirname(path), `.${basename(path)}.${pid}.${suffix}.tmp`);
}

/** Whether `fileName` is a temporary file left by a save of `path` (for listing leftovers). */
export function isTempFileOf(path: string, fileName: string): boolean {
  const prefix = `.${basename(path)}.`;
  return fileName.startsWith(prefix) && /^\d+\.[0-9a-z]+\.tmp$/.test(fileName.slice(prefix.length));
}

type Step = { ok: true } | { ok: false; systemCode: string };
const done: Step = { ok: true };
const failed = (e: unknown): Step => ({ ok: false, systemCode: systemCodeOf(e) });

/**
 * Saves `text` (or bytes: exports) so that the file is always either the whole previous version or the whole
 * new one: a temporary file in the same folder, written and flushed, the previous version
 * kept as `name.bak`, a rename over the original (retried while another program holds it),
 * the folder flushed, and the new file read back and compared byte for byte. Only after a
 * good read-back is `name.bak` removed (kept with `keepBackup`). Never throws.
 */
export async function saveAtomically(path: string, text: string | Uint8Array, options: SaveOptions = {}): Promise<SaveResult> {
  const fs = options.fs ?? defaultFs;
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : Buffer.from(text.buffer, text.byteOffset, text.byteLength);
  const fail = (code: SaveErrorCode, extra: Parameters<typeof saveError>[2] = {}): SaveResult => ({ ok: false, error: saveError(code, path, extra) });
  try {
    // Save through a symbolic link to the file it points to, not over the link.
    const target = await fs.realpath(path).catch(() => path);
    let mode: number | undefined;
    try {
      mode = (await fs.stat(target)).mode & 0o777;
    } catch (e) {
      const code = systemCodeOf(e);
      if (code !== 'ENOENT') return fail(saveErrorCode(code, 'prepare'), { systemCode: code });
    }
    // A file nobody may write was made read-only on purpose: do not replace it behind that.
    if (mode !== undefined && (mode & 0o222) === 0) return fail('read-only');
    const exists = mode !== undefined;

    const temp = tempPathOf(target, options.pid ?? process.pid, (options.randomSuffix ?? defaultSuffix)());
    const written = await writeTemp(fs, temp, bytes, mode);
    if (!written.ok) {
      await fs.unlink(temp).catch(() => undefined);
      return fail(saveErrorCode(written.systemCode, 'temp'), { systemCode: written.systemCode });
    }

    const backup = backupPathOf(target);
    if (exists) {
      const kept = await keepPrevious(fs, target, backup);
      if (!kept.ok) {
        await fs.unlink(temp).catch(() => undefined);
        return fail(saveErrorCode(kept.systemCode, 'backup'), { systemCode: kept.systemCode });
      }
    }

    const renamed = await renameWithRetry(fs, temp, target, options);
    if (!renamed.ok) {
      const code = saveErrorCode(renamed.systemCode, 'rename');
      const busy = code === 'permission' && (options.platform ?? process.platform) === 'win32';
      // The temporary file is complete and flushed: keep it and say where it is.
      return fail(busy ? 'busy' : code, { tempPath: temp, systemCode: renamed.systemCode });
    }

    const synced = await syncFolder(fs, dirname(target));
    if (!synced.ok) return fail('unknown', { systemCode: synced.systemCode, ...(exists ? { backupPath: backup } : {}) });

    const verified = await readBack(fs, target, bytes);
    if (!verified.ok) return fail('verify-failed', { systemCode: verified.systemCode, ...(exists ? { backupPath: backup } : {}) });

    if (exists && !options.keepBackup) await fs.unlink(backup).catch(() => undefined);
    return { ok: true, bytes: bytes.length, savedAt: (options.now ?? (() => new Date()))() };
  } catch (e) {
    return fail('unknown', { systemCode: systemCodeOf(e) });
  }
}

function defaultSuffix(): string {
  return randomBytes(6).toString('hex');
}

async function writeTemp(fs: SaveFs, temp: string, bytes: Uint8Array, mode: number | undefined): Promise<Step> {
  let handle: SaveFileHandle | undefined;
  try {
    handle = await fs.open(temp, 'wx', mode ?? 0o666);
    await handle.writeFile(bytes);
    await handle.sync();
    const h = handle;
    handle = undefined;
    await h.close();
    return done;
  } catch (e) {
    await handle?.close().catch(() => undefined);
    return failed(e);
  }
}

/** Keeps the previous version as `backup`: a hard link where the file system has them, else a copy. */
async function keepPrevious(fs: SaveFs, target: string, backup: string): Promise<Step> {
  try {
    await fs.unlink(backup).catch((e: unknown) => {
      if (systemCodeOf(e) !== 'ENOENT') throw e;
    });
    try {
      await fs.link(target, backup);
    } catch {
      await fs.copyFile(target, backup); // FAT/exFAT sticks and some shares have no hard links
    }
    return done;
  } catch (e) {
    return failed(e);
  }
}

async function renameWithRetry(fs: SaveFs, from: string, to: string, options: SaveOptions): Promise<Step> {
  const delays = options.retryDelaysMs ?? RENAME_RETRY_DELAYS_MS;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  for (let attempt = 0; ; attempt++) {
    try {
      await fs.rename(from, to);
      return done;
    } catch (e) {
      const delay = delays[attempt];
      if (delay === undefined || !RETRYABLE.has(systemCodeOf(e))) return failed(e);
      await sleep(delay);
    }
  }
}

/** Flushes the folder so that the rename itself survives a power cut. */
async function syncFolder(fs: SaveFs, folder: string): Promise<Step> {
  let handle: SaveFileHandle | undefined;
  try {
    handle = await fs.open(folder, 'r');
    await handle.sync();
    return done;
  } catch (e) {
    return NO_FOLDER_SYNC.has(systemCodeOf(e)) ? done : failed(e);
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

async function readBack(fs: SaveFs, target: string, bytes: Buffer): Promise<Step> {
  try {
    const read = await fs.readFile(target);
    return bytes.equals(read) ? done : { ok: false, systemCode: 'MISMATCH' };
  } catch (e) {
    return failed(e);
  }
}
