import { text } from '../i18n/text';
import { sheetKeyOf, type SheetKey } from './columns';
import { layoutOf, type WorkbookLayout } from './layout';
import { suggestion, withSuggestion } from './nearest';
import { columnLabel, columnOfHeader, columnText, knownHeaders } from './swedishNames';
import type { WorkbookError } from './errors';

/** Sheet name → rows of cell text, header row first; row `i` is spreadsheet row `i + 1`. */
export type Sheets = Record<string, string[][]>;

export interface Row {
  /** The spreadsheet row number (the header is row 1 when it is the first row). */
  readonly number: number;
  readonly cells: readonly string[];
}

/** One sheet with its header read. */
export interface Table {
  readonly key: SheetKey;
  /** The sheet's name as written in the file. */
  readonly sheet: string;
  /** Normalised header → index and the header as written. */
  readonly columns: ReadonlyMap<string, { readonly index: number; readonly label: string }>;
  /** The rows below the header that are not empty. */
  readonly rows: readonly Row[];
}

function isBlank(row: readonly string[] | undefined): boolean {
  return row === undefined || row.every((c) => c === undefined || String(c).trim() === '');
}

/** A column's letter as a spreadsheet shows it: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** How many filled rows at the top of a sheet are looked through for its headers. */
const HEADER_SEARCH = 10;

/**
 * The header row: the first of the first few filled rows that holds every required column
 * (a title or a blank-looking note above the table is common in a workbook made by hand),
 * else the one of them with the most known headers (the first filled row when none has
 * any), whose missing columns are then the errors. -1 for an empty sheet.
 */
function headerRowOf(grid: readonly (readonly string[] | undefined)[], key: SheetKey, layout: WorkbookLayout): number {
  const first = grid.findIndex((r) => !isBlank(r));
  if (first < 0) return -1;
  const required = layout.sheets[key].required;
  let seen = 0;
  let best = first;
  let bestKnown = 0;
  for (let i = first; i < grid.length && seen < HEADER_SEARCH; i++) {
    const row = grid[i];
    if (isBlank(row)) continue;
    seen++;
    const names = new Set((row ?? []).map((cell) => columnOfHeader(key, String(cell ?? '').trim(), layout)));
    if (required.every((r) => names.has(r))) return i;
    const known = [...names].filter((n) => n !== null).length;
    if (known > bestKnown) {
      best = i;
      bestKnown = known;
    }
  }
  return best;
}

/** The sheet of `sheets` that stands for `key`, or null when there is none. */
export function findSheet(sheets: Sheets, key: SheetKey): string | null {
  for (const name of Object.keys(sheets)) if (sheetKeyOf(name) === key) return name;
  return null;
}

/**
 * Reads the header (the first row that is not empty) and the rows under it; a
 * missing required column or a column given twice is an error, a column the sheet
 * does not have a notice (it is not read). Headers may be English or Swedish
 * (`short_name`, `Kortnamn`). Returns null when the sheet is absent.
 */
export function readTable(sheets: Sheets, key: SheetKey, errors: WorkbookError[], notices: WorkbookError[] = [], layout: WorkbookLayout = layoutOf()): Table | null {
  const sheet = findSheet(sheets, key);
  if (sheet === null) return null;
  const grid = sheets[sheet] ?? [];
  const headerIndex = headerRowOf(grid, key, layout);
  const columns = new Map<string, { index: number; label: string }>();
  if (headerIndex < 0) return { key, sheet, columns, rows: [] };
  const firstFilled = grid.findIndex((r) => !isBlank(r));
  if (firstFilled < headerIndex)
    notices.push({
      sheet,
      row: null,
      column: null,
      code: 'rows-above-header',
      message: text(
        `rubrikerna står på rad ${headerIndex + 1}, så ${headerIndex - firstFilled === 1 ? `rad ${firstFilled + 1}` : `raderna ${firstFilled + 1}–${headerIndex}`} ovanför (en rubrik för bladet) lästes inte.`,
        `the headers are on row ${headerIndex + 1}, so ${headerIndex - firstFilled === 1 ? `row ${firstFilled + 1}` : `rows ${firstFilled + 1}–${headerIndex}`} above (a title for the sheet) ${headerIndex - firstFilled === 1 ? 'was' : 'were'} not read.`,
      ),
    });
  const header = grid[headerIndex] ?? [];
  const unknown: string[] = [];
  header.forEach((cell, index) => {
    const label = String(cell ?? '').trim();
    if (label === '') return;
    const name = columnOfHeader(key, label, layout);
    if (name === null) {
      unknown.push(label);
      return;
    }
    const first = columns.get(name);
    if (first !== undefined) {
      errors.push({
        sheet,
        row: headerIndex + 1,
        column: label,
        code: 'duplicate-column',
        message: text(
          `kolumnen ${label} (kolumn ${columnLetter(index)}) är samma som ${first.label} (kolumn ${columnLetter(first.index)}); ta bort eller byt namn på den ena`,
          `the column ${label} (column ${columnLetter(index)}) is the same as ${first.label} (column ${columnLetter(first.index)}); remove or rename one of them`,
        ),
      });
      return;
    }
    columns.set(name, { index, label });
  });
  for (const required of layout.sheets[key].required) {
    if (columns.has(required)) continue;
    const name = columnText(key, required, layout);
    errors.push({
      sheet,
      row: null,
      column: null,
      code: 'missing-column',
      message: withSuggestion(text(`kolumnen ${name.sv} saknas`, `the column ${name.en} is missing`), suggestion(columnLabel(key, required, 'sv', layout), unknown)),
    });
  }
  for (const label of unknown) notices.push(unknownColumn(sheet, key, headerIndex + 1, label, layout));
  const rows: Row[] = [];
  for (let i = headerIndex + 1; i < grid.length; i++) {
    const cells = grid[i];
    if (cells !== undefined && !isBlank(cells)) rows.push({ number: i + 1, cells });
  }
  return { key, sheet, columns, rows };
}

/** A column import does not know: it is left out, with the nearest known column as a hint. */
function unknownColumn(sheet: string, key: SheetKey, row: number, label: string, layout: WorkbookLayout): WorkbookError {
  const hint = suggestion(label, [...knownHeaders(key, 'sv', layout), ...knownHeaders(key, 'en', layout)]);
  return {
    sheet,
    row,
    column: label,
    code: 'unknown-column',
    message: withSuggestion(text('kolumnen är okänd och lästes inte.', 'the column is not known and was not read.'), hint),
  };
}

/** The text of a cell; empty when the column or the cell is absent. */
export function cellOf(table: Table, row: Row, column: string): string {
  const c = table.columns.get(column);
  if (c === undefined) return '';
  const v = row.cells[c.index];
  return v === undefined || v === null ? '' : String(v);
}

/** The header of a column as written in the sheet, or its canonical name. */
export function labelOf(table: Table, column: string): string {
  return table.columns.get(column)?.label ?? column;
}
