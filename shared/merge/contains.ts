import * as Y from 'yjs';
import { restoreText } from '../file/restore';
import { documentFromState, jsonEqual, readModel } from '../model/document';

/**
 * True when the map about to be saved (`saved`, the text of a .mandat file) already
 * holds everything in the file on disk (`disk`): every edit of its Yjs history,
 * deletions included, and no edit made outside Mandat. Overwriting the file then loses
 * nothing, as after merging the version on disk into the open map.
 */
export function holdsEverythingIn(saved: string, disk: string): boolean {
  const ours = restoreText(saved);
  const theirs = restoreText(disk);
  if (!ours.ok || !theirs.ok || !ours.yjsState || !theirs.yjsState) return false;
  try {
    const doc = documentFromState(ours.yjsState);
    if (!jsonEqual(readModel(documentFromState(theirs.yjsState)), theirs.model)) return false;
    const before = Y.snapshot(doc);
    Y.applyUpdate(doc, theirs.yjsState);
    return Y.equalSnapshots(before, Y.snapshot(doc));
  } catch {
    return false;
  }
}
