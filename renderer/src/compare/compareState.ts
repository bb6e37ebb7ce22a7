import { create } from 'zustand';
import { diffAsOf, diffModels, type Change, type FindingsOn, type MapDifference } from '../../../shared/diff';
import type { Text } from '../../../shared/i18n/text';
import type { IsoDate, MandatModel } from '../../../shared/model/types';
import { isIsoDate } from '../../../shared/time/isoDate';
import { readOpened } from '../mapFiles/readOpened';
import type { Platform } from '../platform/types';
import { highlight, setAsOf, unhighlight, useEditor } from '../store/editor';
import { findingsFor } from '../store/findings';

/** The other file of a comparison: it is A (before), the open map is B (now). */
export interface OtherFile {
  readonly name: string;
  readonly model: MandatModel;
}

/** UI state only (not part of the map, not undone): whether the Compare view is on, and what it compares. */
export interface CompareState {
  readonly open: boolean;
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly other: OtherFile | null;
  /** Why the other file could not be read, for the panel to show. */
  readonly error: Text | null;
  /** The date the canvas showed before the view opened, given back when it closes. */
  readonly asOfBefore: IsoDate | null;
}

export const useCompare = create<CompareState>(() => ({ open: false, from: '', to: '', other: null, error: null, asOfBefore: null }));

/** The same day `years` earlier (29 February becomes the 28th). */
function yearsBefore(date: IsoDate, years: number): IsoDate {
  const y = String(Number(date.slice(0, 4)) - years).padStart(4, '0');
  const candidate = `${y}${date.slice(4)}`;
  return isIsoDate(candidate) ? candidate : `${y}-02-28`;
}

/** View › Compare: two dates of the open map, by default two years back against the date the canvas shows. */
export function openCompare(): void {
  if (useCompare.getState().open) return;
  const asOf = useEditor.getState().asOf;
  useCompare.setState({ open: true, from: yearsBefore(asOf, 2), to: asOf, other: null, error: null, asOfBefore: asOf });
}

/** Leaves the Compare view: the canvas goes back to the date it showed. */
export function closeCompare(): void {
  const { open, asOfBefore } = useCompare.getState();
  if (!open) return;
  useCompare.setState({ open: false, other: null, error: null });
  unhighlight();
  if (asOfBefore) setAsOf(asOfBefore);
}

/** Sets one of the two dates; the canvas shows the map on the second. */
export function setCompareDate(which: 'from' | 'to', date: IsoDate): void {
  if (!isIsoDate(date)) return;
  useCompare.setState({ [which]: date, other: null, error: null } as Partial<CompareState>);
  if (which === 'to') setAsOf(date);
}

/** "Compare with a file…": asks the host for another map and compares it (before) with the open map (now). */
export async function compareWithFile(platform: Platform): Promise<void> {
  const opened = await platform.openFiles();
  if (!opened) return;
  const loaded = await readOpened(opened);
  const name = opened.files.map((f) => f.name).join(', ');
  if (!loaded.ok) {
    useCompare.setState({ error: loaded.message });
    return;
  }
  useCompare.setState({ other: { name, model: loaded.model }, error: null });
}

/** Back to comparing two dates of the open map. */
export const compareDates = (): void => useCompare.setState({ other: null, error: null });

let cached: { model: MandatModel; from: IsoDate; to: IsoDate; other: OtherFile | null; diff: MapDifference } | null = null;

/**
 * The findings through the analyses the window keeps (store/findings.ts): the open map on the
 * date the canvas shows is mostly analysed already, for the Findings panel, so the view
 * analyses one map rather than two.
 */
const keptFindings: FindingsOn = (m, asOf) => findingsFor(m, asOf).result.findings;

/** The difference the view shows, computed once for the panel and the canvas together. */
export function currentDifference(model: MandatModel, s: CompareState): MapDifference | null {
  if (!s.open || !isIsoDate(s.from) || !isIsoDate(s.to)) return null;
  if (cached && cached.model === model && cached.from === s.from && cached.to === s.to && cached.other === s.other) return cached.diff;
  const diff = s.other ? diffModels(s.other.model, model, { from: s.to, to: s.to, findingsOn: keptFindings }) : diffAsOf(model, s.from, s.to, { findingsOn: keptFindings });
  cached = { model, from: s.from, to: s.to, other: s.other, diff };
  return diff;
}

/** The id a body has on the canvas in the view: its own where the canvas draws it, its ghost's where only A has it. */
export function canvasIdOf(id: string, shown: (id: string) => boolean): string {
  return shown(id) ? id : `ghost:${id}`;
}

/** Frames and highlights what a change concerns, as a click on a finding does. */
export function frameChange(c: Change, shown: (id: string) => boolean): void {
  const bodies = new Set(c.bodies.map((id) => canvasIdOf(id, shown)));
  highlight({ key: `compare:${c.scope}:${c.kind}:${c.id}`, bodies, lines: new Set(c.lines), members: new Set() });
}
