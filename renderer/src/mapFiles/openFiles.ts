import { isOpenable, savesBack, withoutOpenableExtension } from '../../../shared/file/kinds';
import { issueInWords } from '../../../shared/file/issueWords';
import { restoreOwnText, type Repair } from '../../../shared/file/restore';
import { text as t } from '../../../shared/i18n/text';
import sampleText from '../../../examples/eskilstuna.mandat?raw';
import { i18next } from '../i18n';
import type { MandatModel } from '../../../shared/model/types';
import type { HostOpen, OpenedFiles, Platform } from '../platform/types';
import { acceptedFiles, filesFromDrop, readDroppedFiles } from '../platform/web';
import { rememberMap } from '../shell/recentMaps';
import { mayReplaceMap } from '../shell/unsaved';
import { currentFileText, dismissGroup, newMap, notify, openMap, useEditor } from '../store/editor';
import { readOpened } from './readOpened';
import { showSampleOnItsDate } from './sampleDate';

/** Why a dropped file of another kind is not opened. */
const NOT_OPENABLE = t(
  'Mandat öppnar kartor (.mandat eller .json) och arbetsböcker (.xlsx eller .csv); den här filen är av ett annat slag.',
  'Mandat opens maps (.mandat or .json) and workbooks (.xlsx or .csv); this file is of another kind.',
);

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
  const isMapFile = opened.files.length === 1 && savesBack(opened.files[0]?.name ?? '');
  const name = isMapFile ? (opened.files[0]?.name ?? '') : '';
  const model = loaded.model.meta.name ? loaded.model : { ...loaded.model, meta: { ...loaded.model.meta, name: withoutOpenableExtension(opened.files[0]?.name ?? '') } };
  const documentRepairs = openMap(model, loaded.yjsState, name, { handle: isMapFile ? opened.handle : undefined });
  // A file the person opened is open: an earlier failure to open one is over.
  dismissGroup('file.openError');
  // The repairs of the file are known now; those of its Yjs history once its document is built.
  showRepairs(loaded.repairs);
  void documentRepairs.then((repairs) => {
    // One notice for both: a second one of the same kind takes the first one's place.
    if (repairs.length > 0) showRepairs([...loaded.repairs, ...repairs]);
    // Kept for the start page's recent maps once the document is built: a map file's own
    // text as it was read (it opens again the same way), anything else (a workbook) in its
    // serialised form, which for a large map is a long task, so only then.
    if (useEditor.getState().model.meta.name !== model.meta.name) return;
    const first = opened.files[0];
    const asRead = isMapFile && typeof first?.content === 'string';
    // Whether its bytes were UTF-8 goes with the text, so that a � the map holds is read as text again; Mandat's own text is.
    void rememberMap({ name: model.meta.name, fileName: name, text: asRead ? (first.content as string) : currentFileText(), utf8: asRead ? first.utf8 : true });
  });
  if (loaded.imported) notify({ kind: 'info', text: loaded.imported.summary, details: loaded.imported.notices });
  return true;
}

function showRepairs(repairs: readonly Repair[]): void {
  if (repairs.length > 0) notify({ kind: 'info', key: 'file.repaired', details: repairs.map((r) => t(issueInWords(r, 'sv'), issueInWords(r, 'en'))) });
}


/** Does what the desktop host says to open; false when nothing was opened here. */
export async function openFromHost(what: HostOpen): Promise<boolean> {
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
  // Files Mandat does not open (a .txt, a .docx) are not read: the drop says so at once.
  const files = acceptedFiles(event);
  const others = Array.from(event.dataTransfer?.files ?? []).filter((f) => !isOpenable(f.name));
  if (others.length > 0 && files.length === 0) {
    event.preventDefault();
    notify({ kind: 'error', key: 'file.openError', values: { name: others.map((f) => f.name).join(', ') }, text: NOT_OPENABLE });
    return false;
  }
  if (!platform.openDropped) return filesFromDrop(event).then((opened) => (opened ? openFiles(opened) : false));
  event.preventDefault();
  if (files.length === 0) return false;
  const r = await platform.openDropped(files);
  if (r) return openFromHost(r);
  const read = await readDroppedFiles(files);
  return read ? openFiles(read) : false;
}

/** Opens the embedded Eskilstuna sample, asking first when the open map has unsaved changes. */
export async function openSampleAsked(): Promise<boolean> {
  if (!(await mayReplaceMap('sample'))) return false;
  // A file that could not be opened is no longer the question once the person has opened another map.
  dismissGroup('file.openError');
  openSample();
  return true;
}

/** The embedded Eskilstuna sample, restored (a fresh model each call). */
export function restoreSample(): RestoredSample {
  const r = restoreOwnText(sampleText);
  if (!r.ok) throw new Error(`the embedded sample does not restore: ${r.error.message.en}`);
  return { model: r.model, yjsState: r.yjsState };
}

/** The sample as restoreSample gives it. */
export interface RestoredSample {
  readonly model: MandatModel;
  readonly yjsState: Uint8Array | null;
}

/** Opens the embedded Eskilstuna sample (already restored, when start-up did that while it waited). */
export function openSample(sample: RestoredSample = restoreSample()): void {
  void openMap(sample.model, sample.yjsState, '');
  showSampleOnItsDate();
}
