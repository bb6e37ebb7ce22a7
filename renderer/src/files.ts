import { restoreText, type Repair } from '../../shared/file/restore';
import { text as t, type Text } from '../../shared/i18n/text';
import { formatIssue } from '../../shared/model/issue';
import type { MandatModel } from '../../shared/model/types';
import type { WorkbookError, WorkbookResult } from '../../shared/workbook';
import sampleText from '../../examples/eskilstuna.mandat?raw';
import { mergeOpenedFiles } from './dialogs/mergeFlow';
import { i18next } from './i18n';
import type { HostOpen, OpenedFiles, Platform } from './platform/types';
import { acceptedFiles, filesFromDrop, readDroppedFiles } from './platform/web';
import { commitFocusedField } from './pendingField';
import { rememberMap } from './shell/recentMaps';
import { mayReplaceMap } from './shell/unsaved';
import { currentFileText, dismissGroup, markSaved, newMap, notify, openMap, useEditor } from './store/editor';

export type Loaded =
  | { ok: true; model: MandatModel; yjsState: Uint8Array | null; repairs: readonly Repair[]; imported?: { summary: Text; notices: Text[] } }
  | { ok: false; message: Text; details: Text[] };

/** Reads what the user opened: one .mandat file, one .xlsx workbook, or CSV files (to open, or to merge with the open map). */
async function loadOpened(opened: OpenedFiles): Promise<Loaded> {
  const files = opened.files;
  const first = files[0];
  if (!first) return { ok: false, message: t('Ingen fil valdes.', 'No file was chosen.'), details: [] };
  const lower = first.name.toLowerCase();
  if (files.every((f) => f.name.toLowerCase().endsWith('.csv'))) {
    // Bytes, not text: the import finds the encoding (UTF-8, else Windows-1252 as Swedish Excel saves).
    const contents: Record<string, string | Uint8Array> = {};
    for (const f of files) contents[f.name] = f.content;
    const wb = await workbook();
    const r = wb.readCsvFiles(contents);
    return r.ok ? workbookLoaded(r, wb) : workbookFailure(r.errors, wb.formatWorkbookError);
  }
  if (lower.endsWith('.xlsx')) {
    const wb = await workbook();
    const bytes = typeof first.content === 'string' ? new TextEncoder().encode(first.content) : first.content;
    const r = await wb.readXlsx(bytes);
    return r.ok ? workbookLoaded(r, wb) : workbookFailure(r.errors, wb.formatWorkbookError);
  }
  const source = typeof first.content === 'string' ? first.content : new TextDecoder().decode(first.content);
  const r = restoreText(source);
  if (!r.ok) return { ok: false, message: r.error.message, details: r.error.issues.map((i) => t(formatIssue(i, 'sv'), formatIssue(i, 'en'))) };
  return { ok: true, model: r.model, yjsState: r.yjsState, repairs: r.repairs };
}

/** The workbook code (exceljs, papaparse) loads only when a workbook is opened or written. */
const workbook = () => import('../../shared/workbook');

/** A workbook's map, with what came in and what was read differently (an unknown column, a CSV in Windows-1252). */
function workbookLoaded(r: Extract<WorkbookResult, { ok: true }>, wb: Awaited<ReturnType<typeof workbook>>): Loaded {
  const notices = r.notices.map((e) => t(wb.formatWorkbookError(e, 'sv'), wb.formatWorkbookError(e, 'en')));
  return { ok: true, model: r.model, yjsState: null, repairs: [], imported: { summary: wb.importSummary(r.model), notices } };
}

function workbookFailure(errors: WorkbookError[], formatWorkbookError: (e: WorkbookError, lang: 'sv' | 'en') => string): Loaded {
  return {
    ok: false,
    message: t(`Arbetsboken har ${errors.length} fel; inget importerades.`, `The workbook has ${errors.length} errors; nothing was imported.`),
    details: errors.map((e) => t(formatWorkbookError(e, 'sv'), formatWorkbookError(e, 'en'))),
  };
}

const baseName = (name: string): string => name.replace(/\.(mandat|json|xlsx|csv)$/i, '');

/** The map in files the person chose, or why it cannot be read (an unexpected failure included). */
export async function readOpened(opened: OpenedFiles): Promise<Loaded> {
  try {
    return await loadOpened(opened);
  } catch (e) {
    return { ok: false, message: t(`Oväntat fel: ${String(e)}`, `Unexpected error: ${String(e)}`), details: [] };
  }
}

/**
 * Opens files as the current map; on any error, shows it and leaves the current map as it
 * was. A map with unsaved changes is replaced only when the person says so (asked once
 * the files are known to be readable).
 */
