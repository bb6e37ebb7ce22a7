import type { Text } from '../i18n/text';
import type { MandatModel } from '../model/types';

/** One problem in a workbook, and where it is. */
export interface WorkbookError {
  /** The sheet (or CSV file) as named in the file; empty for the file as a whole. */
  readonly sheet: string;
  /** The spreadsheet row number (the header is row 1), or null for the sheet as a whole. */
  readonly row: number | null;
  /** The column header, or null for the whole row or sheet. */
  readonly column: string | null;
  readonly code: string;
  readonly message: Text;
}

/**
 * A map, with notices about what was read differently than written (an unknown column
 * left out, a CSV file that was not UTF-8), or the errors that stopped the import.
 */
export type WorkbookResult =
  | { readonly ok: true; readonly model: MandatModel; readonly notices: readonly WorkbookError[] }
  | {
      readonly ok: false;
      readonly errors: WorkbookError[];
      /** What was read differently than written, or not read (a sheet or file whose name is no part of a map), which may be why. */
      readonly notices?: readonly WorkbookError[];
    };

/** Formats an error in one language: `Memberships, row 7, column body: …`. */
export function formatWorkbookError(e: WorkbookError, lang: 'sv' | 'en'): string {
  const where: string[] = [];
  if (e.sheet) where.push(e.sheet);
  if (e.row !== null) where.push(lang === 'sv' ? `rad ${e.row}` : `row ${e.row}`);
  if (e.column !== null) where.push(lang === 'sv' ? `kolumn ${e.column}` : `column ${e.column}`);
  return where.length > 0 ? `${where.join(', ')}: ${e.message[lang]}` : e.message[lang];
}

/** A result with errors only. */
export function failed(errors: WorkbookError[]): WorkbookResult {
  return { ok: false, errors };
}

/** A result with errors, and the notices read before them (a sheet not read may be the cause of an error). */
export function failedWith(errors: WorkbookError[], notices: readonly WorkbookError[]): WorkbookResult {
  return notices.length > 0 ? { ok: false, errors, notices } : { ok: false, errors };
}

/** A result with `notices` put before its own: a reader's (a file not UTF-8, a hidden sheet) with the sheets' reading's. */
export function withNotices(result: WorkbookResult, notices: readonly WorkbookError[]): WorkbookResult {
  if (notices.length === 0) return result;
  if (result.ok) return { ...result, notices: [...notices, ...result.notices] };
  return failedWith(result.errors, [...notices, ...(result.notices ?? [])]);
}

/** An error about the file as a whole. */
export function fileError(code: string, message: Text): WorkbookError {
  return { sheet: '', row: null, column: null, code, message };
}

/** What an empty required cell says: the words a missing required field says everywhere. */
export { MUST_NOT_BE_EMPTY } from '../model/fields';
