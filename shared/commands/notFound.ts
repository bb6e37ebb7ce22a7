import { text } from '../i18n/text';
import type { Issue } from '../model/issue';
import { ELEMENT_NOUNS } from '../model/nouns';
import type { CollectionName } from '../model/types';

/** "there is no body with id "ks2"", at `path`. */
export function notFound(collection: CollectionName, id: unknown, path: string): Issue {
  const n = ELEMENT_NOUNS[collection];
  return {
    code: 'not-found',
    path,
    message: text(`det finns ingen ${n.sv} med id "${String(id)}"`, `there is no ${n.en} with id "${String(id)}"`),
  };
}
