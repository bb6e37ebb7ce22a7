import { text } from '../i18n/text';
import { normaliseHeader, sheetKeyOf, SHEETS, type SheetKey } from './columns';
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
 * missing required column or a column given twice is an error. Returns null when
 * the sheet is absent.
 */
export function readTable(sheets: Sheets, key: SheetKey, errors: WorkbookError[]): Table | null {
  const sheet = findSheet(sheets, key);
  if (sheet === null) return null;
  const grid = sheets[sheet] ?? [];
  const headerIndex = grid.findIndex((r) => !isBlank(r));
  const columns = new Map<string, { index: number; label: string }>();
  if (headerIndex < 0) return { key, sheet, columns, rows: [] };
  const header = grid[headerIndex] ?? [];
  header.forEach((cell, index) => {
    const label = String(cell ?? '').trim();
    if (label === '') return;
    const name = normaliseHeader(label);
    if (columns.has(name)) {
      errors.push({
        sheet,
        row: headerIndex + 1,
        column: label,
        code: 'duplicate-column',
        message: text(`kolumnen ${name} finns två gånger`, `the column ${name} appears twice`),
      });
      return;
    }
    columns.set(name, { index, label });
  });
  for (const required of SHEETS[key].required) {
    if (!columns.has(required))
      errors.push({
        sheet,
        row: null,
        column: required,
        code: 'missing-column',
        message: text(`kolumnen ${required} saknas`, `the column ${required} is missing`),
      });
  }
  const rows: Row[] = [];
  for (let i = headerIndex + 1; i < grid.length; i++) {
    const cells = grid[i];
    if (cells !== undefined && !isBlank(cells)) rows.push({ number: i + 1, cells });
  }
  return { key, sheet, columns, rows };
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
