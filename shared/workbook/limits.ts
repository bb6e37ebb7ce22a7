import { text } from '../i18n/text';
import { fileError, type WorkbookError } from './errors';

/**
 * What an import takes, checked before anything is parsed, so that a hostile or
 * mistaken file is refused at once instead of eating memory for minutes. A municipal
 * map is a few hundred bodies and members: these are a hundred times that.
 */
export const WORKBOOK_LIMITS = {
  /** An .xlsx file as stored. */
  xlsxBytes: 10 * 1024 * 1024,
  /** The parts of an .xlsx unpacked, as its zip directory gives them. */
  xlsxInflatedBytes: 50 * 1024 * 1024,
  /** The parts (files) inside an .xlsx. */
  xlsxEntries: 1000,
  /** All CSV files of one import together. */
  csvBytes: 10 * 1024 * 1024,
  /** Rows of one sheet or CSV file. */
  rows: 50_000,
  /** Cells of a whole import. */
  cells: 1_000_000,
} as const;

/** Megabytes to one decimal where it has one ("50,3 MB"): rounded to whole ones, a file just over a limit was said to be as large as the limit. */
const MB = (n: number, lang: 'sv' | 'en' = 'sv'): string => `${(n / (1024 * 1024)).toLocaleString(lang === 'sv' ? 'sv-SE' : 'en-GB', { maximumFractionDigits: 1 })} MB`;
const count = (n: number): string => n.toLocaleString('sv-SE');
const countEn = (n: number): string => n.toLocaleString('en-GB');

function tooLarge(code: string, sv: string, en: string): WorkbookError {
  return fileError(code, text(sv, en));
}

/** The .xlsx file's size against its limit. */
export function checkXlsxSize(bytes: number): WorkbookError | null {
  const max = WORKBOOK_LIMITS.xlsxBytes;
  if (bytes <= max) return null;
  return tooLarge('too-large', `Arbetsboken är ${MB(bytes)}; gränsen är ${MB(max)}.`, `The workbook is ${MB(bytes, 'en')}; the limit is ${MB(max, 'en')}.`);
}

/** All CSV text of an import against its limit (UTF-16 code units count as bytes here: an upper bound for what was read). */
export function checkCsvSize(bytes: number): WorkbookError | null {
  const max = WORKBOOK_LIMITS.csvBytes;
  if (bytes <= max) return null;
  return tooLarge('too-large', `CSV-filerna är ${MB(bytes)} tillsammans; gränsen är ${MB(max)}.`, `The CSV files are ${MB(bytes, 'en')} together; the limit is ${MB(max, 'en')}.`);
}

/** A sheet's row count against its limit. */
export function checkRows(sheet: string, rows: number): WorkbookError | null {
  const max = WORKBOOK_LIMITS.rows;
  if (rows <= max) return null;
  return {
    sheet,
    row: null,
    column: null,
    code: 'too-many-rows',
    message: text(
      `bladet har innehåll ända ner till rad ${count(rows)}; gränsen är ${count(max)} rader. Ta bort det som står längre ner, eller dela upp bladet.`,
      `the sheet has content down to row ${countEn(rows)}; the limit is ${countEn(max)} rows. Remove what stands further down, or split the sheet.`,
    ),
  };
}

/** An import's cell count against its limit. */
export function checkCells(cells: number): WorkbookError | null {
  const max = WORKBOOK_LIMITS.cells;
  if (cells <= max) return null;
  return tooLarge(
    'too-many-cells',
    `Arbetsboken har fler än ${count(max)} celler, gränsen.`,
    `The workbook has more than ${countEn(max)} cells, the limit.`,
  );
}

/**
 * Rows and cells of a CSV text, counted with its quotes, before it is parsed. `rows` is the
 * last row with anything in it: Excel saves the empty rows it once formatted as lines of
 * separators (";;;;;"), which are no rows of the map and do not count against the limit.
 */
export function countCsv(source: string, delimiter: string): { rows: number; cells: number } {
  let row = source.length > 0 ? 1 : 0;
  let rows = 0;
  let cells = row;
  // The cells up to the end of the last row with content: separators on empty rows below are no cells either.
  let contentCells = 0;
  let quoted = false;
  const d = delimiter.charCodeAt(0);
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 34) {
      quoted = !quoted;
      rows = row;
    } else if (quoted) continue;
    else if (c === d) cells++;
    else if (c === 10 && i + 1 < source.length) {
      if (rows === row) contentCells = cells;
      row++;
      cells++;
    } else if (c !== 10 && c !== 13 && c !== 32 && c !== 9) rows = row;
  }
  if (rows === row) contentCells = cells;
  return { rows, cells: contentCells };
}

/** The sizes the zip's central directory gives for an .xlsx's parts. */
interface ZipDirectory {
  readonly entries: number;
  readonly inflated: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

/**
 * Reads the central directory at the end of a zip (an .xlsx is one) without unpacking
 * anything: the number of parts and their unpacked sizes. Null when it is no zip.
 * A ZIP64 size (0xFFFFFFFF) counts as its marker, over 4 GB, so it is refused.
 */
export function readZipDirectory(bytes: Uint8Array): ZipDirectory | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is 22 bytes plus a comment of up to 65,535.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  let inflated = 0;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) return null;
    inflated += view.getUint32(at + 24, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return { entries, inflated };
}

/** An .xlsx's stored size, its part count and its unpacked size against their limits; null when it may be read. */
export function checkXlsx(bytes: Uint8Array): WorkbookError | null {
  const size = checkXlsxSize(bytes.length);
  if (size) return size;
  const dir = readZipDirectory(bytes);
  if (dir === null) return null; // Not a zip: exceljs says it is no workbook.
  if (dir.entries > WORKBOOK_LIMITS.xlsxEntries)
    return tooLarge(
      'too-large',
      `Arbetsboken består av ${count(dir.entries)} delar; gränsen är ${count(WORKBOOK_LIMITS.xlsxEntries)}.`,
      `The workbook has ${countEn(dir.entries)} parts; the limit is ${countEn(WORKBOOK_LIMITS.xlsxEntries)}.`,
    );
  const max = WORKBOOK_LIMITS.xlsxInflatedBytes;
  if (dir.inflated > max)
    return tooLarge(
      'too-large',
      `Arbetsboken packas upp till ${MB(dir.inflated)}; gränsen är ${MB(max)}.`,
      `The workbook unpacks to ${MB(dir.inflated, 'en')}; the limit is ${MB(max, 'en')}.`,
    );
  return null;
}
