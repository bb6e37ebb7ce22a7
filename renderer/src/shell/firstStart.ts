export const WELCOMED_KEY = 'mandat.welcomed';

/** True on the first start in this browser or desktop profile: the start page then opens by itself. */
export function isFirstStart(): boolean {
  try {
    return globalThis.localStorage?.getItem(WELCOMED_KEY) !== '1';
  } catch {
    return false;
  }
}
