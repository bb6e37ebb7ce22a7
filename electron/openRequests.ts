import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { readsAsBytes, savesBack } from '../shared/file/kinds';
import { text } from '../shared/i18n/text';
import type { IpcResponses, OpenedByMain, OpenRefused, WindowPlacement } from '../shared/ipc';
import { checkDroppedPaths, type DroppedFs } from './files/droppedPaths';
import { readForOpen, type DiskSnapshot } from './files/diskChange';
import { placementFor, type WindowFacts } from './windowPlacement';

/** What a new window is opened with: files to open, or an empty new map (File > New). */
export type QueuedOpen = readonly string[] | 'empty';

export interface OpenDeps {
  /** A path the user chose: allowed to be saved to, in the recent list, and what was read (for the on-disk-change check). */
  readonly remember: (path: string, snapshot?: DiskSnapshot) => Promise<void>;
  readonly windowInfo: (windowId: number) => WindowFacts | undefined;
  readonly openInNewWindow: (open: QueuedOpen) => void;
  readonly fs?: DroppedFs;
}

type ReadChosen = { ok: true; file: OpenedByMain['files'][number]; snapshot?: DiskSnapshot } | { ok: false; refused: OpenRefused['refused'] };

/** Reads a file the user chose: bytes for a workbook or CSV (whose encoding the import finds), text (and what was on disk) for the rest. */
export async function readChosen(path: string): Promise<ReadChosen> {
  const name = basename(path);
  if (readsAsBytes(path)) {
    try {
      return { ok: true, file: { name, content: new Uint8Array(await readFile(path)) } };
    } catch {
      return { ok: false, refused: { name, message: text(`${name} kunde inte läsas.`, `${name} could not be read.`) } };
    }
  }
  const read = await readForOpen(path);
  if (!read.ok) return { ok: false, refused: { name, message: read.error.message } };
  return { ok: true, file: { name, content: read.text, utf8: read.utf8 }, snapshot: read.snapshot };
}

/**
 * Opening files in windows, one window per map: files chosen in a dialog, dropped, or
 * queued for a window main opens (a double-clicked or recent file, File > New, or an
 * open from a window that already holds a map). No Electron here, so it is tested under Node.
 */
export function createOpenRequests(deps: OpenDeps) {
  const queued = new Map<number, QueuedOpen>();

  /** Reads the files for this window; any that cannot be read refuses them all. */
  async function openHere(paths: readonly string[]): Promise<OpenedByMain | OpenRefused> {
    const reads = await Promise.all(paths.map(readChosen));
    const failed = reads.find((r) => !r.ok);
    if (failed && !failed.ok) return { refused: failed.refused };
    for (const [i, path] of paths.entries()) {
      const r = reads[i];
      await deps.remember(path, r?.ok ? r.snapshot : undefined);
    }
    const files = reads.flatMap((r) => (r.ok ? [r.file] : []));
    const single = paths.length === 1 && savesBack(paths[0] ?? '') ? paths[0] : undefined;
    return { files, ...(single ? { handle: single } : {}) };
  }

  /** Opens in this window when it is untouched; else in a new window, and this one gets null. */
  function open(windowId: number, paths: readonly string[]): Promise<OpenedByMain | OpenRefused> | null {
    if (placementFor(deps.windowInfo(windowId)) === 'this-window') return openHere(paths);
    deps.openInNewWindow(paths);
    return null;
  }

  return {
    /** What the window `windowId` opens with once its page asks. */
    queue(windowId: number, what: QueuedOpen): void {
      queued.set(windowId, what);
    },

    /** Files chosen in the open dialog. A file that cannot be read fails the request, as before. */
    async openChosen(windowId: number, paths: readonly string[]): Promise<IpcResponses['file:open']> {
      const r = await open(windowId, paths);
      if (r && 'refused' in r) throw new Error(r.refused.message.en);
      return r;
    },

    /** Files dropped on a window, by the paths the preload found for them. */
    async openDropped(windowId: number, paths: readonly string[]): Promise<IpcResponses['file:openDropped']> {
      const checked = await checkDroppedPaths(paths, deps.fs);
      if (!checked.ok) return { refused: { name: checked.name, message: checked.message } };
      return open(windowId, checked.paths);
    },

    /** What was queued for the window, once: its files read, `empty` for File > New, or null. */
    async pending(windowId: number): Promise<IpcResponses['file:pending']> {
      const what = queued.get(windowId);
      queued.delete(windowId);
      if (what === undefined) return null;
      if (what === 'empty') return { empty: true };
      return openHere(what);
    },

    /** File > New: this window makes it when untouched; else a new window is opened for it. */
    newMap(windowId: number): WindowPlacement {
      const where = placementFor(deps.windowInfo(windowId));
      if (where === 'new-window') deps.openInNewWindow('empty');
      return where;
    },
  };
}

export type OpenRequests = ReturnType<typeof createOpenRequests>;
