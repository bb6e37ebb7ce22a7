import Papa from 'papaparse';
import type { MandatModel } from '../model/types';
import { protectRows } from '../workbook/csvFormula';
import { matrixTable, membershipMatrix, type MatrixOptions } from './matrixData';

const BOM = '\uFEFF';

/**
 * The membership matrix as CSV, written the way the workbook's CSV files are
 * (shared/workbook/csv.ts): UTF-8 with a byte order mark so that Excel shows å, ä and ö,
 * separated by `;` in Swedish (Swedish Excel's list separator: a double-click opens it in
 * columns; with `,` it showed each line in one column) and `,` in English, CRLF line ends,
 * and RFC 4180 quotes around a cell that holds the separator, a quote or a line break. An
 * empty view is one cell that says there is nothing to show. A name a spreadsheet would
 * run as a formula (`=HYPERLINK(…)`) is written with a leading `'`.
 */
export function matrixCsv(model: MandatModel, options: MatrixOptions): string {
  const table = matrixTable(membershipMatrix(model, options, options.lang));
  return BOM + Papa.unparse(protectRows(table), { newline: '\r\n', quotes: false, delimiter: options.lang === 'sv' ? ';' : ',' }) + '\r\n';
}
