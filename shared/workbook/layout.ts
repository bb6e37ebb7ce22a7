import { DECLARATIONS, MAP_SHEET, type Declarations, type SheetDeclaration } from '../model/declarations';
import { COLLECTIONS, type CollectionName } from '../model/types';

/** The collections a workbook may hold: those whose declaration names a sheet (all but the comments and the saved views). */
export type WorkbookCollection = Exclude<CollectionName, 'comments' | 'views'>;

/** The sheets of a workbook: one per collection it holds, plus `map` for the map's name and settings. */
export type SheetKey = WorkbookCollection | 'map';

/** A header as import compares it: trimmed, lower case, spaces and hyphens as underscores. */
export function normaliseHeader(header: string): string {
  const h = header.normalize('NFC').trim().toLowerCase().replace(/[\s-]+/g, '_');
  return HEADER_ALIASES[h] ?? h;
}

/** Other spellings of a column header, after normalising. */
const HEADER_ALIASES: Readonly<Record<string, string>> = { organization: 'organisation' };

/** The workbook as a set of declarations lays it out: its sheets in order, and for each the Swedish headers import accepts. */
export interface WorkbookLayout {
  readonly order: readonly SheetKey[];
  readonly sheets: Readonly<Record<SheetKey, SheetDeclaration>>;
  /** Normalised Swedish header → column, per sheet. */
  readonly svLookup: ReadonlyMap<SheetKey, ReadonlyMap<string, string>>;
}

const cache = new WeakMap<Declarations, WorkbookLayout>();

/** The workbook layout of a set of declarations (the real one by default), made once per set. */
export function layoutOf(declarations: Declarations = DECLARATIONS): WorkbookLayout {
  const known = cache.get(declarations);
  if (known) return known;
  const sheets = { map: MAP_SHEET } as Record<SheetKey, SheetDeclaration>;
  const order: SheetKey[] = [];
  for (const name of COLLECTIONS) {
    const sheet = declarations[name].sheet;
    if (!sheet || name === 'comments' || name === 'views') continue;
    sheets[name] = sheet;
    order.push(name);
  }
  order.push('map');
  const svLookup = new Map<SheetKey, Map<string, string>>();
  for (const key of order) {
    const lookup = new Map<string, string>();
    for (const column of sheets[key].columns) for (const sv of column.sv) lookup.set(normaliseHeader(sv), column.name);
    svLookup.set(key, lookup);
  }
  const layout = { order, sheets, svLookup };
  cache.set(declarations, layout);
  return layout;
}
