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
  const headerIndex = grid.findIndex((r) => !isBlank(r));
  const columns = new Map<string, { index: number; label: string }>();
  if (headerIndex < 0) return { key, sheet, columns, rows: [] };
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
        message: text(`kolumnen ${label} är samma som ${first.label}`, `the column ${label} is the same as ${first.label}`),
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
