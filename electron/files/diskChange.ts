import { createHash } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import { decodeUtf8 } from '../../shared/file/utf8';
import { text, type Text } from '../../shared/i18n/text';
import { systemCodeOf } from './saveErrors';

/** What was on disk when a map was opened or saved: enough to notice someone else's save. */
export interface DiskSnapshot {
  readonly size: number;
  readonly mtimeMs: number;
  /** SHA-256 of the bytes, hex. */
  readonly sha256: string;
}

/** The file-system calls used here; node:fs/promises by default. */
export interface DiskFs {
  stat(path: string): Promise<{ readonly size: number; readonly mtimeMs: number }>;
  readFile(path: string): Promise<Uint8Array>;
}

const defaultFs: DiskFs = nodeFs;

export type DiskState = 'unchanged' | 'changed' | 'missing';

export type ReadForOpenResult =
  | { readonly ok: true; readonly text: string; /** Whether the bytes were UTF-8 (false: some became �). */ readonly utf8: boolean; readonly snapshot: DiskSnapshot }
  | { readonly ok: false; readonly error: { readonly code: 'missing' | 'permission' | 'unknown'; readonly message: Text; readonly systemCode: string } };

/** SHA-256 of some bytes, hex. */
export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The snapshot of bytes just read or written, with the file's size and time. */
export function snapshotOf(bytes: Uint8Array, stats: { readonly mtimeMs: number }): DiskSnapshot {
  return { size: bytes.length, mtimeMs: stats.mtimeMs, sha256: sha256Of(bytes) };
}

/** Reads a map to open it and remembers what was read; errors are data. */
export async function readForOpen(path: string, fs: DiskFs = defaultFs): Promise<ReadForOpenResult> {
  try {
    // Size and hash come from the bytes read, so the snapshot describes exactly the text returned.
    const stats = await fs.stat(path);
    const bytes = await fs.readFile(path);
    const { text: decoded, utf8 } = decodeUtf8(new Uint8Array(bytes));
    return { ok: true, text: decoded, utf8, snapshot: snapshotOf(bytes, stats) };
  } catch (e) {
    const systemCode = systemCodeOf(e);
    if (systemCode === 'ENOENT' || systemCode === 'ENOTDIR')
      return { ok: false, error: { code: 'missing', systemCode, message: text('Filen finns inte (längre).', 'The file does not exist (any more).') } };
    if (systemCode === 'EACCES' || systemCode === 'EPERM')
      return {
        ok: false,
        error: { code: 'permission', systemCode, message: text('Du har inte behörighet att läsa filen.', 'You do not have permission to read the file.') },
      };
    return {
      ok: false,
      error: { code: 'unknown', systemCode, message: text(`Filen kunde inte läsas (${systemCode}).`, `The file could not be read (${systemCode}).`) },
    };
  }
}

/** Remembers what is on disk now (after a save), or null when the file is gone. */
export async function snapshotFile(path: string, fs: DiskFs = defaultFs): Promise<DiskSnapshot | null> {
  const read = await readForOpen(path, fs);
  return read.ok ? read.snapshot : null;
}

/**
 * Whether the file still holds what was remembered. 'changed' means someone else saved
 * it (on a shared drive, say): the caller must ask before overwriting. The content
 * decides, not the time: a sync client rewriting the same bytes is 'unchanged'. A file
 * that cannot be read cannot be vouched for and counts as 'changed'.
 */
export async function checkBeforeSave(path: string, remembered: DiskSnapshot, fs: DiskFs = defaultFs): Promise<DiskState> {
  let size: number;
  try {
    size = (await fs.stat(path)).size;
  } catch (e) {
    const code = systemCodeOf(e);
    return code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : 'changed';
  }
  if (size !== remembered.size) return 'changed';
  try {
    return sha256Of(await fs.readFile(path)) === remembered.sha256 ? 'unchanged' : 'changed';
  } catch (e) {
    return systemCodeOf(e) === 'ENOENT' ? 'missing' : 'changed';
  }
}
