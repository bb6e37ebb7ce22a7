/**
 * Where the version before kept a map's views: in this browser, under the map's name. Views
 * are part of the map now; what is found here is moved into the open map once and removed.
 */
export function storageKey(mapName: string): string {
  return `mandat.savedViews:${mapName}`;
}

export function readStoredViews(mapName: string): string | null {
  try {
    return globalThis.localStorage?.getItem(storageKey(mapName)) ?? null;
  } catch {
    return null;
  }
}

export function forgetStoredViews(mapName: string): void {
  try {
    globalThis.localStorage?.removeItem(storageKey(mapName));
  } catch {
    /* no storage: nothing to forget */
  }
}
