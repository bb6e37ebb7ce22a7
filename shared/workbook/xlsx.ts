import ExcelJS from 'exceljs';
import { text } from '../i18n/text';
import type { MandatModel } from '../model/types';
import { NUMBER_COLUMNS, sheetKeyOf } from './columns';
import { failed, fileError, type WorkbookResult } from './errors';
import { sheetsToModel } from './fromSheets';
import type { Sheets } from './table';
import { modelToSheets } from './toSheets';
import { dateCellText } from './values';
import { xmlText } from '../export/xmlText';

type XlsxInput = Parameters<ExcelJS.Xlsx['load']>[0];

/** The width of a column: its longest line, within 10–60 characters (exceljs leaves out a width of 9, the default). */
function widthOf(rows: readonly string[][], col: number): number {
  let longest = 0;
  for (const row of rows) for (const line of (row[col] ?? '').split('\n')) longest = Math.max(longest, line.length);
  return Math.min(60, Math.max(10, longest + 2));
}

/**
 * A string as an .xlsx stores it: characters XML cannot hold (a carriage return,
 * control characters) as `_xHHHH_`, and the `_` of text that already looks like
 * that as `_x005F_`, the escape Excel itself uses and exceljs undoes on reading.
 */
export function encodeXlsxText(value: string): string {
  // What no escape can carry (U+FFFE, U+FFFF, lone surrogates) is dropped by the one function every XML export uses.
  // eslint-disable-next-line no-control-regex -- these are exactly the characters to escape
  return xmlText(value).replace(/_(?=x[0-9A-Fa-f]{4}_)|[\u0000-\u0008\u000B\u000C\u000D\u000E-\u001F]/g, (c) =>
    c === '_' ? '_x005F_' : `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
  );
}

/** An .xlsx of the map: one sheet per kind of element, bold frozen header, numbers as numbers. */
export async function writeXlsx(model: MandatModel): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Mandat';
  for (const [name, rows] of Object.entries(modelToSheets(model))) {
    const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    const header = rows[0] ?? [];
    const numeric = new Set(NUMBER_COLUMNS[sheetKeyOf(name) ?? 'map'] ?? []);
    sheet.columns = header.map((h, i) => ({ header: h, key: h, width: widthOf(rows, i) }));
    sheet.getRow(1).font = { bold: true };
    for (const row of rows.slice(1)) sheet.addRow(row.map((cell, i) => (numeric.has(header[i] ?? '') && cell !== '' ? Number(cell) : encodeXlsxText(cell))));
  }
  // A Node Buffer under Node and its stand-in in a browser: both are Uint8Arrays; copy into a plain one.
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as unknown as Uint8Array);
}

/** The text of a cell as import reads it; dates as `YYYY-MM-DD` from their UTC parts. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return dateCellText(value);
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText)) return (v.richText as { text?: unknown }[]).map((r) => cellText(r.text)).join('');
    if ('formula' in v || 'sharedFormula' in v) return cellText(v.result);
    if ('text' in v) return cellText(v.text);
    if ('error' in v) return cellText(v.error);
  }
  return String(value);
}

/** The sheets of an .xlsx as text, row `n` of a sheet at index `n - 1`. */
function sheetsOf(workbook: ExcelJS.Workbook): Sheets {
  const sheets: Sheets = {};
  workbook.eachSheet((sheet) => {
    const rows: string[][] = [];
    sheet.eachRow({ includeEmpty: false }, (row, number) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        cells[col - 1] = cellText(cell.value);
      });
      rows[number - 1] = Array.from(cells, (c) => c ?? '');
    });
    sheets[sheet.name] = Array.from(rows, (r) => r ?? []);
  });
  return sheets;
}

const NOT_XLSX = text(
  'Filen kunde inte läsas som en Excel-arbetsbok (.xlsx). Spara den som .xlsx och försök igen.',
  'The file could not be read as an Excel workbook (.xlsx). Save it as .xlsx and try again.',
);

/** Reads an .xlsx into a map; a file that is not an .xlsx gives one error, never a throw. */
export async function readXlsx(data: Uint8Array | ArrayBuffer): Promise<WorkbookResult> {
  let sheets: Sheets;
  try {
    const workbook = new ExcelJS.Workbook();
    const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
    await workbook.xlsx.load(bytes as unknown as XlsxInput);
    if (workbook.worksheets.length === 0) return failed([fileError('not-xlsx', NOT_XLSX)]);
    sheets = sheetsOf(workbook);
  } catch {
    return failed([fileError('not-xlsx', NOT_XLSX)]);
  }
  return sheetsToModel(sheets);
}
