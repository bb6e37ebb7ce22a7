import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../../shared/model/vocabulary';
import { sv } from './sv';

/**
 * The strings of each language other than Swedish, loaded when first needed: at start when
 * it is the remembered language, else after start-up (main.tsx preloads it) or when the
 * language is switched. Swedish, the default and the fallback, is always there.
 */
const LOADERS: Record<Exclude<Language, 'sv'>, () => Promise<Record<string, unknown>>> = {
  en: () => import('./en').then((m) => m.en),
};

const loading = new Map<Language, Promise<void>>();

/** Resolves once the strings of `lang` are in i18next (at once for a language already there). */
export function loadLanguage(lang: Language): Promise<void> {
  if (lang === 'sv' || i18next.hasResourceBundle(lang, 'translation')) return Promise.resolve();
  let pending = loading.get(lang);
  if (!pending) {
    pending = LOADERS[lang]().then((strings) => void i18next.addResourceBundle(lang, 'translation', strings));
    // A failed load (a network error in the web version) may be tried again.
    pending.catch(() => loading.delete(lang));
    loading.set(lang, pending);
  }
  return pending;
}

/**
 * Loads `lang` if needed, then makes it the interface's language; until then the interface
 * stays in the language it has (never untranslated keys). Only a real change: i18next
 * announces even a change to the same language, and every translated component would draw again.
 */
export async function switchLanguage(lang: Language): Promise<void> {
  await loadLanguage(lang);
  if (i18next.language !== lang) await i18next.changeLanguage(lang);
}

/**
 * Starts i18next with Swedish (the default and fallback) and, once it is loaded, `lang`;
 * resolves when the interface can be drawn in `lang` (at once for Swedish), or in Swedish
 * when `lang` cannot be loaded; never rejects, so start-up always draws the window.
 */
export function startI18n(lang: Language = 'sv'): Promise<typeof i18next> {
  void i18next.use(initReactI18next).init({
    resources: { sv: { translation: sv } },
    lng: 'sv',
    fallbackLng: 'sv',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  if (lang === 'sv') return Promise.resolve(i18next);
  // Strings that cannot be loaded (the web version's server gone) leave the window in
  // Swedish rather than not drawing it at all.
  return switchLanguage(lang).then(
    () => i18next,
    (error: unknown) => {
      console.warn(`Mandat: the ${lang} strings could not be loaded; the window stays in Swedish`, error);
      return i18next;
    },
  );
}

export { i18next };
