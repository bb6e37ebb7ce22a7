import ExcelJS from 'exceljs';
import { xmlSafeModel } from './xmlText';
import { say } from '../i18n/text';
import type { MandatModel } from '../model/types';
import { encodeXlsxText } from '../workbook/xlsx';
import { matrixTable, membershipMatrix, MEMBER_COLUMNS, type MatrixOptions, type MembershipMatrix } from './matrixData';
import { detailSheets, MATRIX_SHEET, type SheetTable } from './matrixSheets';
import { responsibilitiesSheet } from './responsibilitiesSheet';

type Value = string | number;

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin', color: { argb: 'FFB0B0B0' } },
  left: { style: 'thin', color: { argb: 'FFB0B0B0' } },
  bottom: { style: 'thin', color: { argb: 'FFB0B0B0' } },
  right: { style: 'thin', color: { argb: 'FFB0B0B0' } },
};
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } };
/** Wide enough for "Ordförande"; "Bjuds in vid behov" wraps onto two lines. */
const BODY_WIDTH = 12;
/** Points per line of 11 pt text, and per character of a rotated header. */
const LINE_PT = 15;
const CHAR_PT = 6;

/** Named, so that a reader without the default font substitutes a sans serif for bold cells too. */
const FONT: Partial<ExcelJS.Font> = { name: 'Calibri', family: 2, size: 11 };
const BOLD_FONT: Partial<ExcelJS.Font> = { ...FONT, bold: true };
/** Characters of 11 pt text across a landscape A4 page at 75 %, the smallest scale that still reads well. */
const PAGE_CHARS = 190;

/** Numbers as numbers; an empty cell stays blank rather than holding an empty text (which COUNTA counts). */
const cellValue = (v: Value): Value | null => (typeof v === 'number' ? v : v === '' ? null : encodeXlsxText(v));

/** The longest line of a column, within `min`–`max` characters (the first row is the header). */
function widthOf(rows: readonly (readonly Value[])[], col: number, min: number, max: number): number {
  let longest = 0;
  for (const row of rows) for (const line of String(row[col] ?? '').split('\n')) longest = Math.max(longest, line.length);
  return Math.min(max, Math.max(min, longest + 2));
}

/** The lines a row needs when its cells wrap at their column widths (an estimate: whole words move). */
function linesOf(row: readonly Value[], widths: readonly number[]): number {
  let lines = 1;
  row.forEach((v, i) => {
    const width = Math.max(1, (widths[i] ?? 10) - 2);
    const n = String(v)
      .split('\n')
      .reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / width)), 0);
    lines = Math.max(lines, n);
  });
  return lines;
}

/** A sheet that says there is nothing to show, in its first cell. */
function sayNothing(sheet: ExcelJS.Worksheet, row: number, message: string): void {
  const cell = sheet.getCell(row, 1);
  cell.value = encodeXlsxText(message);
  cell.font = { ...FONT, italic: true };
}

