import * as nodeFs from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { isTempFileOf } from './atomicSave';

/** The calls the clean-up makes; node:fs/promises by default. */
export interface LeftoverFs {
  readdir(path: string): Promise<string[]>;
  stat(path: string): Promise<{ readonly mtimeMs: number }>;
  unlink(path: string): Promise<void>;
}

/**
 * A temporary file younger than this may belong to a save that is still running (another
 * window, or a colleague's Mandat on a shared drive): it is left alone. A save takes
 * well under a second; a minute is ample even on a slow network share.
 */
export const TEMP_IN_USE_MS = 60_000;

export interface LeftoverOptions {
  readonly fs?: LeftoverFs;
  readonly now?: () => number;
}

/**
 * Removes the temporary copies that earlier saves of `path` left beside it (a save killed
 * before its rename, or one whose rename another program refused): each a complete copy
 * of the map that would otherwise lie next to the user's file for ever. Called when the
 * map is opened and after it is saved. Only copies the file has superseded are removed
 * (no newer than the file): one newer than the file may be the only copy of a save that
 * failed, and stays until the next save replaces it. Returns the paths removed; never throws.
 */
export async function removeLeftoverTemps(path: string, options: LeftoverOptions = {}): Promise<string[]> {
  const fs = options.fs ?? nodeFs;
  const now = (options.now ?? Date.now)();
  const removed: string[] = [];
  try {
    const fileTime = (await fs.stat(path)).mtimeMs;
    const folder = dirname(path);
    for (const name of await fs.readdir(folder)) {
      if (!isTempFileOf(path, name)) continue;
      const temp = join(folder, name);
      try {
        const { mtimeMs } = await fs.stat(temp);
        if (now - mtimeMs < TEMP_IN_USE_MS || mtimeMs > fileTime) continue;
        await fs.unlink(temp);
        removed.push(temp);
      } catch {
        // Gone already, or not ours to remove: leave it.
      }
    }
  } catch {
    // No file or an unreadable folder: nothing to clean.
  }
  return removed;
}

