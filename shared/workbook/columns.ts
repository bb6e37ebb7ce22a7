import { MAP_KEY_DECLARATIONS } from '../model/declarations';
import { layoutOf, type SheetKey, type WorkbookCollection } from './layout';

export { normaliseHeader, type SheetKey, type WorkbookCollection } from './layout';

const LAYOUT = layoutOf();

export const WORKBOOK_COLLECTIONS: readonly WorkbookCollection[] = LAYOUT.order.filter((k): k is WorkbookCollection => k !== 'map');

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

function sheetDefs(): Record<SheetKey, SheetDef> {
  const out = {} as Record<SheetKey, SheetDef>;
  for (const key of LAYOUT.order) {
    const { name, aliases, columns, required } = LAYOUT.sheets[key];
    out[key] = { name, aliases, columns: columns.map((c) => c.name), required };
  }
  return out;
}

/** The sheets of a workbook, from the collections' declarations. */
export const SHEETS: Readonly<Record<SheetKey, SheetDef>> = sheetDefs();

/** The order export writes the sheets in: the collections in model order, then the map's own sheet. */
export const SHEET_ORDER: readonly SheetKey[] = LAYOUT.order;

/** Columns an .xlsx holds as numbers rather than text. */
export const NUMBER_COLUMNS: Readonly<Partial<Record<SheetKey, readonly string[]>>> = Object.fromEntries(
  LAYOUT.order.map((key) => [key, LAYOUT.sheets[key].columns.filter((c) => c.number).map((c) => c.name)]).filter(([, list]) => (list as string[]).length > 0),
);

/** The sheet a name refers to, compared case-insensitively, or null. */
export function sheetKeyOf(name: string): SheetKey | null {
  const n = name.normalize('NFC').trim().toLowerCase();
  for (const key of SHEET_ORDER) {
    const def = SHEETS[key];
    if (def.name.toLowerCase() === n || def.aliases.includes(n)) return key;
  }
  return null;
}

/**
 * The column a field path of an element is written in (`mandate.decidedBy` → `decided_by`):
 * the one its declaration names, else the field in snake case.
 */
export function columnOfField(path: string, key?: SheetKey, layout = LAYOUT): string {
  const field = path.replace(/\[\d+\].*$/, '');
  const declared = key ? layout.sheets[key]?.columns.find((c) => c.field === field) : undefined;
  if (declared) return declared.name;
  if (field === 'mandate.text') return 'mandate';
  const last = field.startsWith('mandate.') ? field.slice('mandate.'.length) : field;
  return last.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/** The Map sheet's keys and the field each stands for, from the declarations. */
export const MAP_KEYS: Readonly<Record<string, { readonly part: 'meta' | 'settings'; readonly field: string }>> = Object.fromEntries(
  MAP_KEY_DECLARATIONS.map((k) => [k.key, { part: k.part, field: k.field }]),
);
export type MapKey = string;
