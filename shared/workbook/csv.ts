import Papa from 'papaparse';
import { text, type Text } from '../i18n/text';
import type { MandatModel } from '../model/types';
import type { Language } from '../model/vocabulary';
import { sheetKeyOf } from './columns';
import { protectRows, unprotectCell } from './csvFormula';
import { decodeCsv } from './decode';
import { checkCells, checkCsvSize, checkRows, countCsv } from './limits';
import { failed, failedWith, withNotices, type WorkbookError, type WorkbookResult } from './errors';
import { sheetsToModel, unknownSheet } from './fromSheets';
import type { Sheets } from './table';
import { modelToSheets } from './toSheets';

const BOM = '\uFEFF';

export interface CsvOptions {
  /** The language of sheet names, columns and words; the map's by default. */
  readonly language?: Language;
  /** The separator; by default `;` in Swedish (Swedish Excel's list separator) and `,` in English. */
  readonly delimiter?: string;
}

/** The separators import recognises and export may write. */
export const CSV_DELIMITERS = [',', ';', '\t'] as const;

/**
 * One CSV text per sheet (`Organ.csv` / `Bodies.csv` …): UTF-8 with a byte order mark so
 * that Excel shows å, ä and ö, separated by `;` in Swedish and `,` in English so that a
 * double-click opens it in columns, quoted where needed, and no cell a spreadsheet
 * would run as a formula (see csvFormula.ts).
 */
export function writeCsvFiles(model: MandatModel, options: CsvOptions = {}): Record<string, string> {
  const language = options.language ?? model.settings.language;
  const delimiter = options.delimiter ?? (language === 'sv' ? ';' : ',');
  const files: Record<string, string> = {};
  // A Swedish workbook's decimals with a comma: Excel opens a CSV file with the computer's regional settings, and Swedish ones take the comma as the decimal sign.
  for (const [name, rows] of Object.entries(modelToSheets(model, language, language === 'sv' ? ',' : '.')))
    files[`${name}.csv`] = BOM + Papa.unparse(protectRows(rows), { newline: '\r\n', delimiter }) + '\r\n';
  return files;
}


/** The sheet name of a file name: the last path part without `.csv`. */
function sheetNameOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  // NFC: a file named on a Mac has "å" as a + ring (NFD), which is another string than Ledamöter's.
  return base.replace(/\.csv$/i, '').normalize('NFC');
}

