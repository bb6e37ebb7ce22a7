import { randomBytes } from 'node:crypto';
import { isJournalId } from './crashJournal';

/**
 * An id for this run of the app: the time and some randomness. Window ids start at 1
 * in every run, so a journal named by the window alone could overwrite one a crash
 * left behind before it was offered.
 */
export function newRunId(now: number = Date.now(), random: Uint8Array = randomBytes(4)): string {
  return `${now.toString(36)}-${Buffer.from(random).toString('hex')}`;
}

/** The journal id of a window in a run. */
export function journalIdOf(runId: string, windowId: number): string {
  const id = `${runId}-w${windowId}`;
  if (!isJournalId(id)) throw new RangeError(`Not a journal id: ${JSON.stringify(id)}`);
  return id;
}

/** The journals a crash (or an earlier run) left: this run's belong to windows that are still open. */
export function fromOtherRuns<T extends { readonly mapId: string }>(journals: readonly T[], runId: string): T[] {
  return journals.filter((j) => !j.mapId.startsWith(`${runId}-w`));
}
