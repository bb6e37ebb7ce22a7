import { text, type Text } from '../i18n/text';
import { MAP_KEY_DECLARATIONS } from '../model/declarations';
import type { Language } from '../model/vocabulary';
import { MAP_KEYS, type MapKey } from './columns';
import { layoutOf, normaliseHeader, type SheetKey, type WorkbookLayout } from './layout';

/*
 * The Swedish names of the workbook's sheets, columns and Map keys come from the
 * declarations: the first of each list is what a Swedish workbook is written with (the
 * words of the editor's forms), the others are accepted too. English snake_case is always
 * accepted beside them.
 */

const LAYOUT = layoutOf();

const SV_MAP_KEYS: ReadonlyMap<MapKey, readonly string[]> = new Map(MAP_KEY_DECLARATIONS.map((k) => [k.key, k.sv]));

const SV_MAP_LOOKUP: ReadonlyMap<string, MapKey> = new Map(MAP_KEY_DECLARATIONS.flatMap((k) => k.sv.map((n) => [normaliseHeader(n), k.key] as const)));

/** The column a header of a sheet stands for (English or Swedish, any case), or null for a column the sheet does not have. */
export function columnOfHeader(key: SheetKey, header: string, layout: WorkbookLayout = LAYOUT): string | null {
  const n = normaliseHeader(header);
  if (layout.sheets[key].columns.some((c) => c.name === n)) return n;
  return layout.svLookup.get(key)?.get(n) ?? null;
}

/** The Map key a cell of the Map sheet's key column names (English or Swedish), or null. */
export function mapKeyOf(cell: string): MapKey | null {
  const n = normaliseHeader(cell);
  if (Object.hasOwn(MAP_KEYS, n)) return n;
  return SV_MAP_LOOKUP.get(n) ?? null;
}

/** How a column is written in a workbook of a language: `Kortnamn` / `short_name`. */
export function columnLabel(key: SheetKey, column: string, lang: Language, layout: WorkbookLayout = LAYOUT): string {
  if (lang !== 'sv') return column;
  return layout.sheets[key].columns.find((c) => c.name === column)?.sv[0] ?? column;
}

/** A column's name in both languages, for messages. */
export function columnText(key: SheetKey, column: string, layout: WorkbookLayout = LAYOUT): Text {
  return text(columnLabel(key, column, 'sv', layout), column);
}

/** How a sheet is named in a workbook of a language: `Organ` / `Bodies`. */
export function sheetLabel(key: SheetKey, lang: Language, layout: WorkbookLayout = LAYOUT): string {
  return lang === 'sv' ? layout.sheets[key].sv : layout.sheets[key].name;
}

/** How a Map key is written in a workbook of a language. */
export function mapKeyLabel(key: MapKey, lang: Language): string {
  return lang === 'sv' ? (SV_MAP_KEYS.get(key)?.[0] ?? key) : key;
}

/** Every header a sheet accepts, as written (for suggesting the nearest to an unknown one). */
export function knownHeaders(key: SheetKey, lang: Language, layout: WorkbookLayout = LAYOUT): string[] {
  return layout.sheets[key].columns.map((c) => columnLabel(key, c.name, lang, layout));
}
