import { create } from 'zustand';
import { lastRecordedDate } from '../../../shared/time/lastRecorded';
import { setAsOf, useEditor } from '../store/editor';

/**
 * The Eskilstuna sample is shown on the last day its sources describe, not today: its
 * sources stop in 2023, so on today's date the law card and the findings would report
 * as missing what the sources simply do not cover. The date comes from the sample's own
 * records (shared/time/lastRecorded.ts), so a regenerated sample brings its own. Other
 * maps open on today as before.
 */
interface SampleDate {
  /** The editor's mapVersion of the sample opened on its date; another map has another version. */
  readonly mapVersion: number;
  readonly date: string | null;
}

export const useSampleDate = create<SampleDate>()(() => ({ mapVersion: -1, date: null }));

/** Sets the just-opened sample's as-of date to the last day it records, and remembers that it did. */
export function showSampleOnItsDate(): void {
  const { model, mapVersion } = useEditor.getState();
  const date = lastRecordedDate(model);
  if (!date) return;
  setAsOf(date);
  useSampleDate.setState({ mapVersion, date });
}

/** True while the canvas shows the sample on the date it was opened on (the time control says so). */
export function useShowsSampleDate(): boolean {
  const { mapVersion, date } = useSampleDate();
  const version = useEditor((s) => s.mapVersion);
  const asOf = useEditor((s) => s.asOf);
  return date !== null && version === mapVersion && asOf === date;
}
