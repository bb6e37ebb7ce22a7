import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** A temporary name beside `path`, unique per process and per write. */
function temporaryName(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
}

/** Flushes the folder so that a rename in it survives a power cut (where the platform allows it). */
function syncFolderSync(folder: string): void {
  let fd: number | null = null;
  try {
    fd = openSync(folder, 'r');
    fsyncSync(fd);
  } catch {
    // Windows cannot open or flush a folder; the rename is still atomic there.
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/**
 * Writes a file so that it is either the old one or the whole new one, never half:
 * a temporary file in the same folder, flushed to disk, then renamed over the target.
 */
export function writeFileAtomicSync(path: string, data: string | Uint8Array, mode = 0o600): void {
  const tmp = temporaryName(path);
  let fd: number | null = null;
  try {
    fd = openSync(tmp, 'w', mode);
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    renameSync(tmp, path);
  } catch (e) {
    if (fd !== null) closeSync(fd);
    rmSync(tmp, { force: true });
    throw e;
  }
  syncFolderSync(dirname(path));
}

async function syncFolder(folder: string): Promise<void> {
  let handle: Awaited<ReturnType<typeof open>> | null = null;
  try {
    handle = await open(folder, 'r');
    await handle.sync();
  } catch {
    // As in syncFolderSync.
  } finally {
    await handle?.close();
  }
}

/** The same as `writeFileAtomicSync`, without blocking the server while it waits for the disk. */
export async function writeFileAtomic(path: string, data: Uint8Array, mode = 0o600): Promise<void> {
  const tmp = temporaryName(path);
  const handle = await open(tmp, 'w', mode);
  try {
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
  await syncFolder(dirname(path));
}
