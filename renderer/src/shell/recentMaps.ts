/**
 * The web version's recent maps, for the start page: the last five maps opened or saved,
 * each with its text, in the autosave's IndexedDB database (store "autosave"), so that one
 * of them opens again without its file. The list ("recent:…": name, file, when) and the
 * texts ("recent-text:…") are kept apart: the list is read each time a map is opened or the
 * start page shows, and reading five large maps' texts with it cost up to a second on the
 * main thread; a text is read only when its map is opened. Failures are warned about and
 * leave the list as it was: the list is a convenience, never in the way.
 */
import { create } from 'zustand';
import { requestResult, transactionDone } from '../platform/indexedDbRequests';

const DATABASE = 'mandat';
const STORE = 'autosave';
const PREFIX = 'recent:';
const TEXT_PREFIX = 'recent-text:';
const MAX = 5;

export interface RecentMap {
  /** The map's name as its file or meta says. */
  readonly name: string;
  /** The file it came from or was saved to ('' for none). */
  readonly fileName: string;
  /** ISO date-time it was last opened or saved here. */
  readonly at: string;
  /** Whether the file's bytes were UTF-8 (false: some letters could not be read; absent in entries from before it was kept). */
  readonly utf8?: boolean;
}

/** The list as last read, newest first. */
export const useRecentMaps = create<{ list: readonly RecentMap[] }>()(() => ({ list: [] }));

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const r = indexedDB.open(DATABASE, 1);
    r.onupgradeneeded = () => {
      if (!r.result.objectStoreNames.contains(STORE)) r.result.createObjectStore(STORE);
    };
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('IndexedDB could not be opened'));
    r.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
  });
}

/** An entry of the list; one written before the texts were kept apart also holds its `text`. */
function isRecent(v: unknown): v is RecentMap & { readonly text?: string } {
  const r = v as (Partial<RecentMap> & { text?: unknown }) | null;
  return !!r && typeof r.name === 'string' && typeof r.fileName === 'string' && typeof r.at === 'string' && (r.text === undefined || typeof r.text === 'string');
}

const keyOf = (m: Pick<RecentMap, 'name' | 'fileName'>): string => `${PREFIX}${m.fileName || m.name}`;
const textKeyOf = (m: Pick<RecentMap, 'name' | 'fileName'>): string => `${TEXT_PREFIX}${m.fileName || m.name}`;
const entryOf = (m: RecentMap): RecentMap => ({ name: m.name, fileName: m.fileName, at: m.at, ...(typeof m.utf8 === 'boolean' ? { utf8: m.utf8 } : {}) });

/**
 * The list, newest first. An entry kept with its text (by an earlier version) has the text
 * moved beside it once, so that later reads of the list are light.
 */
async function readAll(db: IDBDatabase): Promise<RecentMap[]> {
  const values = await requestResult(db.transaction(STORE, 'readonly').objectStore(STORE).getAll(IDBKeyRange.bound(PREFIX, `${PREFIX}\uffff`)));
  const recent = values.filter(isRecent);
  const old = recent.filter((m) => m.text !== undefined);
  if (old.length > 0) {
    const tx = db.transaction(STORE, 'readwrite');
    for (const m of old) {
      tx.objectStore(STORE).put(m.text, textKeyOf(m));
      tx.objectStore(STORE).put(entryOf(m), keyOf(m));
    }
    await transactionDone(tx);
  }
  return recent.map(entryOf).sort((a, b) => (a.at < b.at ? 1 : -1));
}

/** Reads the list into useRecentMaps. */
export async function loadRecentMaps(): Promise<void> {
  if (typeof indexedDB === 'undefined') return;
  try {
    const db = await openDb();
    useRecentMaps.setState({ list: await readAll(db) });
    db.close();
  } catch (error) {
    console.warn('Mandat: the recent maps could not be read', error);
  }
}

/** The text kept for a map of the list; null when it is not there (any more). */
export async function recentMapText(map: Pick<RecentMap, 'name' | 'fileName'>): Promise<string | null> {
  if (typeof indexedDB === 'undefined') return null;
  const db = await openDb();
  try {
    const store = db.transaction(STORE, 'readonly').objectStore(STORE);
    const [text, entry] = await Promise.all([requestResult(store.get(textKeyOf(map))), requestResult(store.get(keyOf(map)))]);
    if (typeof text === 'string') return text;
    // An entry of an earlier version not yet moved: its text is in it.
    return isRecent(entry) && typeof entry.text === 'string' ? entry.text : null;
  } finally {
    db.close();
  }
}

/** Puts a map first in the list (replacing the entry of the same file or name), keeping five. */
export async function rememberMap(map: Omit<RecentMap, 'at'> & { readonly text: string }): Promise<void> {
  if (typeof indexedDB === 'undefined' || (!map.name && !map.fileName)) return;
  try {
    const db = await openDb();
    const entry: RecentMap = { name: map.name, fileName: map.fileName, at: new Date().toISOString(), ...(map.utf8 === undefined ? {} : { utf8: map.utf8 }) };
    const tx = db.transaction(STORE, 'readwrite');
    tx.objectStore(STORE).put(map.text, textKeyOf(entry));
    tx.objectStore(STORE).put(entry, keyOf(entry));
    await transactionDone(tx);
    const others = (await readAll(db)).filter((m) => keyOf(m) !== keyOf(entry));
    const drop = others.slice(MAX - 1);
    if (drop.length > 0) {
      const tx2 = db.transaction(STORE, 'readwrite');
      for (const m of drop) {
        tx2.objectStore(STORE).delete(keyOf(m));
        tx2.objectStore(STORE).delete(textKeyOf(m));
      }
      await transactionDone(tx2);
    }
    useRecentMaps.setState({ list: [entry, ...others.slice(0, MAX - 1)] });
    db.close();
  } catch (error) {
    console.warn('Mandat: the recent maps could not be kept', error);
  }
}
