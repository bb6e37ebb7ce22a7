import { readMapFiles, loadWorkbookCode, type MapFilesRead } from '../../../shared/file/readMapFiles';
import type { Repair } from '../../../shared/file/restore';
import { text as t, type Text } from '../../../shared/i18n/text';
import { issueInWords } from '../../../shared/file/issueWords';
import type { MandatModel } from '../../../shared/model/types';
import type { OpenedFiles } from '../platform/types';

/** What opening files gave: a map (with what was repaired or imported), or why not, in both languages. */
export type Loaded =
  | { ok: true; model: MandatModel; yjsState: Uint8Array | null; repairs: readonly Repair[]; imported?: { summary: Text; notices: Text[] } }
  | { ok: false; message: Text; details: Text[] };

/** The map in files the person chose, or why it cannot be read (an unexpected failure included). */
export async function readOpened(opened: OpenedFiles): Promise<Loaded> {
  try {
    if (opened.files.length === 0) return { ok: false, message: t('Ingen fil valdes.', 'No file was chosen.'), details: [] };
    return await loadedFrom(await readMapFiles(opened.files));
  } catch (e) {
    return { ok: false, message: t(`Oväntat fel: ${String(e)}`, `Unexpected error: ${String(e)}`), details: [] };
  }
}

/** The reader's result worded for the window: a workbook's summary and notices, or its errors. */
async function loadedFrom(read: MapFilesRead): Promise<Loaded> {
  if (read.ok && read.reader === 'mandat') return { ok: true, model: read.model, yjsState: read.yjsState, repairs: read.repairs };
  if (!read.ok && read.reader === 'mandat') {
    return { ok: false, message: read.error.message, details: read.error.issues.map((i) => t(issueInWords(i, 'sv'), issueInWords(i, 'en'))) };
  }
  // A workbook was read, so its code is loaded already.
  const wb = await loadWorkbookCode();
  const both = (e: Parameters<typeof wb.formatWorkbookError>[0]): Text => t(wb.formatWorkbookError(e, 'sv'), wb.formatWorkbookError(e, 'en'));
  if (read.ok) return { ok: true, model: read.model, yjsState: null, repairs: [], imported: { summary: wb.importSummary(read.model), notices: read.notices.map(both) } };
  return {
    ok: false,
    message: t(`Arbetsboken har ${read.errors.length} fel; inget importerades.`, `The workbook has ${read.errors.length} errors; nothing was imported.`),
    // The notes after the errors: a sheet not read, a file not in UTF-8, is often why.
    details: [...read.errors.map(both), ...read.notices.map((e) => t(`Obs: ${wb.formatWorkbookError(e, 'sv')}`, `Note: ${wb.formatWorkbookError(e, 'en')}`))],
  };
}
