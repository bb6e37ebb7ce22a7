import * as nodeFs from 'node:fs/promises';
import { posix, win32 } from 'node:path';
import { isOpenable, notOpenableMessage } from '../../shared/file/kinds';
import { text, type Text } from '../../shared/i18n/text';
import { systemCodeOf } from './saveErrors';

export type DroppedPathsCheck = { readonly ok: true; readonly paths: readonly string[] } | { readonly ok: false; readonly name: string; readonly message: Text };

export interface DroppedFs {
  stat(path: string): Promise<{ isFile(): boolean }>;
}

/**
 * Whether the paths of a drop may be opened: each absolute, with an extension Mandat
 * opens, and a regular file (not a folder, a device or a pipe). The preload found them
 * for real dropped files, but main does not take a renderer's word for what a path is.
 * The first path that fails refuses the drop, with a message naming it.
 */
export async function checkDroppedPaths(paths: readonly string[], fs: DroppedFs = nodeFs, platform: NodeJS.Platform = process.platform): Promise<DroppedPathsCheck> {
  const p = platform === 'win32' ? win32 : posix;
  for (const path of paths) {
    const name = p.basename(path);
    const refuse = (sv: string, en: string): DroppedPathsCheck => ({ ok: false, name, message: text(sv, en) });
    if (!p.isAbsolute(path) || path.includes('\0')) return refuse(`"${path}" är ingen plats på datorn.`, `"${path}" is not a place on this computer.`);
    if (!isOpenable(name)) return { ok: false, name, message: notOpenableMessage(name) };
    let isFile: boolean;
    try {
      isFile = (await fs.stat(path)).isFile();
    } catch (e) {
      const code = systemCodeOf(e);
      if (code === 'ENOENT' || code === 'ENOTDIR') return refuse(`"${name}" finns inte (längre).`, `"${name}" does not exist (any more).`);
      return refuse(`"${name}" kunde inte läsas (${code}).`, `"${name}" could not be read (${code}).`);
    }
    if (!isFile) return refuse(`"${name}" är ingen fil (en mapp?) och kan inte öppnas.`, `"${name}" is not a file (a folder?) and cannot be opened.`);
  }
  return { ok: true, paths };
}
