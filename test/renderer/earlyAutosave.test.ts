import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { afterEach, describe, expect, it } from 'vitest';
import { createIndexedDbAutosave, DATABASE, STORE, VERSION } from '../../renderer/src/platform/autosave';

/**
 * renderer/early-autosave.js (the classic script that opens the autosave database while the
 * page's modules load) and autosave.ts taking its opening. The browser tests
 * (test/e2e/earlyAutosave.spec.ts) show it in Chromium; these fakes show the branches.
 */
const script = readFileSync(path.join(__dirname, '../../renderer/early-autosave.js'), 'utf8');

interface FakeRequest {
  result: FakeDb;
  error: Error | null;
  onupgradeneeded?: () => void;
  onsuccess?: () => void;
  onerror?: () => void;
  onblocked?: () => void;
}

class FakeDb {
  readonly stores = new Set<string>();
  readonly values = new Map<string, unknown>();
  closed = false;
  transactions = 0;
  onversionchange: (() => void) | null = null;
  onclose: (() => void) | null = null;
  readonly objectStoreNames = { contains: (name: string) => this.stores.has(name) };
  createObjectStore(name: string): void {
    this.stores.add(name);
  }
  close(): void {
    this.closed = true;
  }
  transaction(store: string) {
    if (this.closed) throw new Error('InvalidStateError: the database connection is closing');
    if (!this.stores.has(store)) throw new Error(`NotFoundError: no store ${store}`);
    this.transactions++;
    return {
      objectStore: () => ({
        get: (key: string) => {
          const request: { result?: unknown; onsuccess?: () => void } = {};
          setTimeout(() => {
            request.result = this.values.get(key);
            request.onsuccess?.();
          });
          return request;
        },
      }),
    };
  }
}

/** An IndexedDB that records its opens and answers each in the next task. */
function fakeIndexedDb(db: FakeDb, fail = false) {
  const opens: [string, number][] = [];
  return {
    opens,
    open(name: string, version: number): FakeRequest {
      opens.push([name, version]);
      const request: FakeRequest = { result: db, error: null };
      setTimeout(() => {
        if (fail) {
          request.error = new Error('UnknownError: the disk is full');
          request.onerror?.();
          return;
        }
        request.onupgradeneeded?.();
        request.onsuccess?.();
      });
      return request;
    },
  };
}

function runScript(window: Record<string, unknown>): void {
  vm.runInNewContext(script, { window, Error, Promise });
}

const page = globalThis as { mandatEarlyAutosave?: unknown; indexedDB?: unknown };

afterEach(() => {
  delete page.mandatEarlyAutosave;
  delete page.indexedDB;
});

describe('the early opening of the autosave database', () => {
  it('opens the database, version and store autosave.ts uses', async () => {
    const db = new FakeDb();
    const indexedDB = fakeIndexedDb(db);
    const window: Record<string, unknown> = { indexedDB };
    runScript(window);
    expect(indexedDB.opens).toEqual([[DATABASE, VERSION]]);
    await expect(window.mandatEarlyAutosave).resolves.toBe(db);
    expect([...db.stores]).toEqual([STORE]);
  });

  it('does nothing in the desktop app, which keeps its copy elsewhere, or without IndexedDB', () => {
    const indexedDB = fakeIndexedDb(new FakeDb());
    const desktop: Record<string, unknown> = { indexedDB, mandat: {} };
    runScript(desktop);
    expect(indexedDB.opens).toEqual([]);
    expect(desktop.mandatEarlyAutosave).toBeUndefined();
    const bare: Record<string, unknown> = {};
    runScript(bare);
    expect(bare.mandatEarlyAutosave).toBeUndefined();
    // A sandboxed frame, where reading indexedDB throws: nothing is thrown into the page.
    const sandboxed: Record<string, unknown> = {};
    Object.defineProperty(sandboxed, 'indexedDB', {
      get() {
        throw new Error('SecurityError: access to the IndexedDB API is denied in this context');
      },
    });
    expect(() => runScript(sandboxed)).not.toThrow();
    expect(sandboxed.mandatEarlyAutosave).toBeUndefined();
  });

  it('is what the page’s autosave reads, once, without opening again', async () => {
    const db = new FakeDb();
    const indexedDB = fakeIndexedDb(db);
    const window: Record<string, unknown> = { indexedDB };
    runScript(window);
    db.values.set('current', { name: 'Karta', text: '{}', savedAt: '2026-12-07T00:00:00Z', dirty: true });
    page.mandatEarlyAutosave = window.mandatEarlyAutosave;
    // The page's own IndexedDB would be asked only if the early opening could not be used.
    const own = fakeIndexedDb(new FakeDb());
    page.indexedDB = own;
    const store = createIndexedDbAutosave();
    expect((await store.loadAutosave())?.name).toBe('Karta');
    expect(own.opens).toEqual([]);
    expect(page.mandatEarlyAutosave).toBeUndefined();
    expect(db.onversionchange).not.toBeNull();
  });

  it('is opened again by the page when it failed or its database was closed meanwhile', async () => {
    for (const early of ['failed', 'closed'] as const) {
      const earlyDb = new FakeDb();
      const window: Record<string, unknown> = { indexedDB: fakeIndexedDb(earlyDb, early === 'failed') };
      runScript(window);
      if (early === 'closed') {
        await window.mandatEarlyAutosave;
        // Another tab upgrading the database: the script lets it through.
        (earlyDb.onversionchange as () => void)();
        expect(earlyDb.closed).toBe(true);
      }
      page.mandatEarlyAutosave = window.mandatEarlyAutosave;
      const ownDb = new FakeDb();
      ownDb.values.set('current', { name: `Karta ${early}`, text: '{}', savedAt: '2026-12-07T00:00:00Z', dirty: false });
      const own = fakeIndexedDb(ownDb);
      page.indexedDB = own;
      const record = await createIndexedDbAutosave().loadAutosave();
      expect(record?.name, early).toBe(`Karta ${early}`);
      expect(own.opens, early).toEqual([[DATABASE, VERSION]]);
    }
  });

  it('is left alone by an autosave over another IndexedDB', async () => {
    const early = new FakeDb();
    const window: Record<string, unknown> = { indexedDB: fakeIndexedDb(early) };
    runScript(window);
    page.mandatEarlyAutosave = window.mandatEarlyAutosave;
    const other = fakeIndexedDb(new FakeDb());
    await createIndexedDbAutosave(() => other as unknown as IDBFactory).loadAutosave();
    expect(other.opens).toEqual([[DATABASE, VERSION]]);
    expect(page.mandatEarlyAutosave).toBe(window.mandatEarlyAutosave);
  });
});
