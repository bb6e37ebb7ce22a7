import { clipboard, ClipboardItem, dialog, type BrowserWindow } from 'electron';
import { readFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { text } from '../shared/i18n/text';
import type { IpcResponses } from '../shared/ipc';
import type { Language } from '../shared/model/vocabulary';
import { holdsEverythingIn } from '../shared/merge/contains';
import { saveAtomically } from './files/atomicSave';
import { createJournal, type CrashJournal } from './files/crashJournal';
import { checkBeforeSave, readForOpen, snapshotFile, type DiskSnapshot } from './files/diskChange';
import { addRecent, isAllowedPath, loadRecent, saveRecent, type RecentFiles } from './files/recentFiles';
import type { IpcHandlers } from './ipc/handlers';
import type { SessionChannel } from './collabHost';

/** The file channels' handlers; the live-session channels come from collabHost.ts. */
export type FileHandlers = Omit<IpcHandlers, SessionChannel>;

export interface FileDeps {
  readonly dialogFor: (windowId: number) => BrowserWindow | undefined;
  readonly windowState: (windowId: number, state: { title: string; dirty: boolean; language: Language }) => void;
}

const OPEN_FILTERS = [{ name: 'Mandat, Excel, CSV', extensions: ['mandat', 'json', 'xlsx', 'csv'] }];
const SAVE_FILTERS = [{ name: 'Mandat', extensions: ['mandat'] }];

/**
 * The desktop's files, behind the IPC contract: native dialogs, atomic saves with the
 * on-disk-change check, recent files, and the crash journal (a window's first
 * loadAutosave opens its queued file or offers the journals a crash left behind). Paths reach the renderer only
 * as handles of files the user chose; a save to any other path is refused.
 */
export function createDesktopFiles(options: { userData: () => string }) {
  let recent: RecentFiles = [];
  let journal: CrashJournal | null = null;
  const chosen = new Set<string>();
  const snapshots = new Map<string, DiskSnapshot>();
  const queued = new Map<number, string>();
  const language = new Map<number, Language>();
  const recentFile = (): string => join(options.userData(), 'recent.json');
  const journalOf = (): CrashJournal => (journal ??= createJournal({ dir: join(options.userData(), 'journal'), now: () => new Date() }));
  const mapId = (windowId: number): string => `window-${windowId}`;
  const sv = (windowId: number): boolean => (language.get(windowId) ?? 'sv') === 'sv';
  let deps: FileDeps | null = null;

  void loadRecent(recentFile()).then((r) => (recent = r.list));

  async function remember(path: string): Promise<void> {
    chosen.add(path);
    recent = addRecent(recent, path);
    await saveRecent(recentFile(), recent);
  }

  async function writeTo(windowId: number, path: string, content: string): Promise<IpcResponses['file:save']> {
    const result = await saveAtomically(path, content);
    if (!result.ok) return { ok: false, cancelled: false, message: result.error.message };
    const snap = await snapshotFile(path);
    if (snap) snapshots.set(path, snap);
    await remember(path);
    await journalOf().discard(mapId(windowId));
    return { ok: true, name: basename(path), handle: path };
  }

  async function saveAs(windowId: number, suggestedName: string, content: string): Promise<IpcResponses['file:save']> {
    const win = deps?.dialogFor(windowId);
    const r = win ? await dialog.showSaveDialog(win, { defaultPath: suggestedName, filters: SAVE_FILTERS }) : await dialog.showSaveDialog({ defaultPath: suggestedName, filters: SAVE_FILTERS });
    if (r.canceled || !r.filePath) return { ok: false, cancelled: true };
    const path = extname(r.filePath) ? r.filePath : `${r.filePath}.mandat`;
    return writeTo(windowId, path, content);
  }


  async function readChosen(path: string): Promise<{ name: string; content: string | Uint8Array }> {
    if (extname(path).toLowerCase() === '.xlsx') return { name: basename(path), content: new Uint8Array(await readFile(path)) };
    const read = await readForOpen(path);
    if (!read.ok) throw new Error(read.error.message.en);
    snapshots.set(path, read.snapshot);
    return { name: basename(path), content: read.text };
  }

  return {
    recent: (): readonly string[] => recent,
    queueOpen: (windowId: number, path: string): void => void queued.set(windowId, path),
    takeQueuedOpen: (windowId: number): string | undefined => {
      const path = queued.get(windowId);
      queued.delete(windowId);
      return path;
    },
    handlers(d: FileDeps): FileHandlers {
      deps = d;
      return {
        'file:open': async ({ windowId }) => {
          const win = d.dialogFor(windowId);
          const r = win
            ? await dialog.showOpenDialog(win, { properties: ['openFile', 'multiSelections'], filters: OPEN_FILTERS })
            : await dialog.showOpenDialog({ properties: ['openFile', 'multiSelections'], filters: OPEN_FILTERS });
          if (r.canceled || r.filePaths.length === 0) return null;
          const files = await Promise.all(r.filePaths.map(readChosen));
          for (const p of r.filePaths) await remember(p);
          const single = r.filePaths.length === 1 && /\.(mandat|json)$/i.test(r.filePaths[0] ?? '') ? r.filePaths[0] : undefined;
          return { files, ...(single ? { handle: single } : {}) };
        },
        'file:save': async ({ windowId }, { text: content, suggestedName, handle, saveAs: asked }) => {
          if (asked || !handle) return saveAs(windowId, suggestedName, content);
          if (!isAllowedPath(recent, chosen, handle))
            return { ok: false, cancelled: false, message: text('Mandat sparar bara till filer du själv har valt.', 'Mandat only saves to files you chose yourself.') };
          const remembered = snapshots.get(handle);
          if (remembered && (await checkBeforeSave(handle, remembered)) === 'changed') {
            // The version on disk may already be merged into this map: then writing loses nothing.
            const disk = await readForOpen(handle);
            if (disk.ok && holdsEverythingIn(content, disk.text)) return writeTo(windowId, handle, content);
            const win = d.dialogFor(windowId);
            const message = sv(windowId)
              ? `${basename(handle)} har ändrats på disken sedan du öppnade den (kanske av någon annan). Den skrivs inte över; slå ihop den med din version, eller spara din version som en kopia.`
              : `${basename(handle)} was changed on disk since you opened it (perhaps by someone else). It is not overwritten; merge it with your version, or save your version as a copy.`;
            const merge = disk.ok ? [sv(windowId) ? 'Slå ihop…' : 'Merge…'] : [];
            const buttons = [...merge, ...(sv(windowId) ? ['Spara som kopia…', 'Avbryt'] : ['Save as a copy…', 'Cancel'])];
            const options = { type: 'warning' as const, message, buttons, cancelId: buttons.length - 1 };
            const choice = win ? await dialog.showMessageBox(win, options) : await dialog.showMessageBox(options);
            // Merge hands the version on disk to the renderer's merge dialog; the next save writes the merged map.
            if (disk.ok && choice.response === 0) return { ok: false, cancelled: true, merge: { name: basename(handle), text: disk.text } };
            if (choice.response !== merge.length) return { ok: false, cancelled: true };
            return saveAs(windowId, basename(handle).replace(/\.mandat$/i, ' (kopia).mandat'), content);
          }
          return writeTo(windowId, handle, content);
        },
        'file:export': async ({ windowId }, { data, name }) => {
          const win = d.dialogFor(windowId);
          const r = win ? await dialog.showSaveDialog(win, { defaultPath: name }) : await dialog.showSaveDialog({ defaultPath: name });
          if (r.canceled || !r.filePath) return { ok: false, cancelled: true };
          const saved = await saveAtomically(r.filePath, data);
          return saved.ok ? { ok: true, name: basename(r.filePath) } : { ok: false, cancelled: false, message: saved.error.message };
        },
        'journal:write': async ({ windowId }, record) => {
          if (record.dirty) journalOf().scheduleWrite(mapId(windowId), { name: record.name, text: record.text });
          else await journalOf().discard(mapId(windowId));
        },
        'journal:load': async ({ windowId }) => {
          const path = queued.get(windowId) ?? queued.get(-1);
          if (path) {
            queued.delete(windowId);
            queued.delete(-1);
            const read = await readForOpen(path);
            if (read.ok) {
              snapshots.set(path, read.snapshot);
              await remember(path);
              return { name: path, text: read.text, savedAt: new Date().toISOString(), dirty: false };
            }
          }
          const { journals } = await journalOf().listJournals();
          for (const entry of journals) {
            const win = d.dialogFor(windowId);
            const message = sv(windowId)
              ? `Kartan "${entry.name || 'Namnlös'}" hade osparade ändringar när Mandat stängdes (${entry.savedAt}). Vill du återställa dem?`
              : `The map "${entry.name || 'Untitled'}" had unsaved changes when Mandat closed (${entry.savedAt}). Restore them?`;
            const buttons = sv(windowId) ? ['Återställ', 'Kasta'] : ['Restore', 'Discard'];
            // The end-to-end tests answer this prompt through MANDAT_E2E_RESTORE (they cannot click a native dialog).
            const scripted = process.env.MANDAT_E2E_RESTORE;
            const choice =
              scripted !== undefined
                ? { response: scripted === 'restore' ? 0 : 1 }
                : win
                  ? await dialog.showMessageBox(win, { type: 'question', message, buttons, cancelId: 1 })
                  : await dialog.showMessageBox({ type: 'question', message, buttons, cancelId: 1 });
            const read = await journalOf().readJournal(entry.path);
            await journalOf().discard(entry.mapId);
            if (choice.response === 0 && read.ok) return { name: entry.name, text: read.text, savedAt: entry.savedAt, dirty: true };
          }
          return null;
        },
        'journal:clear': async ({ windowId }) => journalOf().discard(mapId(windowId)),
        // The diagram as a picture on the clipboard, to paste into Word or PowerPoint.
        'clipboard:image': async (_context, png) => {
          if (png[0] !== 0x89 || png[1] !== 0x50) throw new Error('not a PNG image');
          await clipboard.write([new ClipboardItem({ 'image/png': new Blob([png], { type: 'image/png' }) })]);
        },
        'window:state': ({ windowId }, state) => {
          language.set(windowId, state.language);
          d.windowState(windowId, state);
        },
      };
    },
  };
}
