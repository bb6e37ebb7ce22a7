// The desktop's files across windows, through the handler table with Electron's dialogs
// stubbed (as in diskMerge.test.ts): real files in temp folders, no Electron binary.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createJournal } from '../../electron/files/crashJournal';
import type { QueuedOpen } from '../../electron/openRequests';
import type { WindowFacts } from '../../electron/windowPlacement';
import { removeTempFolders, tempFolder } from './faultyFs';

const electron = vi.hoisted(() => ({
  dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn(), showMessageBox: vi.fn() },
  clipboard: { write: vi.fn() },
  ClipboardItem: class {},
}));
vi.mock('electron', () => electron);

const { createDesktopFiles } = await import('../../electron/desktopFiles');

afterAll(removeTempFolders);

/** A desktop with windows in the given states; main's createWindow is played by queueing for the next id. */
function desktop(windows: Record<number, WindowFacts>) {
  const userData = tempFolder('mandat-ud-');
  const files = createDesktopFiles({ userData: () => userData });
  let nextId = 10;
  const opened: Array<[number, QueuedOpen]> = [];
  const h = files.handlers({
    dialogFor: () => undefined,
    windowState: () => undefined,
    windowInfo: (id) => windows[id],
    openInNewWindow: (open) => {
      const id = nextId++;
      windows[id] = { dirty: false, hasFile: false };
      files.queueOpen(id, open);
      opened.push([id, open]);
    },
  });
  return { userData, files, h, opened, journalDir: join(userData, 'journal') };
}

function mapFile(name = 'karta.mandat', content = '{"format":"mandat"}'): string {
  const path = join(tempFolder('mandat-maps-'), name);
  writeFileSync(path, content);
  return path;
}

const waitForJournalWrite = () => new Promise((resolve) => setTimeout(resolve, 1300));

describe('one map a window', () => {
  beforeEach(() => {
    vi.clearAllMocks();
    delete process.env.MANDAT_E2E_RESTORE;
  });

  it('opens a file chosen in a window that holds a map in a new window, which gets it with its path', async () => {
    const path = mapFile();
    const { h, opened } = desktop({ 1: { dirty: true, hasFile: false } });
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [path] });
    expect(await h['file:open']({ windowId: 1 })).toBeNull();
    expect(opened).toEqual([[10, [path]]]);
    expect(await h['file:pending']({ windowId: 10 })).toEqual({ files: [{ name: 'karta.mandat', content: '{"format":"mandat"}', utf8: true }], handle: path });
  });

  it('saves a dropped map back to its file without asking where', async () => {
    const path = mapFile();
    const { h } = desktop({ 1: { dirty: false, hasFile: false } });
    expect(await h['file:openDropped']({ windowId: 1 }, [path])).toMatchObject({ handle: path });
    const saved = await h['file:save']({ windowId: 1 }, { text: '{"format":"mandat","v":2}', suggestedName: 'karta.mandat', handle: path, saveAs: false });
    expect(saved).toEqual({ ok: true, name: 'karta.mandat', handle: path });
    expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled();
    expect(readFileSync(path, 'utf8')).toBe('{"format":"mandat","v":2}');
  });

  it('still refuses to save to a path nobody chose', async () => {
    const { h } = desktop({ 1: { dirty: false, hasFile: false } });
    const r = await h['file:save']({ windowId: 1 }, { text: '{}', suggestedName: 'x.mandat', handle: mapFile('annan.mandat'), saveAs: false });
    expect(r).toMatchObject({ ok: false, cancelled: false, message: { en: 'Mandat only saves to files you chose yourself.' } });
  });

  it('opens File > New in a new window from a window that holds a map', async () => {
    const { h, opened } = desktop({ 1: { dirty: false, hasFile: true }, 2: { dirty: false, hasFile: false } });
    expect(await h['file:new']({ windowId: 2 })).toBe('this-window');
    expect(await h['file:new']({ windowId: 1 })).toBe('new-window');
    expect(opened).toEqual([[10, 'empty']]);
    expect(await h['file:pending']({ windowId: 10 })).toEqual({ empty: true });
  });
});

describe('crash journals across windows and runs', () => {
  beforeEach(() => {
    vi.clearAllMocks();
    delete process.env.MANDAT_E2E_RESTORE;
  });

  it('offers a second window of the same run nothing of the first window’s live journal, and keeps it', async () => {
    const { h, journalDir } = desktop({ 1: { dirty: true, hasFile: false }, 2: { dirty: false, hasFile: false } });
    await h['journal:write']({ windowId: 1 }, { name: '', text: '{"fönster":1}', savedAt: '2024-05-02T10:00:00Z', dirty: true });
    await waitForJournalWrite();
    expect(readdirSync(journalDir)).toHaveLength(1);
    expect(await h['journal:load']({ windowId: 2 })).toBeNull();
    expect(electron.dialog.showMessageBox).not.toHaveBeenCalled();
    expect(readdirSync(journalDir)).toHaveLength(1);
  });

  it('offers the journal a crashed run left, without writing over it', async () => {
    const { h, journalDir } = desktop({ 1: { dirty: false, hasFile: false } });
    const crashed = createJournal({ dir: journalDir, now: () => new Date('2024-05-01T09:00:00Z') });
    // Named as the version before run ids named it: the name this run's window 1 once wrote over.
    crashed.scheduleWrite('window-1', { name: 'Trygghetsarbete', text: '{"kraschad":true}' });
    await crashed.flush();
    // This run's window 1 writes its own journal before the crash's is offered.
    await h['journal:write']({ windowId: 1 }, { name: '', text: '{"ny":true}', savedAt: '2024-05-02T10:00:00Z', dirty: true });
    await waitForJournalWrite();
    expect(readdirSync(journalDir)).toHaveLength(2);
    electron.dialog.showMessageBox.mockResolvedValue({ response: 0 });
    expect(await h['journal:load']({ windowId: 1 })).toEqual({ name: 'Trygghetsarbete', text: '{"kraschad":true}', savedAt: '2024-05-01T09:00:00.000Z', dirty: true });
    expect(electron.dialog.showMessageBox).toHaveBeenCalledTimes(1);
  });

  it('discards the journal of a window closed with "Don’t save", and ignores its late writes', async () => {
    const { files, h, journalDir } = desktop({ 1: { dirty: true, hasFile: false } });
    await h['journal:write']({ windowId: 1 }, { name: '', text: '{"v":1}', savedAt: '2024-05-02T10:00:00Z', dirty: true });
    await waitForJournalWrite();
    expect(readdirSync(journalDir)).toHaveLength(1);
    await files.discardJournal(1);
    expect(readdirSync(journalDir)).toEqual([]);
    await h['journal:write']({ windowId: 1 }, { name: '', text: '{"v":2}', savedAt: '2024-05-02T10:00:01Z', dirty: true });
    await waitForJournalWrite();
    expect(existsSync(journalDir) ? readdirSync(journalDir) : []).toEqual([]);
  });
});
