import * as fsp from 'node:fs/promises';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SaveFileHandle } from '../../electron/files/atomicSave';
import type { JournalFs } from '../../electron/files/crashJournal';

/** The real file system, as the modules see it. */
export const realFs: JournalFs = fsp;

/** An error as node:fs throws it. */
export function fsError(code: string): NodeJS.ErrnoException {
  const e: NodeJS.ErrnoException = new Error(`${code}: simulated`);
  e.code = code;
  return e;
}

/** The real file system with some calls replaced. */
export function withFaults(overrides: Partial<JournalFs>): JournalFs {
  return { ...realFs, ...overrides };
}

/** A rename that fails with `code` the first `times` calls (Infinity: always), then renames; counts its calls. */
export function flakyRename(code: string, times: number) {
  const calls: string[][] = [];
  const rename = async (from: string, to: string) => {
    calls.push([from, to]);
    if (calls.length <= times) throw fsError(code);
    await fsp.rename(from, to);
  };
  return { rename, calls };
}

/** An open whose files fill up after `room` bytes, as on a full disk. */
export function fullDiskOpen(room: number) {
  return async (path: string, flags: string, mode?: number): Promise<SaveFileHandle> => {
    const handle = await fsp.open(path, flags, mode);
    return {
      writeFile: async (data) => {
        await handle.writeFile(data.subarray(0, room));
        if (data.length > room) throw fsError('ENOSPC');
      },
      sync: () => handle.sync(),
      close: () => handle.close(),
    };
  };
}

const folders: string[] = [];

/** A fresh temporary folder, removed by `removeTempFolders`. */
export function tempFolder(prefix = 'mandat-files-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  folders.push(dir);
  return dir;
}

/** Removes the folders made by `tempFolder` (call it in afterAll). */
export function removeTempFolders(): void {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A sleep that only records how long it was asked to wait. */
export function recordingSleep() {
  const waits: number[] = [];
  return { sleep: async (ms: number) => void waits.push(ms), waits };
}
