import ExcelJS from 'exceljs';
import { text, type Text } from '../i18n/text';
import type { MandatModel } from '../model/types';
import { NUMBER_COLUMNS, sheetKeyOf } from './columns';
import { failed, failedWith, fileError, withNotices, type WorkbookError, type WorkbookResult } from './errors';
import { sheetsToModel } from './fromSheets';
import { checkCells, checkRows, checkXlsx } from './limits';
import { columnOfHeader } from './swedishNames';
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
  // Control characters are escaped first, so they survive the round trip; what no escape can
  // carry (U+FFFE, U+FFFF, lone surrogates) is then dropped by the one function every XML export uses.
  return xmlText(
    // eslint-disable-next-line no-control-regex -- these are exactly the characters to escape
    value.replace(/_(?=x[0-9A-Fa-f]{4}_)|[\u0000-\u0008\u000B\u000C\u000D\u000E-\u001F]/g, (c) =>
      c === '_' ? '_x005F_' : `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
    ),
  );
}

/** An .xlsx of the map: one sheet per kind of element, bold frozen header, numbers as numbers. */
export async function writeXlsx(model: MandatModel): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Mandat';
  for (const [name, rows] of Object.entries(modelToSheets(model))) {
    const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    const header = rows[0] ?? [];
    const key = sheetKeyOf(name) ?? 'map';
    const numberColumns = NUMBER_COLUMNS[key] ?? [];
    const numeric = new Set(header.filter((h) => numberColumns.includes(columnOfHeader(key, h) ?? '')));
    sheet.columns = header.map((h, i) => ({ header: h, key: h, width: widthOf(rows, i) }));
    sheet.getRow(1).font = { bold: true };
    for (const row of rows.slice(1)) sheet.addRow(row.map((cell, i) => (numeric.has(header[i] ?? '') && cell !== '' ? Number(cell) : encodeXlsxText(cell))));
  }
  // A Node Buffer under Node and its stand-in in a browser: both are Uint8Arrays; copy into a plain one.
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as unknown as Uint8Array);
}

/** A cell's text, or why it has none: a formula with no saved result, or an error value such as `#REF!`. */
type CellRead = { ok: true; text: string } | { ok: false; message: (cell: string) => Text };

const noResult = (cell: string): Text =>
  text(
    `cellen ${cell} har en formel utan sparat värde; öppna arbetsboken i Excel, spara den och försök igen (eller skriv in värdet).`,
    `the cell ${cell} holds a formula with no saved value; open the workbook in Excel, save it and try again (or type the value).`,
  );

const errorValue = (cell: string, e: unknown): Text =>
  text(`cellen ${cell} har felvärdet ${String(e)}; rätta det i arbetsboken.`, `the cell ${cell} holds the error value ${String(e)}; correct it in the workbook.`);

/** The text of a cell as import reads it; dates as `YYYY-MM-DD` from their UTC parts. */
function cellText(value: unknown): CellRead {
  if (value === null || value === undefined) return { ok: true, text: '' };
  if (typeof value === 'string') return { ok: true, text: value };
  if (typeof value === 'number' || typeof value === 'boolean') return { ok: true, text: String(value) };
  if (value instanceof Date) return { ok: true, text: dateCellText(value) };
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText)) return { ok: true, text: (v.richText as { text?: unknown }[]).map((r) => (typeof r.text === 'string' ? r.text : '')).join('') };
    if ('formula' in v || 'sharedFormula' in v) return v.result === undefined || v.result === null ? { ok: false, message: noResult } : cellText(v.result);
    if ('error' in v) return { ok: false, message: (cell) => errorValue(cell, v.error) };
    if ('text' in v) return cellText(v.text);
  }
  return { ok: true, text: String(value) };
}

/**
 * The sheets of an .xlsx as text, row `n` of a sheet at index `n - 1`. A cell with no
 * readable value is an error naming it (`Organ!C4`); rows and cells over the limits
 * stop the reading.
 */
function sheetsOf(workbook: ExcelJS.Workbook, errors: WorkbookError[], notices: WorkbookError[]): Sheets {
  const sheets: Sheets = {};
  let cellCount = 0;
  for (const sheet of workbook.worksheets) {
    // Hidden in Excel, it is easily forgotten: a sheet of the map is read all the same, and that is said.
    if (sheet.state !== 'visible' && sheetKeyOf(sheet.name) !== null)
      notices.push({
        sheet: sheet.name,
        row: null,
        column: null,
        code: 'hidden-sheet',
        message: text('bladet är dolt i arbetsboken men hör till kartan, så det lästes.', 'the sheet is hidden in the workbook but is part of the map, so it was read.'),
      });
    // The last row with a value: rows Excel keeps only for their formatting (a whole column
    // coloured reaches row 1,048,576) are no rows of the map and do not count against the limit.
    let lastRow = 0;
    sheet.eachRow({ includeEmpty: false }, (_row, number) => void (lastRow = number));
    const tooLong = checkRows(sheet.name, lastRow);
    if (tooLong) {
      errors.push(tooLong);
      return sheets;
    }
    const rows: string[][] = [];
    sheet.eachRow({ includeEmpty: false }, (row, number) => {
      const cells: string[] = [];
      cellCount += row.cellCount;
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        // exceljs repeats a merged cell's value in every cell of the merge. Down a column that is
        // what is meant (one body merged over the rows of its members); across columns it is not
        // (a name typed over the short name's cell is no short name), so there the others are empty.
        if (cell.isMerged && cell.master.col !== cell.col) {
          cells[col - 1] = '';
          return;
        }
        const read = cellText(cell.value);
        if (read.ok) cells[col - 1] = read.text;
        else errors.push({ sheet: sheet.name, row: number, column: null, code: 'unreadable-cell', message: read.message(cell.address) });
      });
      rows[number - 1] = Array.from(cells, (c) => c ?? '');
    });
    const tooMany = checkCells(cellCount);
    if (tooMany) {
      errors.push(tooMany);
      return sheets;
    }
    sheets[sheet.name] = Array.from(rows, (r) => r ?? []);
  }
  return sheets;
}

const NOT_XLSX = text(
  'Filen kunde inte läsas som en Excel-arbetsbok (.xlsx). Spara den som .xlsx och försök igen.',
  'The file could not be read as an Excel workbook (.xlsx). Save it as .xlsx and try again.',
);

/**
 * Reads an .xlsx into a map; a file that is not an .xlsx gives one error, never a throw.
 * Its size, part count and unpacked size are checked against WORKBOOK_LIMITS first.
 */
export async function readXlsx(data: Uint8Array | ArrayBuffer): Promise<WorkbookResult> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const tooLarge = checkXlsx(bytes);
  if (tooLarge) return failed([tooLarge]);
  let sheets: Sheets;
  const errors: WorkbookError[] = [];
  const notices: WorkbookError[] = [];
  try {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as XlsxInput);
    if (workbook.worksheets.length === 0) return failed([fileError('not-xlsx', NOT_XLSX)]);
    sheets = sheetsOf(workbook, errors, notices);
  } catch {
    return failed([fileError('not-xlsx', NOT_XLSX)]);
  }
  if (errors.length > 0) return failedWith(errors, notices);
  return withNotices(sheetsToModel(sheets), notices);
}
