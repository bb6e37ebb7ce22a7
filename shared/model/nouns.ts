import { text, type Text } from '../i18n/text';
import type { CollectionName } from './types';

/** What one element of each collection is called, for messages. */
export const ELEMENT_NOUNS: Readonly<Record<CollectionName, Text>> = {
  bodies: text('organ', 'body'),
  members: text('ledamot', 'member'),
  memberships: text('medlemskap', 'membership'),
  reportingLines: text('rapporteringslinje', 'reporting line'),
  initiatives: text('satsning', 'initiative'),
  fundingLines: text('finansiering', 'funding line'),
  acknowledgements: text('kvittering', 'acknowledgement'),
  comments: text('kommentar', 'comment'),
};
