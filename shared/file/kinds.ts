/**
 * The kinds of file Mandat opens, written once: their extensions, how they are read
 * (text or bytes), which reader makes a map of them, whether Save may write back to one,
 * and what the open dialogs call them. The renderer (web pickers, drops), the desktop
 * shell (dialog filters, dropped paths, reading chosen files) and the command line all
 * ask here; the file association in electron-builder.yml is kept in step by a test.
 */
import { text, type Text } from '../i18n/text';
import type { Language } from '../model/vocabulary';

/** The reader that makes a map of a file: the .mandat restore, the .xlsx workbook or the CSV import. */
export type MapReader = 'mandat' | 'xlsx' | 'csv';

export interface FileKind {
  /** With the dot, lower case: `.mandat`. */
  readonly extension: `.${string}`;
  /** What the kind is called, in both languages. */
  readonly name: Text;
  readonly mimeType: string;
  readonly reader: MapReader;
  /** Bytes for the workbook imports (they find a CSV's encoding themselves), text for map files. */
  readonly content: 'text' | 'bytes';
  /** A map file: Save writes back to it. Never a workbook or CSV, which Save would overwrite with JSON. */
  readonly savesBack: boolean;
  /** Registered with the operating system, so that a double-click opens it in Mandat. */
  readonly associated: boolean;
}

export const FILE_KINDS: readonly FileKind[] = [
  { extension: '.mandat', name: text('Mandat-karta', 'Mandat map'), mimeType: 'application/x-mandat+json', reader: 'mandat', content: 'text', savesBack: true, associated: true },
  // Kept for maps saved before the .mandat extension (and for hand-written files).
  { extension: '.json', name: text('Mandat-karta (JSON)', 'Mandat map (JSON)'), mimeType: 'application/json', reader: 'mandat', content: 'text', savesBack: true, associated: false },
  {
    extension: '.xlsx',
    name: text('Excel-arbetsbok', 'Excel workbook'),
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    reader: 'xlsx',
    content: 'bytes',
    savesBack: false,
    associated: false,
  },
  { extension: '.csv', name: text('CSV-fil', 'CSV file'), mimeType: 'text/csv', reader: 'csv', content: 'bytes', savesBack: false, associated: false },
];

/** The extensions Mandat opens, with the dot: `.mandat`, `.json`, `.xlsx`, `.csv`. */
export const OPENABLE_EXTENSIONS: readonly string[] = FILE_KINDS.map((k) => k.extension);

/** The extension of a file name or path, lower case with the dot; '' when it has none. */
export function extensionOf(name: string): string {
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot).toLowerCase();
}

/** The kind of a file by its name, or undefined when Mandat does not open it. */
export function fileKindOf(name: string): FileKind | undefined {
  const extension = extensionOf(name);
  return FILE_KINDS.find((k) => k.extension === extension);
}

/** Whether Mandat opens a file of this name. */
export const isOpenable = (name: string): boolean => fileKindOf(name) !== undefined;

/** Whether a file of this name is read as bytes (a workbook or CSV) rather than as text. */
export const readsAsBytes = (name: string): boolean => fileKindOf(name)?.content === 'bytes';

/** Whether Save may write back to the file of this name (a map file). */
export const savesBack = (name: string): boolean => fileKindOf(name)?.savesBack === true;

/** Whether the operating system hands files of this name to Mandat (a double-click, a start argument). */
export const isAssociated = (name: string): boolean => fileKindOf(name)?.associated === true;

/** The name without an extension Mandat opens: `Styrning.xlsx` → `Styrning`. */
export function withoutOpenableExtension(name: string): string {
  return isOpenable(name) ? name.slice(0, name.length - extensionOf(name).length) : name;
}

/**
 * The reader for files opened together: CSV files (all of them CSV) make one map with the
 * CSV import, a first file that is a workbook is read as one, and anything else goes to the
 * .mandat restore, which says what is wrong with a file that is not a map.
 */
