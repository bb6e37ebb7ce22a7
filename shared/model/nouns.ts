import type { Text } from '../i18n/text';
import { DECLARATIONS } from './declarations';
import { COLLECTIONS, type CollectionName } from './types';

/** What one element of each collection is called, for messages (from the declarations). */
export const ELEMENT_NOUNS: Readonly<Record<CollectionName, Text>> = Object.fromEntries(COLLECTIONS.map((c) => [c, DECLARATIONS[c].noun])) as Record<CollectionName, Text>;
