import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { SaveResult } from '../../electron/files/atomicSave';
import { createJournal, type JournalOptions } from '../../electron/files/crashJournal';
import { flakyRename, realFs, recordingSleep, removeTempFolders, tempFolder, withFaults } from './faultyFs';

afterAll(removeTempFolders);

/** Timers that run only when the test moves the clock. */
function manualClock(start = '2024-05-02T10:00:00.000Z') {
  let now = Date.parse(start);
  let nextId = 1;
  const due = new Map<number, { at: number; run: () => void }>();
  return {
    now: () => new Date(now),
    setTimer: (run: () => void, ms: number) => {
      due.set(nextId, { at: now + ms, run });
      return nextId++;
    },
    clearTimer: (handle: unknown) => void due.delete(handle as number),
    advance(ms: number) {
      now += ms;
      for (const [id, timer] of [...due].sort((a, b) => a[1].at - b[1].at))
        if (timer.at <= now) {
          due.delete(id);
          timer.run();
        }
    },
    get pending() {
      return due.size;
    },
  };
}

function journalIn(dir = tempFolder(), extra: Partial<JournalOptions> = {}) {
  const clock = manualClock();
  const writes: Array<[string, SaveResult]> = [];
  const journal = createJournal({ dir, ...clock, onWrite: (id, r) => void writes.push([id, r]), ...extra });
  return { dir, clock, journal, writes };
}

