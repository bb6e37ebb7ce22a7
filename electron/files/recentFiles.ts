import * as nodeFs from 'node:fs/promises';
import { posix, win32 } from 'node:path';
import { text, type Text } from '../../shared/i18n/text';
import { saveAtomically, type SaveOptions, type SaveResult } from './atomicSave';
import { systemCodeOf } from './saveErrors';

export const MAX_RECENT = 10;

/** Recently opened files, most recent first, absolute paths, no duplicates. */
export type RecentFiles = readonly string[];

export interface RecentLoad {
  readonly list: RecentFiles;
  /** Set when the stored list was broken and an empty (or partial) list is used instead. */
  readonly problem?: Text;
}

type Platform = NodeJS.Platform;
const pathsOf = (platform: Platform) => (platform === 'win32' ? win32 : posix);

/** The form a path is compared in: normalized, and on Windows case-insensitive. Null when not an absolute path. */
function key(path: unknown, platform: Platform): string | null {
  if (typeof path !== 'string' || path.length === 0 || path.length > 4096 || path.includes('\0')) return null;
  const p = pathsOf(platform);
  if (!p.isAbsolute(path)) return null;
  const normal = p.normalize(path);
  return platform === 'win32' ? normal.toLowerCase() : normal;
}

/** Whether two paths name the same file by spelling (normalized; case-insensitive on Windows). */
export function samePath(a: string, b: string, platform: Platform = process.platform): boolean {
  const ka = key(a, platform);
  return ka !== null && ka === key(b, platform);
}

/** The list with `path` first; an older entry for the same file goes, and the list keeps at most 10. Relative paths are ignored. */
export function addRecent(list: RecentFiles, path: string, platform: Platform = process.platform): RecentFiles {
  if (key(path, platform) === null) return list;
  const normal = pathsOf(platform).normalize(path);
  return [normal, ...list.filter((p) => !samePath(p, normal, platform))].slice(0, MAX_RECENT);
}

/** The list without `path` (say, when the file is gone). */
export function removeRecent(list: RecentFiles, path: string, platform: Platform = process.platform): RecentFiles {
  return list.filter((p) => !samePath(p, path, platform));
}

/**
 * Whether the renderer may open `path`: only files the user chose in a dialog this
 * session or picked from the recent list. Anything else (a path made up by a page) is refused.
 */
export function isAllowedPath(list: RecentFiles, chosenThisSession: Iterable<string>, path: unknown, platform: Platform = process.platform): boolean {
  const wanted = key(path, platform);
  if (wanted === null) return false;
  for (const allowed of [...list, ...chosenThisSession]) if (key(allowed, platform) === wanted) return true;
  return false;
}

/** Reads the stored list; a missing file is an empty list, a broken one too (with a problem to log). */
export async function loadRecent(
  file: string,
  fs: { readFile(path: string): Promise<Uint8Array> } = nodeFs,
  platform: Platform = process.platform,
): Promise<RecentLoad> {
  const broken = text(
    'Listan över senast öppnade filer var skadad och har tömts.',
    'The list of recently opened files was damaged and has been emptied.',
  );
  let raw: string;
  try {
    raw = Buffer.from(await fs.readFile(file)).toString('utf8');
  } catch (e) {
    const code = systemCodeOf(e);
    if (code === 'ENOENT') return { list: [] };
    return {
      list: [],
      problem: text(`Listan över senast öppnade filer kunde inte läsas (${code}).`, `The list of recently opened files could not be read (${code}).`),
    };
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { list: [], problem: broken };
  }
  const files = typeof data === 'object' && data !== null ? (data as { files?: unknown }).files : undefined;
  if (!Array.isArray(files)) return { list: [], problem: broken };
  let list: RecentFiles = [];
  // Oldest first through addRecent, so order, duplicates and the limit come out right.
  for (const entry of [...files].reverse()) if (typeof entry === 'string') list = addRecent(list, entry, platform);
  // Duplicates and entries past the limit go quietly; entries that are no paths are reported.
  const invalid = files.some((entry) => key(entry, platform) === null);
  return invalid ? { list, problem: broken } : { list };
}

/** Stores the list atomically as `{ "version": 1, "files": [...] }`. */
export function saveRecent(file: string, list: RecentFiles, options: SaveOptions = {}): Promise<SaveResult> {
  return saveAtomically(file, JSON.stringify({ version: 1, files: list }, null, 2) + '\n', options);
}
