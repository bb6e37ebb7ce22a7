import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { settledYjsState } from '../shared/file/open';
import { restoreText, type Repair } from '../shared/file/restore';
import { text } from '../shared/i18n/text';
import { formatIssue } from '../shared/model/issue';
import type { MandatModel } from '../shared/model/types';
import { formatWorkbookError, type WorkbookError, type WorkbookResult } from '../shared/workbook/errors';
import { inputError } from './messages';

export interface LoadedMap {
  readonly model: MandatModel;
  readonly yjsState: Uint8Array | null;
  readonly repairs: readonly Repair[];
  readonly kind: 'mandat' | 'xlsx' | 'csv';
  /** What a workbook import read differently than written (an unknown column, a CSV in Windows-1252). */
  readonly notices: readonly WorkbookError[];
}

function fileError(path: string, e: unknown): never {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') throw inputError(`Filen ${path} finns inte.`, `The file ${path} does not exist.`);
  if (code === 'EACCES' || code === 'EPERM') throw inputError(`Filen ${path} får inte läsas (behörighet saknas).`, `The file ${path} may not be read (permission denied).`);
  throw inputError(`Filen ${path} kunde inte läsas: ${String(e)}`, `The file ${path} could not be read: ${String(e)}`);
}

function workbookModel(path: string, result: WorkbookResult, kind: 'xlsx' | 'csv'): LoadedMap {
  if (result.ok) return { model: result.model, yjsState: null, repairs: [], kind, notices: result.notices };
  const n = result.errors.length;
  throw inputError(
    `${path} kunde inte importeras: ${n === 1 ? 'ett fel' : `${n} fel`}. Inget importerades.`,
    `${path} could not be imported: ${n === 1 ? 'one error' : `${n} errors`}. Nothing was imported.`,
    result.errors.map((e) => text(formatWorkbookError(e, 'sv'), formatWorkbookError(e, 'en'))),
  );
}

/** Reads the CSV files of a folder (Bodies.csv or Organ.csv, …) as bytes: the import finds their encoding. */
export function readCsvFolder(path: string): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  for (const name of readdirSync(path)) if (extname(name).toLowerCase() === '.csv') files[name] = new Uint8Array(readFileSync(join(path, name)));
  if (Object.keys(files).length === 0)
    throw inputError(`Mappen ${path} innehåller inga CSV-filer.`, `The folder ${path} holds no CSV files.`);
  return files;
}

/** Reads a map from a .mandat file, an .xlsx workbook or a folder of CSV files. */
export async function loadMap(path: string): Promise<LoadedMap> {
  let isFolder: boolean;
  try {
    isFolder = statSync(path).isDirectory();
  } catch (e) {
    fileError(path, e);
  }
  // The workbook readers (exceljs, papaparse) are loaded only for a workbook: `check` of a .mandat starts faster.
  if (isFolder) return workbookModel(path, (await import('../shared/workbook/csv')).readCsvFiles(readCsvFolder(path)), 'csv');
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    fileError(path, e);
  }
  const ext = extname(path).toLowerCase();
  if (ext === '.xlsx') return workbookModel(path, await (await import('../shared/workbook/xlsx')).readXlsx(new Uint8Array(bytes)), 'xlsx');
  if (ext === '.csv')
    throw inputError(
      `${path} är en enskild CSV-fil; ange mappen som innehåller Bodies.csv, Members.csv osv.`,
      `${path} is a single CSV file; give the folder that holds Bodies.csv, Members.csv and so on.`,
    );
  const restored = restoreText(bytes.toString('utf8'));
  if (!restored.ok) {
    const e = restored.error;
    throw inputError(`${path}: ${e.message.sv}`, `${path}: ${e.message.en}`, e.issues.map((i) => text(formatIssue(i, 'sv'), formatIssue(i, 'en'))));
  }
  // The Yjs state is read here, once, so that every command reports the same repairs and passes on a state that opens.
  const settled = settledYjsState(restored.model, restored.yjsState);
  return { model: restored.model, yjsState: settled.yjsState, repairs: [...restored.repairs, ...settled.repairs], kind: 'mandat', notices: [] };
}
