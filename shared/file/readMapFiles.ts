/**
 * Which reader reads which file, in one place for the renderer and the command line:
 * a .mandat (or .json) file through restore, an .xlsx workbook or CSV files through the
 * workbook import. Each caller words a failure for its own setting (a toast, a line on
 * the command line), so failures come back as data.
 */
import type { WorkbookError } from '../workbook/errors';
import type { MandatModel } from '../model/types';
import { readerFor, type MapReader } from './kinds';
import { DECLARATIONS } from '../model/declarations';
import { MIGRATIONS } from './migrations';
import { restoreText, type Repair, type RestoreError } from './restore';
import { decodeUtf8, type DecodedText } from './utf8';

/** A file as the host read it: text for a map file, bytes for a workbook or CSV (bytes are decoded as UTF-8 where text is needed). */
export interface MapFile {
  readonly name: string;
  readonly content: string | Uint8Array;
  /** For text the host decoded: whether its bytes were UTF-8 (false: some became �). Absent when the host did not say. */
  readonly utf8?: boolean;
}

export type MapFilesRead =
  | {
      readonly ok: true;
      readonly reader: MapReader;
      readonly model: MandatModel;
      /** The Yjs state beside a .mandat file's plain model; null for a workbook. */
      readonly yjsState: Uint8Array | null;
      readonly repairs: readonly Repair[];
      /** What a workbook import read differently than written (an unknown column, a CSV in Windows-1252). */
      readonly notices: readonly WorkbookError[];
    }
  | { readonly ok: false; readonly reader: 'mandat'; readonly error: RestoreError }
  | { readonly ok: false; readonly reader: 'xlsx' | 'csv'; readonly errors: readonly WorkbookError[]; readonly notices: readonly WorkbookError[] };

/** The workbook code (exceljs, papaparse) loads only when a workbook is read, so a map opens without it. */
export const loadWorkbookCode = () => import('../workbook');

const bytesOf = (content: string | Uint8Array): Uint8Array => (typeof content === 'string' ? new TextEncoder().encode(content) : content);
/** A map file's text, and whether its bytes were UTF-8 (decoded here, or as the host said). */
const textOf = (file: MapFile): DecodedText | { text: string; utf8: undefined } =>
  typeof file.content === 'string' ? { text: file.content, utf8: file.utf8 } : decodeUtf8(file.content);

/** Reads files opened together as one map, with the reader `readerFor` picks by their names. */
export async function readMapFiles(files: readonly MapFile[]): Promise<MapFilesRead> {
  const reader = readerFor(files.map((f) => f.name));
  const first = files[0];
  if (reader === 'csv') {
    const contents: Record<string, string | Uint8Array> = {};
    for (const f of files) contents[f.name] = f.content;
    const r = (await loadWorkbookCode()).readCsvFiles(contents);
    return r.ok ? { ok: true, reader, model: r.model, yjsState: null, repairs: [], notices: r.notices } : { ok: false, reader, errors: r.errors, notices: r.notices ?? [] };
  }
  if (reader === 'xlsx' && first) {
    const r = await (await loadWorkbookCode()).readXlsx(bytesOf(first.content));
    return r.ok ? { ok: true, reader, model: r.model, yjsState: null, repairs: [], notices: r.notices } : { ok: false, reader, errors: r.errors, notices: r.notices ?? [] };
  }
  const decoded = first ? textOf(first) : { text: '', utf8: true };
  const r = restoreText(decoded.text, MIGRATIONS, DECLARATIONS, decoded.utf8);
  return r.ok ? { ok: true, reader: 'mandat', model: r.model, yjsState: r.yjsState, repairs: r.repairs, notices: [] } : { ok: false, reader: 'mandat', error: r.error };
}
