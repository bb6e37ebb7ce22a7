import { parseViews, type SavedView } from './savedViews';

/**
 * Where a map's views are kept. The map file has no free-form place for them yet (the
 * model is being redeclared), so they stay in this browser, under the map's name, until
 * saved views become part of the model.
 */
export function storageKey(mapName: string): string {
  return `mandat.savedViews:${mapName}`;
}

export function loadViews(mapName: string): SavedView[] {
  try {
    return parseViews(globalThis.localStorage?.getItem(storageKey(mapName)) ?? null);
  } catch {
    return [];
  }
}

export function storeViews(mapName: string, views: readonly SavedView[]): void {
  try {
    globalThis.localStorage?.setItem(storageKey(mapName), JSON.stringify(views));
  } catch {
    /* no storage: the views last for this visit */
  }
}