function addMatrix(workbook: ExcelJS.Workbook, matrix: MembershipMatrix, options: MatrixOptions): void {
  const name = say(MATRIX_SHEET, options.lang);
  if (matrix.empty !== null) {
    const sheet = workbook.addWorksheet(name);
    sheet.getColumn(1).width = Math.max(40, matrix.empty.length + 2);
    sayNothing(sheet, 1, matrix.empty);
    return;
  }
  const table = matrixTable(matrix);
  const bodies = matrix.columns.length;
  const last = MEMBER_COLUMNS + bodies + 1;
  const nameWidth = widthOf(table, 0, 10, 30);
  const widths = [nameWidth, widthOf(table, 1, 10, 24), widthOf(table, 2, 10, 24), ...Array.from({ length: bodies + 1 }, () => BODY_WIDTH)];
  // The name column is printed again on every page across.
  const across = Math.max(1, Math.ceil((widths.reduce((a, b) => a + b, 0) - nameWidth) / (PAGE_CHARS - nameWidth)));
  // Name stays in view while scrolling right, the body names while scrolling down.
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }],
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: across, fitToHeight: 0 },
    headerFooter: { oddHeader: `&L${headerText(`${name} ${matrix.asOf}`)}&R&P / &N` },
  });
  sheet.pageSetup.printTitlesRow = '1:1';
  sheet.pageSetup.printTitlesColumn = 'A:A';
  sheet.columns = widths.map((width) => ({ width }));
  table.forEach((values, i) => {
    const row = sheet.addRow(values.map(cellValue));
    const header = i === 0;
    const totals = i === table.length - 1;
    const font = header || totals ? BOLD_FONT : FONT;
    for (let col = 1; col <= last; col++) {
      const member = col <= MEMBER_COLUMNS;
      // An empty seat keeps Excel's plain cell and gridline: styling each of a large map's
      // hundreds of thousands of empty cells took exceljs seconds (it renders every cell's style).
      if (!header && !totals && !member && col < last && (values[col - 1] === '' || values[col - 1] === undefined)) continue;
      const cell = row.getCell(col);
      cell.font = font;
      cell.border = THIN;
      if (header) {
        cell.fill = HEADER_FILL;
        cell.alignment = member ? { vertical: 'bottom', wrapText: true } : { textRotation: 90, vertical: 'bottom', horizontal: 'center', wrapText: true };
      } else cell.alignment = member ? { vertical: 'top', wrapText: true } : { vertical: 'middle', horizontal: 'center', wrapText: true };
    }
    if (!header) row.height = LINE_PT * linesOf(values, widths);
  });
  // A rotated header is as tall as its longest line: body names wrap at about 28 characters.
  const longest = Math.max(...(table[0] ?? []).slice(MEMBER_COLUMNS).map((v) => Math.min(28, String(v).length)));
  sheet.getRow(1).height = Math.max(LINE_PT * 2, CHAR_PT * longest + 12);
  sheet.getCell(1, last).note = matrix.note;
  const note = sheet.getCell(table.length + 2, 1);
  note.value = encodeXlsxText(matrix.note);
  note.font = { ...FONT, italic: true };
}

/** Text for a page header: `&` starts a code there, so it is doubled. */
function headerText(value: string): string {
  return value.replace(/&/g, '&&');
}

function addTable(workbook: ExcelJS.Workbook, table: SheetTable): void {
  const sheet = workbook.addWorksheet(table.name, {
    views: [{ state: 'frozen', ...(table.frozenColumns ? { xSplit: table.frozenColumns } : {}), ySplit: 1 }],
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.pageSetup.printTitlesRow = '1:1';
  const all: (readonly Value[])[] = [table.header, ...table.rows];
  const widths = table.header.map((_, i) => widthOf(all, i, 10, 60));
  sheet.columns = widths.map((width) => ({ width }));
  const header = sheet.addRow(table.header.map(cellValue));
  header.font = { ...FONT, bold: true };
  header.eachCell((cell) => {
    cell.fill = HEADER_FILL;
    cell.alignment = { vertical: 'bottom', wrapText: true };
  });
  for (const values of table.rows) {
    const row = sheet.addRow(values.map(cellValue));
    row.font = FONT;
    row.alignment = { vertical: 'top', wrapText: true };
    row.height = LINE_PT * linesOf(values, widths);
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.header.length } };
  if (table.empty !== null) sayNothing(sheet, 2, table.empty);
}

/**
 * The meeting workbook: the membership matrix, then the shown bodies, their reporting
 * lines and the findings, each sheet with a frozen header, in the chosen language.
 */
export async function matrixWorkbook(given: MandatModel, options: MatrixOptions): Promise<Uint8Array> {
  // Names also go where exceljs writes them as they are (the title, page headers, notes).
  const model = xmlSafeModel(given);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Mandat';
  workbook.title = [model.meta.name, options.asOf].filter((s) => s !== '').join(' ');
  const matrix = membershipMatrix(model, options, options.lang);
  addMatrix(workbook, matrix, options);
  for (const table of detailSheets(model, options, matrix)) addTable(workbook, table);
  // Last, and only for a map with tasks: a workbook of a map without them stays as it was.
  const responsibilities = responsibilitiesSheet(model, options.asOf, options.lang);
  if (responsibilities) addTable(workbook, responsibilities);
  // A Node Buffer under Node and its stand-in in a browser: both are Uint8Arrays; copy into a plain one.
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as unknown as Uint8Array);
}
