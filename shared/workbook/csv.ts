import Papa from 'papaparse';
import { text } from '../i18n/text';
import type { MandatModel } from '../model/types';
import { sheetKeyOf } from './columns';
import { failed, type WorkbookError, type WorkbookResult } from './errors';
import { sheetsToModel } from './fromSheets';
import type { Sheets } from './table';
import { modelToSheets } from './toSheets';

const BOM = '\uFEFF';

/**
 * One CSV text per sheet (`Bodies.csv` …): UTF-8 with a byte order mark so that
 * Excel shows å, ä and ö, comma separated, quoted where needed.
 */
export function writeCsvFiles(model: MandatModel): Record<string, string> {
  const files: Record<string, string> = {};
  for (const [name, rows] of Object.entries(modelToSheets(model))) files[`${name}.csv`] = BOM + Papa.unparse(rows, { newline: '\r\n' }) + '\r\n';
  return files;
}

/** The sheet name of a file name: the last path part without `.csv`. */
function sheetNameOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return base.replace(/\.csv$/i, '');
}

/** The separator of a CSV: the one of `,` `;` and tab that the header line uses most. */
function delimiterOf(firstLine: string): string {
  let best = ',';
  let most = 0;
  for (const d of [',', ';', '\t']) {
    const n = firstLine.split(d).length - 1;
    if (n > most) {
      best = d;
      most = n;
    }
  }
  return best;
}

/** Parses one CSV text into rows; syntax problems are added to `errors`. */
function parseCsv(sheet: string, source: string, errors: WorkbookError[]): string[][] {
  let body = source.startsWith(BOM) ? source.slice(1) : source;
  const firstEnd = body.search(/\r?\n/);
  const firstLine = firstEnd < 0 ? body : body.slice(0, firstEnd);
  const sep = /^sep=(.)$/i.exec(firstLine.trim());
  if (sep) body = firstEnd < 0 ? '' : body.slice(firstEnd).replace(/^\r?\n/, '');
  const delimiter = sep?.[1] ?? delimiterOf(firstLine);
  const parsed = Papa.parse<string[]>(body, { delimiter, skipEmptyLines: false });
  for (const e of parsed.errors)
    errors.push({
      sheet,
      row: e.row === undefined ? null : e.row + 1,
      column: null,
      code: 'csv-syntax',
      message: text(`CSV-filen kan inte läsas: ${e.message}`, `The CSV file cannot be read: ${e.message}`),
    });
  checkWidths(sheet, parsed.data, errors);
  return parsed.data;
}

/** A row with more cells than the header, usually a separator inside a cell without quotes. */
function checkWidths(sheet: string, rows: readonly string[][], errors: WorkbookError[]): void {
  const headerIndex = rows.findIndex((r) => r.some((c) => c.trim() !== ''));
  const width = rows[headerIndex]?.length ?? 0;
  rows.forEach((row, i) => {
    if (i > headerIndex && row.slice(width).some((c) => c.trim() !== ''))
      errors.push({
        sheet,
        row: i + 1,
        column: null,
        code: 'csv-extra-cells',
        message: text(
          `raden har ${row.length} celler men rubrikraden bara ${width}; sätt citattecken runt en cell som innehåller avgränsaren`,
          `the row has ${row.length} cells but the header only ${width}; put quotes around a cell that holds the separator`,
        ),
      });
  });
}

/** Reads CSV files (file name → text, one per sheet) into a map; files that name no sheet are left out. */
export function readCsvFiles(files: Record<string, string>): WorkbookResult {
  const errors: WorkbookError[] = [];
  const sheets: Sheets = {};
  for (const [fileName, source] of Object.entries(files)) {
    const name = sheetNameOf(fileName);
    if (sheetKeyOf(name) !== null) sheets[name] = parseCsv(name, source, errors);
  }
  return errors.length > 0 ? failed(errors) : sheetsToModel(sheets);
}
