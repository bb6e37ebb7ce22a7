/**
 * The web host's autosave: one record in IndexedDB (database "mandat", store "autosave",
 * key "current"). Every failure — no IndexedDB, private mode, a full quota, a blocked
 * upgrade — is caught and reported with console.warn, never thrown to the editor:
 * autosave is a safety net, and a broken net must not break editing.
 */
import { requestResult, transactionDone } from './indexedDbRequests';
import type { AutosaveRecord } from './types';

// renderer/early-autosave.js opens the same database, version and store.
export const DATABASE = 'mandat';
export const STORE = 'autosave';
const KEY = 'current';
export const VERSION = 1;

export interface AutosaveStore {
  autosave(record: AutosaveRecord): Promise<void>;
  loadAutosave(): Promise<AutosaveRecord | null>;
  clearAutosave(): Promise<void>;
}

function warn(action: string, error: unknown): void {
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  console.warn(`Mandat: autosave could not ${action} (${detail}).`);
}

function isRecord(value: unknown): value is AutosaveRecord {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return typeof r.name === 'string' && typeof r.text === 'string' && typeof r.savedAt === 'string' && typeof r.dirty === 'boolean';
}

/** The page's IndexedDB; reading it can itself throw (a sandboxed frame). */
function pageIndexedDb(): IDBFactory | undefined {
  return globalThis.indexedDB;
}

/**
 * The opening renderer/early-autosave.js began while the page loaded, taken once: the page's
 * first open waits for it instead of asking IndexedDB again.
 */
function takeEarlyOpening(): Promise<IDBDatabase> | null {
  const page = globalThis as { mandatEarlyAutosave?: Promise<IDBDatabase> };
  const early = page.mandatEarlyAutosave ?? null;
  delete page.mandatEarlyAutosave;
  return early;
}

/** An autosave store over `factory` (the page's IndexedDB unless given). */
export function createIndexedDbAutosave(factory: () => IDBFactory | undefined = pageIndexedDb): AutosaveStore {
  let opening: Promise<IDBDatabase> | null = null;

  function open(): Promise<IDBDatabase> {
    if (opening) return opening;
    const early = factory === pageIndexedDb ? takeEarlyOpening() : null;
    // An early opening that failed, or whose database was closed meanwhile, is done again here.
    opening = (early ? early.then(usable, openDatabase) : openDatabase()).then(watch);
    // A failed open is retried on the next call (the quota may have been freed).
    opening.catch(() => {
      opening = null;
    });
    return opening;
  }

  /** `db`, unless it was closed (another tab upgraded it while the page loaded): then a new opening. */
  function usable(db: IDBDatabase): IDBDatabase | Promise<IDBDatabase> {
    try {
      db.transaction(STORE, 'readonly');
      return db;
    } catch {
      return openDatabase();
    }
  }

  /** Another tab upgrading the database: let it, and open again next time. */
  function watch(db: IDBDatabase): IDBDatabase {
    db.onversionchange = () => {
      db.close();
      opening = null;
    };
    db.onclose = () => {
      opening = null;
    };
    return db;
  }

  function openDatabase(): Promise<IDBDatabase> {
    return new Promise<IDBDatabase>((resolve, reject) => {
      const idb = factory();
      if (!idb) {
        reject(new Error('IndexedDB is not available'));
        return;
      }
      const request = idb.open(DATABASE, VERSION);
      request.onupgradeneeded = () => {
        if (!request.result.objectStoreNames.contains(STORE)) request.result.createObjectStore(STORE);
      };
      request.onblocked = () => reject(new Error('the database is held open by another tab with an older version'));
      request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'));
      request.onsuccess = () => resolve(request.result);
    });
  }

  return {
    async autosave(record) {
      try {
        const db = await open();
        const tx = db.transaction(STORE, 'readwrite');
        const done = transactionDone(tx);
        const { name, text, savedAt, dirty } = record;
        tx.objectStore(STORE).put({ name, text, savedAt, dirty }, KEY);
        await done;
      } catch (error) {
        warn('save the copy', error);
      }
    },

    async loadAutosave() {
      try {
        const db = await open();
        const tx = db.transaction(STORE, 'readonly');
        const value: unknown = await requestResult(tx.objectStore(STORE).get(KEY));
        if (value === undefined) return null;
        if (!isRecord(value)) {
          warn('read the copy', new Error('the stored record has an unexpected shape'));
          return null;
        }
        return value;
      } catch (error) {
        warn('read the copy', error);
        return null;
      }
    },

    async clearAutosave() {
      try {
        const db = await open();
        const tx = db.transaction(STORE, 'readwrite');
        const done = transactionDone(tx);
        tx.objectStore(STORE).delete(KEY);
        await done;
      } catch (error) {
        warn('forget the copy', error);
      }
    },
  };
}
