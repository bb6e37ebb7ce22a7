import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileKindOf, otherSpreadsheetMessage, readerFor, type MapReader } from '../shared/file/kinds';
import { settledYjsState } from '../shared/file/open';
import { readMapFiles, type MapFile, type MapFilesRead } from '../shared/file/readMapFiles';
import type { Repair } from '../shared/file/restore';
import { text } from '../shared/i18n/text';
import { issueInWords } from '../shared/file/issueWords';
import type { MandatModel } from '../shared/model/types';
import { formatWorkbookError, type WorkbookError } from '../shared/workbook/errors';
import { checkCsvSize, checkXlsxSize } from '../shared/workbook/limits';
import { inputError } from './messages';

export interface LoadedMap {
  readonly model: MandatModel;
  readonly yjsState: Uint8Array | null;
  readonly repairs: readonly Repair[];
  /** The reader that read it (shared/file/kinds.ts): a .json map file is 'mandat' too. */
  readonly kind: MapReader;
  /** What a workbook import read differently than written (an unknown column, a CSV in Windows-1252). */
  readonly notices: readonly WorkbookError[];
}

function fileError(path: string, e: unknown): never {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') throw inputError(`Filen ${path} finns inte.`, `The file ${path} does not exist.`);
  if (code === 'EACCES' || code === 'EPERM') throw inputError(`Filen ${path} får inte läsas (behörighet saknas).`, `The file ${path} may not be read (permission denied).`);
  if (code === 'ELOOP') throw inputError(`${path} är en genväg (symbolisk länk) som till slut pekar på sig själv, så det finns ingen fil att läsa.`, `${path} is a shortcut (symbolic link) that in the end points to itself, so there is no file to read.`);
  throw inputError(`Filen ${path} kunde inte läsas: ${String(e)}`, `The file ${path} could not be read: ${String(e)}`);
}

/** The map read, or the error the command line prints (naming the path it was given). */
function loadedOrThrow(path: string, read: MapFilesRead): LoadedMap {
  if (read.ok && read.reader === 'mandat') {
    // The Yjs state is read here, once, so that every command reports the same repairs and passes on a state that opens.
    const settled = settledYjsState(read.model, read.yjsState);
    return { model: read.model, yjsState: settled.yjsState, repairs: [...read.repairs, ...settled.repairs], kind: 'mandat', notices: [] };
  }
  if (read.ok) return { model: read.model, yjsState: null, repairs: [], kind: read.reader, notices: read.notices };
  if (read.reader === 'mandat') {
    const e = read.error;
    throw inputError(`${path}: ${e.message.sv}`, `${path}: ${e.message.en}`, e.issues.map((i) => text(issueInWords(i, 'sv'), issueInWords(i, 'en'))));
  }
  importFailed(path, read.errors, read.notices);
}

/**
 * A workbook or CSV folder that was not imported, and why, the errors listed below, then the
 * notes (a sheet or file not read, a file not in UTF-8), which are often why.
 */
function importFailed(path: string, errors: readonly WorkbookError[], notices: readonly WorkbookError[] = []): never {
  const n = errors.length;
  throw inputError(
    `${path} kunde inte importeras: ${n === 1 ? 'ett fel' : `${n} fel`}. Inget importerades.`,
    `${path} could not be imported: ${n === 1 ? 'one error' : `${n} errors`}. Nothing was imported.`,
    [
      ...errors.map((e) => text(formatWorkbookError(e, 'sv'), formatWorkbookError(e, 'en'))),
      ...notices.map((e) => text(`obs: ${formatWorkbookError(e, 'sv')}`, `note: ${formatWorkbookError(e, 'en')}`)),
    ],
  );
}

/**
 * The largest .mandat (or .json) file read: a map of thousands of bodies is a few megabytes,
 * and a file near half a gigabyte cannot even be held as one string by Node.
 */
export const MAP_FILE_MAX_BYTES = 256 * 1024 * 1024;

const megabytes = (n: number, lang: 'sv' | 'en'): string => `${Math.ceil(n / (1024 * 1024)).toLocaleString(lang === 'sv' ? 'sv-SE' : 'en-GB')} MB`;

/** A path that is no regular file (a device such as /dev/zero, a pipe): never read, it could be endless. */
function notARegularFile(path: string): never {
  throw inputError(`${path} är ingen vanlig fil (en enhet, en pipe eller liknande) och läses inte.`, `${path} is not a regular file (a device, a pipe or the like) and is not read.`);
}

/**
 * Refuses a file by its size before a byte of it is read: the limits the readers apply
 * afterwards (10 MB for a workbook) came only after a 1.5 GB file had been read whole.
 */
function checkSizeBeforeReading(path: string, size: number): void {
  const reader = readerFor([path]);
  if (reader === 'xlsx') {
    const tooLarge = checkXlsxSize(size);
    if (tooLarge) importFailed(path, [tooLarge]);
  } else if (size > MAP_FILE_MAX_BYTES) {
    throw inputError(
      `${path} är ${megabytes(size, 'sv')}; Mandat läser kartfiler upp till ${megabytes(MAP_FILE_MAX_BYTES, 'sv')}.`,
      `${path} is ${megabytes(size, 'en')}; Mandat reads map files of up to ${megabytes(MAP_FILE_MAX_BYTES, 'en')}.`,
    );
  }
}

/** Reads the CSV files of a folder (Bodies.csv or Organ.csv, …) as bytes: the import finds their encoding. Their sizes are checked first. */
export function readCsvFolder(path: string): Record<string, Uint8Array> {
  const names = readdirSync(path).filter((name) => fileKindOf(name)?.reader === 'csv');
  if (names.length === 0) throw inputError(`Mappen ${path} innehåller inga CSV-filer.`, `The folder ${path} holds no CSV files.`);
  let total = 0;
  for (const name of names) {
    const info = statSync(join(path, name));
    if (!info.isFile()) notARegularFile(join(path, name));
    total += info.size;
  }
  const tooLarge = checkCsvSize(total);
  if (tooLarge) importFailed(path, [tooLarge]);
  const files: Record<string, Uint8Array> = {};
  for (const name of names) files[name] = new Uint8Array(readFileSync(join(path, name)));
  return files;
}

/** Reads a map from a .mandat file, an .xlsx workbook or a folder of CSV files. */
export async function loadMap(path: string): Promise<LoadedMap> {
  let info: ReturnType<typeof statSync>;
  try {
    info = statSync(path);
  } catch (e) {
    fileError(path, e);
  }
  if (info.isDirectory()) return loadedOrThrow(path, await readMapFiles(Object.entries(readCsvFolder(path)).map(([name, content]) => ({ name, content }))));
  if (!info.isFile()) notARegularFile(path);
  // A workbook in another format (.ods, .xlsm, .xls) would be read as a map file and called damaged.
  const spreadsheet = otherSpreadsheetMessage(basename(path));
  if (spreadsheet) throw inputError(spreadsheet.sv, spreadsheet.en);
  checkSizeBeforeReading(path, info.size);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    fileError(path, e);
  }
  // One CSV file is one sheet of a map: the folder holding all of them is what makes one.
  if (readerFor([path]) === 'csv')
    throw inputError(
      `${path} är en enskild CSV-fil; ange mappen som innehåller Bodies.csv, Members.csv osv.`,
      `${path} is a single CSV file; give the folder that holds Bodies.csv, Members.csv and so on.`,
    );
  // A map file as bytes: readMapFiles decodes it and knows whether it was UTF-8.
  const file: MapFile = { name: basename(path), content: new Uint8Array(bytes) };
  return loadedOrThrow(path, await readMapFiles([file]));
}
