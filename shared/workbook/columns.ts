import { COLLECTIONS, type CollectionName } from '../model/types';

/**
 * The collections a workbook holds: every one but the comments, which are a conversation
 * about the map rather than a fact of it (the workbook is for member lists kept in Excel).
 */
export type WorkbookCollection = Exclude<CollectionName, 'comments'>;
export const WORKBOOK_COLLECTIONS: readonly WorkbookCollection[] = COLLECTIONS.filter((c): c is WorkbookCollection => c !== 'comments');

/** The sheets of a workbook: one per collection it holds, plus `map` for the map's name and settings. */
export type SheetKey = WorkbookCollection | 'map';

export interface SheetDef {
  /** The name export writes (and the CSV file name without `.csv`). */
  readonly name: string;
  /** Other names import accepts, lower case. */
  readonly aliases: readonly string[];
  /** Every column, in the order export writes them. */
  readonly columns: readonly string[];
  /** Columns the sheet must have when it is present. */
  readonly required: readonly string[];
}

export const SHEETS: Readonly<Record<SheetKey, SheetDef>> = {
  bodies: {
    name: 'Bodies',
    aliases: ['organ'],
    columns: [
      'id',
      'name',
      'short_name',
      'kind',
      'level',
      'accountable',
      'part_of',
      'mandate',
      'decided_by',
      'decision_ref',
      'required_members',
      'meets',
      'valid_from',
      'valid_to',
      'notes',
      'former_names',
      'x',
      'y',
    ],
    required: ['id', 'name', 'kind'],
  },
  members: {
    name: 'Members',
    aliases: ['ledamöter', 'medlemmar'],
    columns: ['id', 'name', 'title', 'organisation', 'kind', 'notes'],
    required: ['id', 'name'],
  },
  memberships: {
    name: 'Memberships',
    aliases: ['medlemskap'],
    columns: ['id', 'member', 'body', 'role', 'valid_from', 'valid_to'],
    required: ['member', 'body'],
  },
  reportingLines: {
    name: 'Reporting',
    aliases: ['reporting lines', 'reporting_lines', 'rapportering'],
    columns: ['id', 'from', 'to', 'kind', 'frequency', 'form', 'documented', 'primary', 'valid_from', 'valid_to', 'notes'],
    required: ['from', 'to'],
  },
  initiatives: {
    name: 'Initiatives',
    aliases: ['satsningar'],
    columns: ['id', 'name', 'responsible', 'executors', 'targets', 'valid_from', 'valid_to', 'notes'],
    required: ['id', 'name'],
  },
  fundingLines: {
    name: 'Funding',
    aliases: ['funding lines', 'funding_lines', 'finansiering'],
    columns: ['id', 'funder', 'receiver', 'initiative', 'year', 'amount_sek', 'source', 'notes'],
    required: ['funder', 'receiver', 'year'],
  },
  acknowledgements: {
    name: 'Acknowledgements',
    aliases: ['kvitteringar'],
    columns: ['id', 'finding_key', 'reason', 'by', 'at'],
    required: ['finding_key', 'reason'],
  },
  map: {
    name: 'Map',
    aliases: ['karta'],
    columns: ['key', 'value'],
    required: ['key', 'value'],
  },
};

/** The order export writes the sheets in: the collections in model order, then the map's own sheet. */
export const SHEET_ORDER: readonly SheetKey[] = [...WORKBOOK_COLLECTIONS, 'map'];

/** Columns an .xlsx holds as numbers rather than text. */
export const NUMBER_COLUMNS: Readonly<Partial<Record<SheetKey, readonly string[]>>> = {
  fundingLines: ['year', 'amount_sek'],
};

/** Other spellings of a column header, after normalising. */
const HEADER_ALIASES: Readonly<Record<string, string>> = { organization: 'organisation' };

/** A header as import compares it: trimmed, lower case, spaces and hyphens as underscores. */
export function normaliseHeader(header: string): string {
  const h = header.trim().toLowerCase().replace(/[\s-]+/g, '_');
  return HEADER_ALIASES[h] ?? h;
}

/** The sheet a name refers to, compared case-insensitively, or null. */
export function sheetKeyOf(name: string): SheetKey | null {
  const n = name.trim().toLowerCase();
  for (const key of SHEET_ORDER) {
    const def = SHEETS[key];
    if (def.name.toLowerCase() === n || def.aliases.includes(n)) return key;
  }
  return null;
}

/** The column a field path of an element is written in (`mandate.decidedBy` → `decided_by`). */
export function columnOfField(path: string): string {
  const field = path.replace(/\[\d+\].*$/, '');
  if (field === 'mandate.text') return 'mandate';
  const last = field.startsWith('mandate.') ? field.slice('mandate.'.length) : field;
  return last.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/** The Map sheet's keys and the field each stands for. */
export const MAP_KEYS = {
  name: { part: 'meta', field: 'name' },
  author: { part: 'meta', field: 'author' },
  description: { part: 'meta', field: 'description' },
  overlap_threshold: { part: 'settings', field: 'overlapThreshold' },
  overlap_min_shared: { part: 'settings', field: 'overlapMinShared' },
  overload_threshold: { part: 'settings', field: 'overloadThreshold' },
  language: { part: 'settings', field: 'language' },
} as const;
export type MapKey = keyof typeof MAP_KEYS;