/** The separator of a CSV: the one of `,` `;` and tab that the header line (or lines) use most; null when they use none. */
function delimiterOf(firstLine: string): string | null {
  let best: string | null = null;
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

/** What a CSV parser's complaint means, in words (the parser's own English is no help to a Swedish user). */
function csvSyntaxMessage(code: string): Text {
  switch (code) {
    case 'MissingQuotes':
      return text(
        'ett citattecken (") öppnar en cell som aldrig stängs, så resten av filen blir en enda cell; lägg till det avslutande " eller ta bort det inledande.',
        'a quotation mark (") opens a cell that is never closed, so the rest of the file becomes one cell; add the closing " or remove the opening one.',
      );
    case 'InvalidQuotes':
      return text(
        'en cell inom citattecken följs av mer text efter det avslutande "; ett " inuti en cell skrivs "".',
        'a quoted cell has more text after its closing "; a " inside a cell is written "".',
      );
    default:
      return text('raden kan inte läsas som CSV; kontrollera citattecken och avgränsare.', 'the row cannot be read as CSV; check its quotation marks and separators.');
  }
}

/** Parses one CSV text into rows (the formula escape undone); syntax problems and limits are added to `errors`. */
function parseCsv(sheet: string, source: string, errors: WorkbookError[], cells: { n: number }): string[][] {
  let body = source.startsWith(BOM) ? source.slice(1) : source;
  const firstEnd = body.search(/\r?\n/);
  const firstLine = firstEnd < 0 ? body : body.slice(0, firstEnd);
  const sep = /^sep=(.)$/i.exec(firstLine.trim());
  if (sep) body = firstEnd < 0 ? '' : body.slice(firstEnd).replace(/^\r?\n/, '');
  // The header line decides; a title line above the table ("Organ i Eskilstuna") has no separator, so then the next lines do.
  const delimiter = sep?.[1] ?? delimiterOf(firstLine) ?? delimiterOf(body.slice(0, 64 * 1024).split(/\r?\n/, 12).join('\n')) ?? ',';
  const size = countCsv(body, delimiter);
  cells.n += size.cells;
  const tooMany = checkRows(sheet, size.rows) ?? checkCells(cells.n);
  if (tooMany) {
    errors.push(tooMany);
    return [];
  }
  const parsed = Papa.parse<string[]>(body, { delimiter, skipEmptyLines: false });
  for (const e of parsed.errors)
    errors.push({
      sheet,
      row: e.row === undefined ? null : e.row + 1,
      column: null,
      code: 'csv-syntax',
      message: csvSyntaxMessage(e.code),
    });
  checkWidths(sheet, parsed.data, errors);
  return parsed.data.map((row) => row.map(unprotectCell));
}

/** A row with more cells than the header, usually a separator inside a cell without quotes. */
function checkWidths(sheet: string, rows: readonly string[][], errors: WorkbookError[]): void {
  // The header: the first row with two cells filled or more (a title line above it has one; every sheet has two required columns).
  const filled = (r: readonly string[]): number => r.filter((c) => c.trim() !== '').length;
  const wide = rows.findIndex((r) => filled(r) >= 2);
  const headerIndex = wide >= 0 ? wide : rows.findIndex((r) => filled(r) > 0);
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

/**
 * Reads CSV files (file name → text, or bytes decoded as UTF-8 or else Windows-1252)
 * into a map; files that name no sheet are left out. The separator of each file is
 * found from its header line (or a `sep=` line). Sizes, rows and cells are checked
 * against WORKBOOK_LIMITS before anything is parsed.
 */
export function readCsvFiles(files: Readonly<Record<string, string | Uint8Array>>): WorkbookResult {
  const wanted = Object.entries(files).filter(([fileName]) => sheetKeyOf(sheetNameOf(fileName)) !== null);
  // A CSV file whose name is no part of a map ("Medlemskap (2).csv") is left out, and said so.
  const unknown = Object.keys(files)
    .filter((fileName) => /\.csv$/i.test(fileName) && sheetKeyOf(sheetNameOf(fileName)) === null)
    .map((fileName) => unknownSheet(sheetNameOf(fileName), 'csv'));
  const size = checkCsvSize(wanted.reduce((n, [, source]) => n + source.length, 0));
  if (size) return failed([size]);
  const errors: WorkbookError[] = [];
  const notices: WorkbookError[] = [...unknown];
  const sheets: Sheets = {};
  const cells = { n: 0 };
  for (const [fileName, source] of wanted) {
    const name = sheetNameOf(fileName);
    // Two files whose names differ only in Unicode form (Ledamöter.csv from Windows and from a Mac): both kept, so that they are reported as the same sheet twice.
    if (name in sheets) {
      errors.push({
        sheet: name,
        row: null,
        column: null,
        code: 'duplicate-sheet',
        message: text('två filer har det här namnet, skrivet på olika sätt (till exempel från en Mac och från Windows); ta bort den ena.', 'two files have this name, written in different ways (from a Mac and from Windows, say); remove one of them.'),
      });
      continue;
    }
    const decoded = typeof source === 'string' ? { text: source, notice: null } : decodeCsv(source);
    if (decoded.notice) notices.push({ sheet: name, row: null, column: null, code: 'not-utf8', message: decoded.notice });
    // An empty file reads as an empty sheet; a save cut off before its first byte looks just like it.
    if (decoded.text.replace(/^\uFEFF/, '').trim() === '')
      notices.push({
        sheet: name,
        row: null,
        column: null,
        code: 'empty-file',
        message: text('filen är tom, inte ens en rubrikrad, så inget lästes ur den. Var den tänkt att ha rader, spara den igen.', 'the file is empty, not even a header row, so nothing was read from it. If it should have rows, save it again.'),
      });
    sheets[name] = parseCsv(name, decoded.text, errors, cells);
  }
  if (errors.length > 0) return failedWith(errors, notices);
  return withNotices(sheetsToModel(sheets), notices);
}