export async function openFiles(opened: OpenedFiles): Promise<boolean> {
  const names = opened.files.map((f) => f.name).join(', ');
  const loaded = await readOpened(opened);
  if (!loaded.ok) {
    notify({ kind: 'error', key: 'file.openError', values: { name: names }, text: loaded.message, details: loaded.details });
    return false;
  }
  if (!(await mayReplaceMap('open'))) return false;
  const isMandat = opened.files.length === 1 && /\.(mandat|json)$/i.test(opened.files[0]?.name ?? '');
  const name = isMandat ? (opened.files[0]?.name ?? '') : '';
  const model = loaded.model.meta.name ? loaded.model : { ...loaded.model, meta: { ...loaded.model.meta, name: baseName(opened.files[0]?.name ?? '') } };
  const documentRepairs = openMap(model, loaded.yjsState, name, { handle: isMandat ? opened.handle : undefined });
  // A file the person opened is open: an earlier failure to open one is over.
  dismissGroup('file.openError');
  // The repairs of the file are known now; those of its Yjs history once its document is built.
  showRepairs(loaded.repairs);
  void documentRepairs.then((repairs) => {
    showRepairs(repairs);
    // Kept for the start page's recent maps once the document is built (the text is its serialised form).
    if (useEditor.getState().model.meta.name === model.meta.name) void rememberMap({ name: model.meta.name, fileName: name, text: currentFileText() });
  });
  if (loaded.imported) notify({ kind: 'info', text: loaded.imported.summary, details: loaded.imported.notices });
  return true;
}

function showRepairs(repairs: readonly Repair[]): void {
  if (repairs.length > 0) notify({ kind: 'info', key: 'file.repaired', details: repairs.map((r) => t(withPath(r.path, r.message.sv), withPath(r.path, r.message.en))) });
}

const withPath = (path: string, message: string): string => (path ? `${path}: ${message}` : message);

/** Does what the desktop host says to open; false when nothing was opened here. */
async function openFromHost(what: HostOpen): Promise<boolean> {
  switch (what.kind) {
    case 'files':
      return openFiles(what.opened);
    case 'empty':
      newMap(i18next.t('app.untitled'));
      return true;
    case 'refused':
      notify({ kind: 'error', key: 'file.openError', values: { name: what.name }, text: what.message });
      return false;
    case 'elsewhere':
      return false;
  }
}

/**
 * Opens files dropped on the window. Call it from the drop handler itself: the files are
 * taken before the event ends. The desktop opens them by their paths (so Save writes back
 * to them, and a window holding a map gets a new window); where it finds no path, and in
 * the browser, they are read through the File API.
 */
export async function openDrop(platform: Platform, event: DragEvent): Promise<boolean> {
  if (!platform.openDropped) return filesFromDrop(event).then((files) => (files ? openFiles(files) : false));
  event.preventDefault();
  const files = acceptedFiles(event);
  if (files.length === 0) return false;
  const r = await platform.openDropped(files);
  if (r) return openFromHost(r);
  const read = await readDroppedFiles(files);
  return read ? openFiles(read) : false;
}

/** Opens the embedded Eskilstuna sample, asking first when the open map has unsaved changes. */
export async function openSampleAsked(): Promise<boolean> {
  if (!(await mayReplaceMap('sample'))) return false;
  openSample();
  return true;
}

/** Opens the embedded Eskilstuna sample. */
export function openSample(): void {
  const r = restoreText(sampleText);
  if (!r.ok) throw new Error(`the embedded sample does not restore: ${r.error.message.en}`);
  void openMap(r.model, r.yjsState, '');
}

/** Saves the map to its file (or asks where, the first time or with `saveAs`); true when it was saved. */
export async function save(platform: Platform, saveAs: boolean): Promise<boolean> {
  commitFocusedField();
  const { fileName, fileHandle, model } = useEditor.getState();
  const suggested = fileName || `${model.meta.name || 'karta'}.mandat`;
  const text = currentFileText();
  const result = await platform.saveFile(text, suggested, { handle: saveAs ? undefined : fileHandle, saveAs: saveAs || !fileHandle });
  if (result.ok) {
    markSaved(result.name, result.handle ?? fileHandle);
    void rememberMap({ name: model.meta.name, fileName: result.name, text });
    notify({ kind: 'info', key: 'file.savedAs', values: { name: result.name } });
    return true;
  }
  if (!result.cancelled) notify({ kind: 'error', key: 'file.saveError', text: result.message });
  // The file changed on disk and the user chose to merge that version in; saving again then writes the merged map.
  else if (result.merge) await mergeOpenedFiles({ files: [{ name: result.merge.name, content: result.merge.text }] });
  return false;
}

/** Offers the map as an .xlsx workbook in the import format. */
export async function exportWorkbook(platform: Platform): Promise<void> {
  const { model } = useEditor.getState();
  const { writeXlsx } = await workbook();
  const result = await platform.download(await writeXlsx(model), `${model.meta.name || 'karta'}.xlsx`, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  if (!result.ok && !result.cancelled) notify({ kind: 'error', key: 'file.saveError', text: result.message });
}

/**
 * On start: what the desktop opened this window for (a file, or File > New); else the
 * last map from the autosaved copy when there is one (saying so), else the embedded sample.
 */
export async function startWithLastMap(platform: Platform): Promise<'sample' | 'other'> {
  const pending = await platform.pendingOpen?.();
  if (pending && (await openFromHost(pending))) return 'other';
  const record = await platform.loadAutosave();
  if (record) {
    const r = restoreText(record.text);
    if (r.ok) {
      void openMap(r.model, r.yjsState, record.name, { dirty: record.dirty });
      const time = new Date(record.savedAt).toLocaleString(useEditor.getState().lang === 'sv' ? 'sv-SE' : 'en-GB');
      notify({ kind: 'info', key: record.dirty ? 'file.recoveredUnsaved' : 'file.recovered', values: { name: r.model.meta.name || record.name, time } });
      return 'other';
    }
  }
  openSample();
  return 'sample';
}
