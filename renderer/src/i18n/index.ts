import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../../shared/model/vocabulary';
import { en } from './en';
import { sv } from './sv';

/** Starts i18next with both languages; Swedish is the default. */
export function startI18n(lang: Language = 'sv'): typeof i18next {
  void i18next.use(initReactI18next).init({
    resources: { sv: { translation: sv }, en: { translation: en } },
    lng: lang,
    fallbackLng: 'sv',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18next;
}

export { i18next };
