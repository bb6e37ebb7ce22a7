import { fileKindOf } from '../../../shared/file/kinds';
import { loadWorkbookCode } from '../../../shared/file/readMapFiles';
import { mergeOpenedFiles } from '../shell/onDemand';
import type { Platform } from '../platform/types';
import { commitFocusedField } from '../pendingField';
import { rememberMap } from '../shell/recentMaps';
import { currentFileText, markSaved, notify, useEditor } from '../store/editor';

/** Saves the map to its file (or asks where, the first time or with `saveAs`); true when it was saved. */
export async function save(platform: Platform, saveAs: boolean): Promise<boolean> {
  commitFocusedField();
  const { fileName, fileHandle, model } = useEditor.getState();
  const suggested = fileName || `${model.meta.name || 'karta'}.mandat`;
  const text = currentFileText();
  const result = await platform.saveFile(text, suggested, { handle: saveAs ? undefined : fileHandle, saveAs: saveAs || !fileHandle });
  if (result.ok) {
    markSaved(result.name, result.handle ?? fileHandle);
    void rememberMap({ name: model.meta.name, fileName: result.name, text, utf8: true });
    notify({ kind: 'info', key: 'file.savedAs', values: { name: result.name } });
    return true;
  }
  if (!result.cancelled) notify({ kind: 'error', key: 'file.saveError', text: result.message });
  // The file changed on disk and the user chose to merge that version in; saving again then writes the merged map.
  else if (result.merge) await mergeOpenedFiles({ files: [{ name: result.merge.name, content: result.merge.text, ...(result.merge.utf8 === undefined ? {} : { utf8: result.merge.utf8 }) }] });
  return false;
}

/** Offers the map as an .xlsx workbook in the import format. */
export async function exportWorkbook(platform: Platform): Promise<void> {
  const { model } = useEditor.getState();
  const { writeXlsx } = await loadWorkbookCode();
  const mimeType = fileKindOf('.xlsx')?.mimeType ?? 'application/octet-stream';
  const result = await platform.download(await writeXlsx(model), `${model.meta.name || 'karta'}.xlsx`, mimeType);
  // Said as the other exports say it: a download that nothing on screen acknowledged looked like nothing happened.
  if (result.ok) notify({ kind: 'info', key: 'export.done', values: { name: result.name } });
  else if (!result.cancelled) notify({ kind: 'error', key: 'file.saveError', text: result.message });
}