export function readerFor(names: readonly string[]): MapReader {
  if (names.length > 0 && names.every((n) => fileKindOf(n)?.reader === 'csv')) return 'csv';
  return fileKindOf(names[0] ?? '')?.reader === 'xlsx' ? 'xlsx' : 'mandat';
}

/** The open dialog's one filter name: `Mandat, Excel, CSV` (the same in both languages). */
export const OPEN_FILTER_NAME = 'Mandat, Excel, CSV';

/**
 * Filters for an open dialog (Electron's form, extensions without the dot): first every
 * kind Mandat opens together (what the dialog shows at first), then each kind by its name.
 */
export function openDialogFilters(lang: Language): { name: string; extensions: string[] }[] {
  const all = { name: OPEN_FILTER_NAME, extensions: FILE_KINDS.map((k) => k.extension.slice(1)) };
  return [all, ...FILE_KINDS.map((k) => ({ name: k.name[lang], extensions: [k.extension.slice(1)] }))];
}

/** The kind a map is saved as, and the save dialog's filter for it. */
export const SAVED_KIND: FileKind = FILE_KINDS[0] as FileKind;

/** Filters for a save dialog (Electron's form): a .mandat file. */
export function saveDialogFilters(): { name: string; extensions: string[] }[] {
  return [{ name: 'Mandat', extensions: [SAVED_KIND.extension.slice(1)] }];
}

/** The browser's file picker types (File System Access API): every kind Mandat opens, grouped by MIME type. */
export function pickerAccept(): Record<string, string[]> {
  const accept: Record<string, string[]> = {};
  // The map files share application/json: the browser knows .mandat by no MIME type of its own.
  for (const k of FILE_KINDS) (accept[k.reader === 'mandat' ? 'application/json' : k.mimeType] ??= []).push(k.extension);
  return accept;
}

/** Spreadsheets of other formats than .xlsx: what each is, for the sentence that asks for an .xlsx. */
const OTHER_SPREADSHEETS: Readonly<Record<string, Text>> = {
  '.xls': text('en arbetsbok i Excels äldre format', "a workbook in Excel's older format"),
  '.xlsm': text('en Excel-arbetsbok med makron', 'an Excel workbook with macros'),
  '.xlsb': text('en binär Excel-arbetsbok', 'a binary Excel workbook'),
  '.ods': text('ett kalkylark från LibreOffice eller OpenOffice', 'a LibreOffice or OpenOffice spreadsheet'),
  '.numbers': text('ett kalkylark från Numbers', 'a Numbers spreadsheet'),
};

/** The sentence for a spreadsheet Mandat does not read (.xls, .xlsm, .ods…): save it as .xlsx. Null for any other file. */
export function otherSpreadsheetMessage(name: string): Text | null {
  const what = OTHER_SPREADSHEETS[extensionOf(name)];
  if (!what) return null;
  return text(
    `"${name}" är ${what.sv}, och Mandat läser arbetsböcker som .xlsx: spara den som Excel-arbetsbok (.xlsx) och använd den filen i stället.`,
    `"${name}" is ${what.en}, and Mandat reads workbooks as .xlsx: save it as an Excel workbook (.xlsx) and use that file instead.`,
  );
}

/** The sentence refusing a file Mandat does not open, naming the kinds it does (a spreadsheet of another format is asked for as .xlsx). */
export function notOpenableMessage(name: string): Text {
  const spreadsheet = otherSpreadsheetMessage(name);
  if (spreadsheet) return spreadsheet;
  const sv = FILE_KINDS.map((k) => `${k.extension}-`);
  const en = FILE_KINDS.map((k) => k.extension);
  return text(
    `Mandat öppnar ${sv.slice(0, -1).join(', ')} och ${sv.at(-1)}filer, inte "${name}".`,
    `Mandat opens ${en.slice(0, -1).join(', ')} and ${en.at(-1)} files, not "${name}".`,
  );
}
