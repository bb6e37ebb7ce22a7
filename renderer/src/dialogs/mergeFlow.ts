import { create } from 'zustand';
import { mergeCopies, settle, type Choice, type MapCopy, type MergeResult, type SettleResult } from '../../../shared/merge';
import { readOpened } from '../mapFiles/readOpened';
import type { OpenedFiles, Platform } from '../platform/types';
import { mergeIntoOpenMap, notify, openMapCopy, useEditor } from '../store/editor';

/** A merge waiting in the Merge dialog for the person's choices. */
export interface PendingMerge {
  /** Counts merges, so the dialog starts afresh for each. */
  readonly id: number;
  readonly result: MergeResult;
  /** The other copy's file name, as the dialog names it. */
  readonly fromName: string;
}

/** The merge the dialog shows; null when none is open. */
export const useMerge = create<{ pending: PendingMerge | null }>()(() => ({ pending: null }));

let merges = 0;

/** Merges another copy with the open map and opens the dialog that shows the outcome. */
export function startMerge(theirs: MapCopy, fromName: string): void {
  if (useEditor.getState().collab?.readOnly) {
    notify({ kind: 'error', key: 'collab.viewOnly' });
    return;
  }
  useMerge.setState({ pending: { id: ++merges, result: mergeCopies(openMapCopy(), theirs), fromName } });
}

/** Merges files the person already chose (a .mandat file, a workbook or CSV files). */
export async function mergeOpenedFiles(opened: OpenedFiles): Promise<void> {
  const name = opened.files.map((f) => f.name).join(', ');
  const loaded = await readOpened(opened);
  if (!loaded.ok) {
    notify({ kind: 'error', key: 'merge.openError', values: { name }, text: loaded.message, details: loaded.details });
    return;
  }
  startMerge({ model: loaded.model, yjsState: loaded.yjsState }, name);
}

/** File › Merge a copy…: asks the host for the other copy, then merges it. */
export async function mergeCopy(platform: Platform): Promise<void> {
  const opened = await platform.openFiles();
  if (opened) await mergeOpenedFiles(opened);
}

export function cancelMerge(): void {
  useMerge.setState({ pending: null });
}

/** Settles the pending merge with `choices` and applies it to the open map as one undo step. */
export function applyMerge(choices: Readonly<Record<string, Choice>>): SettleResult | null {
  const pending = useMerge.getState().pending;
  if (!pending) return null;
  const settled = settle(pending.result, choices);
  if (settled.ok && mergeIntoOpenMap(settled.yjsState)) {
    useMerge.setState({ pending: null });
    notify({ kind: 'info', key: 'merge.applied', values: { name: pending.fromName } });
  }
  return settled;
}
