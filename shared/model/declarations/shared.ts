import { text } from '../../i18n/text';
import type { ColumnDeclaration } from './declaration';

/** The validity columns every dated collection shares, with the Swedish names import accepts. */
export const VALIDITY_COLUMNS: readonly ColumnDeclaration[] = [
  { name: 'valid_from', sv: ['Giltig från', 'Gäller från', 'Från och med'], field: 'validFrom' },
  { name: 'valid_to', sv: ['Giltig till', 'Gäller till', 'Till och med'], field: 'validTo' },
];

export const NOTES_COLUMN: ColumnDeclaration = { name: 'notes', sv: ['Anteckningar', 'Anteckningar och källor', 'Noteringar'], field: 'notes' };

export const VALIDITY_LABELS = {
  validFrom: text('Giltig från', 'Valid from'),
  validTo: text('Giltig till (sista dagen)', 'Valid to (the last day)'),
};
