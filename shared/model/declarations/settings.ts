import { text, type Text } from '../../i18n/text';
import { enumField, numberField, textField, textListField, type ObjectSpec } from '../fields';
import { LANGUAGES } from '../vocabulary';
import type { SheetDeclaration } from './declaration';

export const META_SPEC: ObjectSpec = {
  name: textField({ max: 500 }),
  author: textField({ max: 500 }),
  description: textField(),
};

export const SETTINGS_SPEC: ObjectSpec = {
  overlapThreshold: numberField({ min: 0.01, max: 1, fallback: 0.5 }),
  overlapMinShared: numberField({ min: 1, max: 1000, integer: true, fallback: 2 }),
  overloadThreshold: numberField({ min: 1, max: 1000, integer: true, fallback: 5 }),
  language: enumField(LANGUAGES, 'sv', text('ett språk', 'a language')),
  situationalPictureMaxAgeMonths: numberField({ min: 1, max: 240, integer: true, fallback: 24 }),
  rulesOff: textListField(),
  accountableTaskThreshold: numberField({ min: 1, max: 1000, integer: true, fallback: 5 }),
  answerDueDays: numberField({ min: 1, max: 3650, integer: true, fallback: 90 }),
};

/** One key of the workbook's Map sheet: the part of the map and the field it stands for, its label and Swedish names. */
export interface MapKeyDeclaration {
  readonly key: string;
  readonly part: 'meta' | 'settings';
  readonly field: string;
  readonly label: Text;
  readonly sv: readonly string[];
}

/** The map's own fields (its name, author, description) and its settings, as the Map sheet holds them. */
export const MAP_KEY_DECLARATIONS: readonly MapKeyDeclaration[] = [
  { key: 'name', part: 'meta', field: 'name', label: text('Kartans namn', "The map's name"), sv: ['Namn', 'Kartans namn'] },
  { key: 'author', part: 'meta', field: 'author', label: text('Författare', 'Author'), sv: ['Författare'] },
  { key: 'description', part: 'meta', field: 'description', label: text('Beskrivning', 'Description'), sv: ['Beskrivning'] },
  { key: 'overlap_threshold', part: 'settings', field: 'overlapThreshold', label: text('Överlappsandel', 'Overlap share'), sv: ['Överlappsandel', 'Överlapp andel'] },
  { key: 'overlap_min_shared', part: 'settings', field: 'overlapMinShared', label: text('Överlapp: minst gemensamma', 'Overlap: fewest shared'), sv: ['Överlapp minst gemensamma'] },
  { key: 'overload_threshold', part: 'settings', field: 'overloadThreshold', label: text('Överbelastad vid fler än', 'Overloaded above'), sv: ['Överbelastad fler än', 'Överbelastning'] },
  { key: 'language', part: 'settings', field: 'language', label: text('Språk', 'Language'), sv: ['Språk'] },
  {
    key: 'situational_picture_max_age',
    part: 'settings',
    field: 'situationalPictureMaxAgeMonths',
    label: text('Lägesbild: högsta ålder i månader', 'Situational picture: greatest age in months'),
    sv: ['Lägesbildens högsta ålder', 'Lägesbild högsta ålder'],
  },
  { key: 'rules_off', part: 'settings', field: 'rulesOff', label: text('Avstängda kontroller', 'Checks switched off'), sv: ['Avstängda kontroller', 'Avstängda regler'] },
  {
    key: 'accountable_task_threshold',
    part: 'settings',
    field: 'accountableTaskThreshold',
    label: text('Ansvarar (A) för fler uppgifter än', 'Accountable (A) for more tasks than'),
    sv: ['Ansvarar för fler uppgifter än', 'Flaskhals vid fler än'],
  },
  { key: 'answer_due_days', part: 'settings', field: 'answerDueDays', label: text('Svar på granskning inom (dagar)', 'Audit answer due within (days)'), sv: ['Svar inom dagar', 'Svar på granskning inom (dagar)'] },
];

/** The Map sheet: one row per key. */
export const MAP_SHEET: SheetDeclaration = {
  name: 'Map',
  sv: 'Karta',
  aliases: ['karta'],
  columns: [
    { name: 'key', sv: ['Nyckel'] },
    { name: 'value', sv: ['Värde'] },
  ],
  required: ['key', 'value'],
};
