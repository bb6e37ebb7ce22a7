import type { Language } from '../../../shared/model/vocabulary';

const KEY = 'mandat.language';

/** The page's localStorage, where there is one (this module is also type-checked for Node). */
const storage = (): { getItem(key: string): string | null; setItem(key: string, value: string): void } | undefined =>
  (globalThis as { localStorage?: { getItem(key: string): string | null; setItem(key: string, value: string): void } }).localStorage;

/**
 * The interface language the person chose last on this computer (Swedish until they
 * choose). It is kept beside the browser's other settings, not in the map: switching
 * it is not an edit, so it neither marks the map unsaved nor travels with the file.
 */
export function rememberedLanguage(): Language {
  try {
    return storage()?.getItem(KEY) === 'en' ? 'en' : 'sv';
  } catch {
    return 'sv';
  }
}

export function rememberLanguage(lang: Language): void {
  try {
    storage()?.setItem(KEY, lang);
  } catch {
    // Storage refused (a private window, a full disk): the choice holds for this session only.
  }
}
