import * as nodeFs from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import { text, type Text } from '../../shared/i18n/text';
import { saveAtomically, type SaveFs, type SaveOptions, type SaveResult } from './atomicSave';
import { systemCodeOf } from './saveErrors';

/** The file-system calls of the journal: those of a save plus listing a folder. */
export interface JournalFs extends SaveFs {
  readdir(path: string): Promise<string[]>;
  mkdir(path: string, options: { recursive: true }): Promise<unknown>;
}

export interface JournalOptions {
  /** The folder of journals (the app's userData/journal). */
  readonly dir: string;
  readonly now: () => Date;
  readonly fs?: JournalFs;
  /** Passed to every save (rename retries, sleep), except the fs. */
  readonly saveOptions?: Omit<SaveOptions, 'fs'>;
  /** Quiet time after the last change before it is written; 1000 ms. */
  readonly delayMs?: number;
  readonly setTimer?: (run: () => void, ms: number) => unknown;
  readonly clearTimer?: (handle: unknown) => void;
  /** Told the outcome of every write, the debounced ones included. */
  readonly onWrite?: (mapId: string, result: SaveResult) => void;
}

/** A journal left behind: an unsaved map that can be recovered. */
export interface JournalEntry {
  readonly mapId: string;
  readonly name: string;
  /** ISO time of the journal write. */
  readonly savedAt: string;
  readonly path: string;
}

export interface UnreadableJournal {
  readonly path: string;
  readonly message: Text;
}

export interface JournalListing {
  /** Newest first. */
  readonly journals: readonly JournalEntry[];
  /** Journals that could not be read: skipped, and reported here. */
  readonly unreadable: readonly UnreadableJournal[];
}

export type ReadJournalResult = ({ readonly ok: true; readonly text: string } & Omit<JournalEntry, 'path'>) | { readonly ok: false; readonly error: UnreadableJournal };

export interface CrashJournal {
  /** Writes `map` to the journal `delayMs` after the last call for this map. */
  scheduleWrite(mapId: string, map: { readonly name: string; readonly text: string }): void;
  /** Writes every pending change now and waits for all writes. */
  flush(): Promise<SaveResult[]>;
  /** Drops the map's journal (after a save, or a close without changes). */
  discard(mapId: string): Promise<void>;
  listJournals(): Promise<JournalListing>;
  readJournal(path: string): Promise<ReadJournalResult>;
}

const defaultFs: JournalFs = nodeFs;
const SUFFIX = '.journal.json';
const MAP_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/;
const JOURNAL = z.object({
  format: z.literal('mandat-journal'),
  version: z.literal(1),
  mapId: z.string().regex(MAP_ID),
  name: z.string(),
  savedAt: z.iso.datetime(),
  text: z.string(),
});

/** Whether `mapId` is safe as part of a file name. */
export function isJournalId(mapId: string): boolean {
  return MAP_ID.test(mapId);
}

/**
 * The crash journal: each unsaved map is written atomically to `<dir>/<mapId>.journal.json`
 * a second after its last change, so a crash loses at most that second.
 */
export function createJournal(options: JournalOptions): CrashJournal {
  const fs = options.fs ?? defaultFs;
  const delayMs = options.delayMs ?? 1000;
  const setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
  const clearTimer = options.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
  const pending = new Map<string, { timer: unknown; name: string; text: string }>();
  /** One chain of writes per map, so an older write never lands after a newer one. */
  const chains = new Map<string, Promise<unknown>>();

  const pathOf = (mapId: string): string => {
    if (!isJournalId(mapId)) throw new RangeError(`Not a journal id: ${JSON.stringify(mapId)}`);
    return join(options.dir, mapId + SUFFIX);
  };

  const write = (mapId: string): Promise<SaveResult> | undefined => {
    const entry = pending.get(mapId);
    if (!entry) return undefined;
    pending.delete(mapId);
    clearTimer(entry.timer);
    const body = { format: 'mandat-journal', version: 1, mapId, name: entry.name, savedAt: options.now().toISOString(), text: entry.text };
    const result = (chains.get(mapId) ?? Promise.resolve()).then(async () => {
      await fs.mkdir(options.dir, { recursive: true }).catch(() => undefined);
      const saved = await saveAtomically(pathOf(mapId), JSON.stringify(body), { ...options.saveOptions, fs });
      try {
        options.onWrite?.(mapId, saved);
      } catch {
        // a failing listener must not stop the next write
      }
      return saved;
    });
    chains.set(mapId, result);
    return result;
  };

  const readJournal = async (path: string): Promise<ReadJournalResult> => {
    const unreadable = (sv: string, en: string): ReadJournalResult => ({ ok: false, error: { path, message: text(sv, en) } });
    if (resolve(dirname(path)) !== resolve(options.dir) || !basename(path).endsWith(SUFFIX))
      return unreadable('Filen är ingen återställningsfil från Mandat.', 'The file is not a Mandat recovery file.');
    let raw: string;
    try {
      raw = Buffer.from(await fs.readFile(path)).toString('utf8');
    } catch (e) {
      const code = systemCodeOf(e);
      return unreadable(`Återställningsfilen kunde inte läsas (${code}).`, `The recovery file could not be read (${code}).`);
    }
    let parsed: z.infer<typeof JOURNAL>;
    try {
      parsed = JOURNAL.parse(JSON.parse(raw));
    } catch {
      return unreadable('Återställningsfilen är skadad och hoppades över.', 'The recovery file is damaged and was skipped.');
    }
    return { ok: true, mapId: parsed.mapId, name: parsed.name, savedAt: parsed.savedAt, text: parsed.text };
  };

  return {
    scheduleWrite(mapId, map) {
      pathOf(mapId);
      const previous = pending.get(mapId);
      if (previous) clearTimer(previous.timer);
      const timer = setTimer(() => void write(mapId), delayMs);
      pending.set(mapId, { timer, name: map.name, text: map.text });
    },

    async flush() {
      const started = [...pending.keys()].map(write).filter((p) => p !== undefined);
      const results = await Promise.all(started);
      await Promise.all(chains.values());
      return results;
    },

    async discard(mapId) {
      const path = pathOf(mapId);
      const entry = pending.get(mapId);
      if (entry) clearTimer(entry.timer);
      pending.delete(mapId);
      await chains.get(mapId);
      chains.delete(mapId);
      await fs.unlink(path).catch(() => undefined);
    },

    async listJournals() {
      let names: string[];
      try {
        names = await fs.readdir(options.dir);
      } catch {
        return { journals: [], unreadable: [] }; // no folder yet: nothing to recover
      }
      const journals: JournalEntry[] = [];
      const unreadable: UnreadableJournal[] = [];
      for (const name of names.filter((n) => n.endsWith(SUFFIX) && !n.startsWith('.')).sort()) {
        const path = join(options.dir, name);
        const read = await readJournal(path);
        if (read.ok) journals.push({ mapId: read.mapId, name: read.name, savedAt: read.savedAt, path });
        else unreadable.push(read.error);
      }
      journals.sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0));
      return { journals, unreadable };
    },

    readJournal,
  };
}
