import { restoreOwnText } from '../../../shared/file/restore';
import type { Platform } from '../platform/types';
import { notify, openMap, useEditor } from '../store/editor';
import { openFromHost, openSample, restoreSample, type RestoredSample } from './openFiles';

/**
 * On start: what the desktop opened this window for (a file, or File > New); else the
 * last map from the autosaved copy when there is one (saying so), else the embedded sample.
 */
export async function startWithLastMap(platform: Platform): Promise<'sample' | 'other'> {
  const pending = await platform.pendingOpen?.();
  if (pending && (await openFromHost(pending))) return 'other';
  const reading = platform.loadAutosave();
  // The sample is restored while the autosave is read (IndexedDB answers in another
  // process): on a first start it is the map, and the wait is not added to its restoring.
  let sample: RestoredSample | undefined;
  try {
    sample = restoreSample();
  } catch {
    // Only a map to open if there is no autosave; openSample restores it again and says why it fails.
  }
  const record = await reading;
  if (record) {
    const r = restoreOwnText(record.text);
    if (r.ok) {
      void openMap(r.model, r.yjsState, record.name, { dirty: record.dirty });
      const time = new Date(record.savedAt).toLocaleString(useEditor.getState().lang === 'sv' ? 'sv-SE' : 'en-GB');
      notify({ kind: 'info', key: record.dirty ? 'file.recoveredUnsaved' : 'file.recovered', values: { name: r.model.meta.name || record.name, time } });
      return 'other';
    }
  }
  openSample(sample);
  return 'sample';
}
