import { text, type Text } from '../i18n/text';
import type { Language } from '../model/vocabulary';
import { MAP_KEYS, normaliseHeader, SHEETS, type MapKey, type SheetKey } from './columns';

/**
 * The Swedish names of the workbook's sheets, columns and Map keys: the first of each
 * list is what a Swedish workbook is written with (the words of the editor's forms),
 * the others are accepted too. English snake_case is always accepted beside them.
 */
const SV_SHEET: Readonly<Record<SheetKey, string>> = {
  bodies: 'Organ',
  members: 'Ledamöter',
  memberships: 'Medlemskap',
  reportingLines: 'Rapportering',
  initiatives: 'Satsningar',
  fundingLines: 'Finansiering',
  acknowledgements: 'Kvitteringar',
  map: 'Karta',
};

type Names = Readonly<Record<string, readonly string[]>>;

const VALIDITY: Names = { valid_from: ['Giltig från', 'Gäller från', 'Från och med'], valid_to: ['Giltig till', 'Gäller till', 'Till och med'] };
const NOTES: Names = { notes: ['Anteckningar', 'Anteckningar och källor', 'Noteringar'] };

const SV_COLUMNS: Readonly<Record<SheetKey, Names>> = {
  bodies: {
    name: ['Namn'],
    short_name: ['Kortnamn', 'Förkortning'],
    kind: ['Slag', 'Typ'],
    level: ['Nivå'],
    accountable: ['Ansvarigt', 'Ansvarig', 'Ansvarigt politiskt organ'],
    part_of: ['Del av'],
    mandate: ['Mandat', 'Uppdrag'],
    decided_by: ['Beslutat av'],
    decision_ref: ['Beslutsreferens', 'Beslut'],
    required_members: ['Krävd sammansättning', 'Sammansättning'],
    meets: ['Mötesfrekvens', 'Möten'],
    ...VALIDITY,
    ...NOTES,
    former_names: ['Tidigare namn'],
  },
  members: { name: ['Namn'], title: ['Titel'], organisation: ['Organisation'], kind: ['Slag', 'Typ'], ...NOTES },
  memberships: { member: ['Ledamot'], body: ['Organ'], role: ['Roll'], ...VALIDITY },
  reportingLines: {
    from: ['Från'],
    to: ['Till'],
    kind: ['Slag', 'Typ'],
    frequency: ['Frekvens'],
    form: ['Form'],
    documented: ['Dokumenterad'],
    primary: ['Primär mottagare', 'Primär'],
    ...VALIDITY,
    ...NOTES,
  },
  initiatives: {
    name: ['Namn'],
    responsible: ['Ansvarigt organ', 'Ansvarig'],
    executors: ['Genomförs av', 'Utförare'],
    targets: ['Mål och indikatorer', 'Mål'],
    ...VALIDITY,
    ...NOTES,
  },
  fundingLines: {
    funder: ['Finansiär'],
    receiver: ['Mottagare'],
    initiative: ['Satsning'],
    year: ['År'],
    amount_sek: ['Belopp (kr)', 'Belopp', 'Belopp kr', 'Belopp sek'],
    source: ['Källa'],
    ...NOTES,
  },
  acknowledgements: { finding_key: ['Fyndnyckel', 'Fynd'], reason: ['Skäl', 'Motivering'], by: ['Kvitterad av', 'Av'], at: ['Tidpunkt', 'När'] },
  map: { key: ['Nyckel'], value: ['Värde'] },
};

const SV_MAP_KEYS: Readonly<Record<MapKey, readonly string[]>> = {
  name: ['Namn', 'Kartans namn'],
  author: ['Författare'],
  description: ['Beskrivning'],
  overlap_threshold: ['Överlappsandel', 'Överlapp andel'],
  overlap_min_shared: ['Överlapp minst gemensamma'],
  overload_threshold: ['Överbelastad fler än', 'Överbelastning'],
  language: ['Språk'],
};

function lookupOf(names: Names): ReadonlyMap<string, string> {
  const m = new Map<string, string>();
  for (const [column, list] of Object.entries(names)) for (const n of list) m.set(normaliseHeader(n), column);
  return m;
}

/** Normalised Swedish header → column, per sheet. */
const SV_LOOKUP = new Map((Object.keys(SV_COLUMNS) as SheetKey[]).map((key) => [key, lookupOf(SV_COLUMNS[key])]));

const SV_MAP_LOOKUP: ReadonlyMap<string, MapKey> = new Map(
  (Object.keys(SV_MAP_KEYS) as MapKey[]).flatMap((key) => SV_MAP_KEYS[key].map((n) => [normaliseHeader(n), key] as const)),
);

/** The column a header of a sheet stands for (English or Swedish, any case), or null for a column the sheet does not have. */
export function columnOfHeader(key: SheetKey, header: string): string | null {
  const n = normaliseHeader(header);
  if (SHEETS[key].columns.includes(n)) return n;
  return SV_LOOKUP.get(key)?.get(n) ?? null;
}

/** The Map key a cell of the Map sheet's key column names (English or Swedish), or null. */
export function mapKeyOf(cell: string): MapKey | null {
  const n = normaliseHeader(cell);
  if (Object.hasOwn(MAP_KEYS, n)) return n as MapKey;
  return SV_MAP_LOOKUP.get(n) ?? null;
}

/** How a column is written in a workbook of a language: `Kortnamn` / `short_name`. */
export function columnLabel(key: SheetKey, column: string, lang: Language): string {
  return lang === 'sv' ? (SV_COLUMNS[key][column]?.[0] ?? column) : column;
}

/** A column's name in both languages, for messages. */
export function columnText(key: SheetKey, column: string): Text {
  return text(columnLabel(key, column, 'sv'), column);
}

/** How a sheet is named in a workbook of a language: `Organ` / `Bodies`. */
export function sheetLabel(key: SheetKey, lang: Language): string {
  return lang === 'sv' ? SV_SHEET[key] : SHEETS[key].name;
}

/** How a Map key is written in a workbook of a language. */
export function mapKeyLabel(key: MapKey, lang: Language): string {
  return lang === 'sv' ? (SV_MAP_KEYS[key][0] ?? key) : key;
}

/** Every header a sheet accepts, as written (for suggesting the nearest to an unknown one). */
export function knownHeaders(key: SheetKey, lang: Language): string[] {
  return lang === 'sv' ? SHEETS[key].columns.map((c) => columnLabel(key, c, 'sv')) : [...SHEETS[key].columns];
}