describe('the crash journal', () => {
  it('writes one second after the last change, not after each', async () => {
    const { dir, clock, journal, writes } = journalIn();
    journal.scheduleWrite('karta-1', { name: 'Eskilstuna', text: 'v1' });
    clock.advance(400);
    journal.scheduleWrite('karta-1', { name: 'Eskilstuna', text: 'v2' });
    clock.advance(400);
    journal.scheduleWrite('karta-1', { name: 'Eskilstuna', text: 'v3' });
    clock.advance(999);
    await journal.flush();
    expect(writes).toHaveLength(1); // flush wrote the pending v3 once
    expect(writes[0]?.[0]).toBe('karta-1');
    const written = JSON.parse(readFileSync(join(dir, 'karta-1.journal.json'), 'utf8'));
    expect(written).toMatchObject({ format: 'mandat-journal', name: 'Eskilstuna', text: 'v3' });
  });

  it('writes by itself when the second has passed', async () => {
    const { clock, journal, writes } = journalIn();
    journal.scheduleWrite('karta-1', { name: 'A', text: 'v1' });
    journal.scheduleWrite('karta-1', { name: 'A', text: 'v2' });
    clock.advance(999);
    expect(clock.pending).toBe(1);
    clock.advance(1);
    expect(clock.pending).toBe(0);
    await journal.flush(); // waits for the write the timer started
    expect(writes.map(([, r]) => r.ok)).toEqual([true]);
    expect((await journal.listJournals()).journals.map((j) => j.savedAt)).toEqual(['2024-05-02T10:00:01.000Z']);
  });

  it('writes atomically: the journal appears by renaming a complete temporary file in the same folder', async () => {
    const dir = tempFolder();
    const renames: string[][] = [];
    const fs = withFaults({ rename: async (from, to) => (renames.push([from, to]), realFs.rename(from, to)) });
    const { journal } = journalIn(dir, { fs });
    journal.scheduleWrite('karta-1', { name: 'A', text: 'x'.repeat(100_000) });
    await journal.flush();
    expect(renames).toHaveLength(1);
    expect(renames[0]?.[0]).toMatch(/\/\.karta-1\.journal\.json\.\d+\.[0-9a-f]+\.tmp$/);
    expect(renames[0]?.[1]).toBe(join(dir, 'karta-1.journal.json'));
    expect(readdirSync(dir)).toEqual(['karta-1.journal.json']);
  });

  it('keeps the previous journal whole when a write fails, and reports the failure', async () => {
    const { dir, journal, writes } = journalIn(tempFolder(), {});
    journal.scheduleWrite('karta-1', { name: 'A', text: 'bra version' });
    await journal.flush();
    const failing = journalIn(dir, {
      fs: withFaults({ rename: flakyRename('EBUSY', Infinity).rename }),
      saveOptions: { sleep: recordingSleep().sleep },
    });
    failing.journal.scheduleWrite('karta-1', { name: 'A', text: 'ny version' });
    const [result] = await failing.journal.flush();
    expect(result).toMatchObject({ ok: false, error: { code: 'busy' } });
    expect(writes).toHaveLength(1);
    expect(await journal.readJournal(join(dir, 'karta-1.journal.json'))).toMatchObject({ ok: true, text: 'bra version' });
  });

  it('lists journals newest first with name and time, and skips and reports unreadable ones', async () => {
    const { dir, clock, journal } = journalIn();
    journal.scheduleWrite('aaa', { name: 'Äldre karta', text: '1' });
    await journal.flush();
    clock.advance(60_000);
    journal.scheduleWrite('bbb', { name: 'Nyare karta', text: '2' });
    await journal.flush();
    writeFileSync(join(dir, 'trasig.journal.json'), '{"format":"mandat-journal","ver');
    writeFileSync(join(dir, '.aaa.journal.json.123.abc.tmp'), 'half a write');
    writeFileSync(join(dir, 'aaa.journal.json.bak'), 'old');
    const listing = await journal.listJournals();
    expect(listing.journals.map((j) => [j.mapId, j.name, j.savedAt])).toEqual([
      ['bbb', 'Nyare karta', '2024-05-02T10:01:00.000Z'],
      ['aaa', 'Äldre karta', '2024-05-02T10:00:00.000Z'],
    ]);
    expect(listing.unreadable).toEqual([
      { path: join(dir, 'trasig.journal.json'), message: expect.objectContaining({ en: 'The recovery file is damaged and was skipped.' }) },
    ]);
  });

  it('lists nothing when the folder does not exist yet', async () => {
    const { journal } = journalIn(join(tempFolder(), 'journal'));
    expect(await journal.listJournals()).toEqual({ journals: [], unreadable: [] });
  });

  it('discards a journal and a pending write for it', async () => {
    const { dir, clock, journal } = journalIn();
    journal.scheduleWrite('karta-1', { name: 'A', text: 'v1' });
    await journal.flush();
    journal.scheduleWrite('karta-1', { name: 'A', text: 'v2' });
    await journal.discard('karta-1');
    clock.advance(5000);
    await journal.flush();
    expect(existsSync(join(dir, 'karta-1.journal.json'))).toBe(false);
    expect(clock.pending).toBe(0);
  });

  it('recovers after a crash: the journal left behind is listed with its name and time, and reads back', async () => {
    const dir = join(tempFolder(), 'journal');
    const before = journalIn(dir);
    before.journal.scheduleWrite('karta-7', { name: 'Trygghetsarbete', text: '{"format":"mandat"}\n' });
    before.clock.advance(1000);
    await before.journal.flush();
    // The process dies here: no discard, no flush. Next start:
    const after = journalIn(dir);
    const { journals } = await after.journal.listJournals();
    expect(journals).toEqual([{ mapId: 'karta-7', name: 'Trygghetsarbete', savedAt: '2024-05-02T10:00:01.000Z', path: join(dir, 'karta-7.journal.json') }]);
    const read = await after.journal.readJournal(journals[0]?.path ?? '');
    expect(read).toMatchObject({ ok: true, text: '{"format":"mandat"}\n' });
  });

  it('reads only its own journals and refuses ids that are no file names', async () => {
    const { journal } = journalIn();
    expect(await journal.readJournal('/etc/passwd')).toMatchObject({ ok: false, error: { message: { en: 'The file is not a Mandat recovery file.' } } });
    expect(() => journal.scheduleWrite('../utanför', { name: 'x', text: 'x' })).toThrow(RangeError);
  });
});
