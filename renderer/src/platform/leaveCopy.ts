/**
 * The web host's last-moment copy of the map: written synchronously to localStorage when
 * the page is hidden or left (a reload, a closed tab), where an IndexedDB transaction
 * started then may not finish. It is read beside the IndexedDB copy on start, the newer
 * of the two wins, and it is dropped once IndexedDB holds a copy as new. A map too large
 * for localStorage (about 5 MB) is not copied here: then the page warns before leaving.
 */
import type { AutosaveRecord } from './types';

const KEY = 'mandat.leaveCopy';

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // a sandboxed frame or storage switched off
  }
}

/** Writes the copy now; false when it could not be written (no storage, over the quota). */
export function writeLeaveCopy(record: AutosaveRecord): boolean {
  const s = storage();
  if (!s) return false;
  try {
    s.setItem(KEY, JSON.stringify(record));
    return true;
  } catch {
    // Over the quota: remove a stale smaller copy, so that an older map is never taken for newer.
    try {
      s.removeItem(KEY);
    } catch {
      /* nothing more to do */
    }
    return false;
  }
}

/** The copy, or null when there is none or it does not read as one. */
export function readLeaveCopy(): AutosaveRecord | null {
  const text = storage()?.getItem(KEY);
  if (!text) return null;
  try {
    const r = JSON.parse(text) as Partial<AutosaveRecord> | null;
    if (r && typeof r.name === 'string' && typeof r.text === 'string' && typeof r.savedAt === 'string' && typeof r.dirty === 'boolean') return r as AutosaveRecord;
  } catch {
    /* a damaged copy counts as none */
  }
  return null;
}

/** Drops the copy when IndexedDB holds one at least as new (`savedAt`), or always without a date. */
export function dropLeaveCopy(upTo?: string): void {
  const s = storage();
  if (!s) return;
  const copy = readLeaveCopy();
  if (!copy || upTo === undefined || copy.savedAt <= upTo) s.removeItem(KEY);
}

/** The newer of two copies (the later `savedAt`); either may be missing. */
export function newerCopy(a: AutosaveRecord | null, b: AutosaveRecord | null): AutosaveRecord | null {
  if (!a) return b;
  if (!b) return a;
  return b.savedAt > a.savedAt ? b : a;
}
