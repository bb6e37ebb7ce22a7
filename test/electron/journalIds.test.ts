import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createJournal, isJournalId } from '../../electron/files/crashJournal';
import { fromOtherRuns, journalIdOf, newRunId } from '../../electron/files/journalIds';
import { removeTempFolders, tempFolder } from './faultyFs';

afterAll(removeTempFolders);

describe('crash journal ids', () => {
  it('differ between runs, even two started in the same millisecond', () => {
    const now = Date.parse('2024-05-02T10:00:00Z');
    const runs = new Set(Array.from({ length: 1000 }, () => newRunId(now)));
    expect(runs.size).toBe(1000);
    expect(journalIdOf(newRunId(now), 1)).not.toBe(journalIdOf(newRunId(now), 1));
  });

  it('differ between the windows of a run, and are journal file names', () => {
    const run = newRunId();
    expect(journalIdOf(run, 1)).not.toBe(journalIdOf(run, 2));
    expect(isJournalId(journalIdOf(run, 1))).toBe(true);
    expect(isJournalId(journalIdOf(run, -1))).toBe(true);
  });

  it('offer a crash’s journals and journals of the old naming, never this run’s own', async () => {
    const dir = join(tempFolder(), 'journal');
    const journal = createJournal({ dir, now: () => new Date('2024-05-02T10:00:00Z') });
    const crashed = newRunId(Date.parse('2024-05-01T09:00:00Z'));
    const thisRun = newRunId();
    journal.scheduleWrite(journalIdOf(crashed, 1), { name: 'Kraschad', text: '{}' });
    journal.scheduleWrite('window-1', { name: 'Äldre version', text: '{}' });
    journal.scheduleWrite(journalIdOf(thisRun, 1), { name: 'Öppen i fönster 1', text: '{}' });
    journal.scheduleWrite(journalIdOf(thisRun, 12), { name: 'Öppen i fönster 12', text: '{}' });
    await journal.flush();
    const { journals } = await journal.listJournals();
    expect(journals).toHaveLength(4);
    expect(fromOtherRuns(journals, thisRun).map((j) => j.name).sort()).toEqual(['Kraschad', 'Äldre version']);
  });
});
