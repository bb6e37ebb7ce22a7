/**
 * docs/reference/workbook.md from the model's declarations (shared/model/declarations/)
 * and the words import accepts (shared/workbook/words.ts): every sheet with its Swedish
 * name and the other names accepted, every column with its Swedish names, and every
 * closed vocabulary with the words a strategist may type.
 */
import { DECLARATIONS, MAP_KEY_DECLARATIONS, MAP_SHEET, type Declarations } from '../../shared/model/declarations';
import { COLLECTIONS } from '../../shared/model/types';
import {
  BODY_KIND_WORDS,
  DOCUMENT_KIND_WORDS,
  DOCUMENTED_WORDS,
  LANGUAGE_WORDS,
  LEVEL_WORDS,
  LINE_KIND_WORDS,
  MEMBER_KIND_WORDS,
  ROLE_WORDS,
  type Words,
} from '../../shared/workbook/words';
import type { Text } from '../../shared/i18n/text';
import { GENERATED_NOTE, table } from './markdown';

/** The closed vocabularies a workbook cell may hold, with the column that holds each. */
const VOCABULARIES: readonly { readonly title: Text; readonly words: Words<string> }[] = [
  { title: { sv: 'Slag av organ (Organ: Slag)', en: 'Body kinds (Bodies: kind)' }, words: BODY_KIND_WORDS },
  { title: { sv: 'Nivå (Organ: Nivå)', en: 'Levels (Bodies: level)' }, words: LEVEL_WORDS },
  { title: { sv: 'Roll (Medlemskap: Roll)', en: 'Roles (Memberships: role)' }, words: ROLE_WORDS },
  { title: { sv: 'Slag av linje (Rapportering: Slag)', en: 'Line kinds (Reporting: kind)' }, words: LINE_KIND_WORDS },
  { title: { sv: 'Dokumenterad (Rapportering)', en: 'Documented (Reporting)' }, words: DOCUMENTED_WORDS },
  { title: { sv: 'Slag av ledamot (Ledamöter: Slag)', en: 'Member kinds (Members: kind)' }, words: MEMBER_KIND_WORDS },
  { title: { sv: 'Slag av styrdokument', en: 'Document kinds' }, words: DOCUMENT_KIND_WORDS },
  { title: { sv: 'Språk (Karta)', en: 'Language (Map)' }, words: LANGUAGE_WORDS },
];

const code = (s: string) => `\`${s}\``;

/** The workbook reference for a set of declarations (the product's by default). */
export function workbookReference(declarations: Declarations = DECLARATIONS): string {
  const out = [
    GENERATED_NOTE,
    '',
    '# Arbetsboken / The workbook',
    '',
    'Bladen och kolumnerna som `mandat import` och Arkiv › Öppna läser i en .xlsx-arbetsbok eller en mapp med CSV-filer, med de svenska namn som också godtas (det första skrivs i en svensk arbetsbok). ' +
      'The sheets and columns `mandat import` and File › Open read from an .xlsx workbook or a folder of CSV files, with the Swedish names accepted beside the English ones (the first is what a Swedish workbook is written with). ' +
      'Namn jämförs utan hänsyn till versaler; names are compared in any case. How import reads and reports: [../workbook.md](../workbook.md).',
    '',
    table(
      ['sheet (CSV file)', 'blad', 'also accepted / godtas också', 'required columns / kolumner som krävs'],
      [
        ...COLLECTIONS.flatMap((c) => {
          const sheet = declarations[c].sheet;
          return sheet ? [[`[${sheet.name}](#${sheet.name.toLowerCase()})`, sheet.sv, sheet.aliases.join(', '), sheet.required.map(code).join(', ')]] : [];
        }),
        [`[${MAP_SHEET.name}](#${MAP_SHEET.name.toLowerCase()})`, MAP_SHEET.sv, MAP_SHEET.aliases.join(', '), MAP_SHEET.required.map(code).join(', ')],
      ],
    ),
  ];
  for (const c of COLLECTIONS) {
    const d = declarations[c];
    const sheet = d.sheet;
    if (!sheet) continue;
    out.push('', `## ${sheet.name}`, '', `${d.title.sv} / ${d.title.en}. Bladet heter / the sheet is called **${sheet.sv}** på svenska.`, '');
    out.push(
      table(
        ['column', 'svenska namn', 'field', 'fältets namn / the field'],
        sheet.columns.map((col) => {
          const top = col.field?.split('.')[0];
          const label = top ? d.labels[top] : undefined;
          return [
            code(col.name) + (sheet.required.includes(col.name) ? ' (krävs / required)' : ''),
            col.sv.join(', '),
            col.field ? code(col.field) : '',
            label ? `${label.sv} / ${label.en}` : '',
          ];
        }),
      ),
    );
  }
  out.push('', `## ${MAP_SHEET.name}`, '', `Kartans egna uppgifter och inställningar, en rad per nyckel (kolumnerna ${MAP_SHEET.columns.map((c) => `${code(c.name)} / ${c.sv.join(', ')}`).join(' och ')}). The map's own fields and settings, one row per key.`, '');
  out.push(table(['key', 'svenska namn', 'betyder / means'], MAP_KEY_DECLARATIONS.map((k) => [code(k.key), k.sv.join(', '), `${k.label.sv} / ${k.label.en}`])));
  out.push('', '## Ord / Words', '', 'Ord i celler jämförs utan hänsyn till versaler, och `_` räknas som mellanslag. Words in cells are compared in any case, `_` as a space.');
  for (const v of VOCABULARIES) {
    out.push('', `### ${v.title.sv} / ${v.title.en}`, '');
    const values = Object.keys(v.words.labels);
    out.push(
      table(
        ['value', 'svenska', 'English', 'also accepted / godtas också'],
        values.map((value) => {
          const label = v.words.labels[value] as Text;
          const shown = new Set([value, label.sv.toLowerCase(), label.en.toLowerCase()].map((w) => w.replace(/_/g, ' ')));
          const others = [...v.words.lookup.values()].filter((w) => w.value === value && !shown.has(w.display.replace(/_/g, ' '))).map((w) => w.display);
          return [code(value), label.sv, label.en, others.join(', ')];
        }),
      ),
    );
  }
  return `${out.join('\n')}\n`;
}
