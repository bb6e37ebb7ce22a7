/**
 * The web version's recent maps, for the start page: the last five maps opened or saved,
 * each with its text, in the autosave's IndexedDB database (store "autosave", keys
 * "recent:…"), so that one of them opens again without its file. Failures are warned
 * about and leave the list as it was: the list is a convenience, never in the way.
 */
import { create } from 'zustand';

const DATABASE = 'mandat';
const STORE = 'autosave';
const PREFIX = 'recent:';
const MAX = 5;

export interface RecentMap {
  /** The map's name as its file or meta says. */
  readonly name: string;
  /** The file it came from or was saved to ('' for none). */
  readonly fileName: string;
  /** ISO date-time it was last opened or saved here. */
  readonly at: string;
  readonly text: string;
}

/** The list as last read, newest first (without the texts' cost in the UI: they are read when one is opened). */
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

function isRecent(v: unknown): v is RecentMap {
  const r = v as Partial<RecentMap> | null;
  return !!r && typeof r.name === 'string' && typeof r.fileName === 'string' && typeof r.at === 'string' && typeof r.text === 'string';
}

async function readAll(db: IDBDatabase): Promise<RecentMap[]> {
  const range = IDBKeyRange.bound(PREFIX, `${PREFIX}\uffff`);
  const values = await new Promise<unknown[]>((resolve, reject) => {
    const req = db.transaction(STORE, 'readonly').objectStore(STORE).getAll(range);
    req.onsuccess = () => resolve(req.result as unknown[]);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB read failed'));
  });
  return values.filter(isRecent).sort((a, b) => (a.at < b.at ? 1 : -1));
}

const keyOf = (m: Pick<RecentMap, 'name' | 'fileName'>): string => `${PREFIX}${m.fileName || m.name}`;

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

/** Puts a map first in the list (replacing the entry of the same file or name), keeping five. */
export async function rememberMap(map: Omit<RecentMap, 'at'>): Promise<void> {
  if (typeof indexedDB === 'undefined' || (!map.name && !map.fileName)) return;
  try {
    const db = await openDb();
    const entry: RecentMap = { ...map, at: new Date().toISOString() };
    const tx = db.transaction(STORE, 'readwrite');
    const store = tx.objectStore(STORE);
    store.put(entry, keyOf(entry));
    const others = (await readAll(db)).filter((m) => keyOf(m) !== keyOf(entry));
    const drop = others.slice(MAX - 1);
    const tx2 = db.transaction(STORE, 'readwrite');
    for (const m of drop) tx2.objectStore(STORE).delete(keyOf(m));
    await new Promise<void>((resolve) => {
      tx2.oncomplete = tx2.onerror = tx2.onabort = () => resolve();
    });
    useRecentMaps.setState({ list: [entry, ...others.slice(0, MAX - 1)] });
    db.close();
  } catch (error) {
    console.warn('Mandat: the recent maps could not be kept', error);
  }
}
