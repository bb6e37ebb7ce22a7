import { text, type Text } from '../shared/i18n/text';
import type { Language } from '../shared/model/vocabulary';

/** A failure the command line reports with exit code 2: bad arguments or bad input. */
export class InputError extends Error {
  constructor(
    readonly text: Text,
    readonly details: readonly Text[] = [],
  ) {
    super(text.en);
  }
}

export function inputError(sv: string, en: string, details: readonly Text[] = []): InputError {
  return new InputError(text(sv, en), details);
}

/** The language from --lang, or null when not given; refuses anything else. */
export function parseLanguage(value: string | undefined): Language | null {
  if (value === undefined) return null;
  if (value === 'sv' || value === 'en') return value;
  throw inputError(`--lang ska vara sv eller en, inte "${value}".`, `--lang must be sv or en, not "${value}".`);
}
