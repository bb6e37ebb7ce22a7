import Papa from 'papaparse';
import type { MandatModel } from '../model/types';
import { protectRows } from '../workbook/csvFormula';
import { matrixTable, membershipMatrix, type MatrixOptions } from './matrixData';

const BOM = '\uFEFF';

/**
 * The membership matrix as CSV, written the way the workbook's CSV files are
 * (shared/workbook/csv.ts): UTF-8 with a byte order mark so that Excel shows å, ä and ö,
 * comma separated, CRLF line ends, and RFC 4180 quotes around a cell that holds a comma,
 * a quote or a line break. Swedish Excel's own list separator is `;`, so a double-click
 * there may put each line in one column; Data → From Text/CSV (or the .xlsx) reads it right.
 * An empty view is one cell that says there is nothing to show. A name a spreadsheet
 * would run as a formula (`=HYPERLINK(…)`) is written with a leading `'`.
 */
export function matrixCsv(model: MandatModel, options: MatrixOptions): string {
  const table = matrixTable(membershipMatrix(model, options, options.lang));
  return BOM + Papa.unparse(protectRows(table), { newline: '\r\n', quotes: false }) + '\r\n';
}
