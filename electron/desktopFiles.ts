import { clipboard, ClipboardItem, dialog, type BrowserWindow } from 'electron';
import { basename, extname, join } from 'node:path';
import { openDialogFilters, saveDialogFilters } from '../shared/file/kinds';
import { text } from '../shared/i18n/text';
import type { IpcRequest, IpcResponses } from '../shared/ipc';
import type { Language } from '../shared/model/vocabulary';
import { holdsEverythingIn } from '../shared/merge/contains';
import { saveAtomically } from './files/atomicSave';
import { createJournal, type CrashJournal } from './files/crashJournal';
import { removeLeftoverTemps } from './files/leftoverTemps';
import { checkBeforeSave, readForOpen, snapshotFile, type DiskSnapshot } from './files/diskChange';
import { fromOtherRuns, journalIdOf, newRunId } from './files/journalIds';
import { addRecent, isAllowedPath, loadRecent, saveRecent, type RecentFiles } from './files/recentFiles';
import type { IpcHandlers } from './ipc/handlers';
import type { SessionChannel } from './collabHost';
import { createOpenRequests, type QueuedOpen } from './openRequests';
import type { WindowFacts } from './windowPlacement';

/** The file channels' handlers; the live-session channels come from collabHost.ts. */
export type FileHandlers = Omit<IpcHandlers, SessionChannel>;

export interface FileDeps {
  readonly dialogFor: (windowId: number) => BrowserWindow | undefined;
  readonly windowState: (windowId: number, state: IpcRequest<'window:state'>[0]) => void;
  /** What main knows of the window's map (unsaved changes, a file), to keep one map a window. */
  readonly windowInfo: (windowId: number) => WindowFacts | undefined;
  /** Opens a window that opens these files, or an empty new map, once its page asks. */
  readonly openInNewWindow: (open: QueuedOpen) => void;
}

const SAVE_FILTERS = saveDialogFilters();

/**
 * The desktop's files, behind the IPC contract: native dialogs, atomic saves with the
 * on-disk-change check, recent files, opening one map a window (openRequests.ts), and
 * the crash journal (a window that opens nothing else is offered the journals earlier
 * runs left behind). Paths reach the renderer only as handles of files the user chose
 * (in a dialog, from the recent list, or by dropping them); a save to any other path is refused.
 */
export function createDesktopFiles(options: { userData: () => string }) {
  let recent: RecentFiles = [];
  let journal: CrashJournal | null = null;
  const chosen = new Set<string>();
  const snapshots = new Map<string, DiskSnapshot>();
  const language = new Map<number, Language>();
  /** Windows whose map was thrown away on closing: a late journal write from them is ignored. */
  const thrownAway = new Set<number>();
  const recentFile = (): string => join(options.userData(), 'recent.json');
  const journalOf = (): CrashJournal => (journal ??= createJournal({ dir: join(options.userData(), 'journal'), now: () => new Date() }));
  // Journals are named by run and window, so this run never writes over, or offers, one it did not write.
  const runId = newRunId();
  const mapId = (windowId: number): string => journalIdOf(runId, windowId);
  const sv = (windowId: number): boolean => (language.get(windowId) ?? 'sv') === 'sv';
  let deps: FileDeps | null = null;

  void loadRecent(recentFile()).then((r) => (recent = r.list));

  // Called when a map is opened and after it is saved: the moments to clear the copies that killed saves left beside it.
  async function remember(path: string, snapshot?: DiskSnapshot): Promise<void> {
    void removeLeftoverTemps(path);
    chosen.add(path);
    if (snapshot) snapshots.set(path, snapshot);
    recent = addRecent(recent, path);
    await saveRecent(recentFile(), recent);
  }

  const opening = createOpenRequests({
    remember,
    windowInfo: (windowId) => deps?.windowInfo(windowId),
    openInNewWindow: (open) => deps?.openInNewWindow(open),
  });

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

  return {
    recent: (): readonly string[] => recent,
    /** What the window opens with once its page asks ('file:pending'). */
    queueOpen: (windowId: number, open: QueuedOpen): void => opening.queue(windowId, open),
    /** The user closed the window choosing "Don't save": the map was thrown away on purpose, and so is its journal. */
    discardJournal: async (windowId: number): Promise<void> => {
      thrownAway.add(windowId);
      await journalOf().discard(mapId(windowId));
    },
    handlers(d: FileDeps): FileHandlers {
      deps = d;
      return {
        'file:open': async ({ windowId }) => {
          const win = d.dialogFor(windowId);
          const filters = openDialogFilters(language.get(windowId) ?? 'sv');
          const r = win
            ? await dialog.showOpenDialog(win, { properties: ['openFile', 'multiSelections'], filters })
            : await dialog.showOpenDialog({ properties: ['openFile', 'multiSelections'], filters });
          if (r.canceled || r.filePaths.length === 0) return null;
          return opening.openChosen(windowId, r.filePaths);
        },
        'file:openDropped': ({ windowId }, paths) => opening.openDropped(windowId, paths),
        'file:pending': ({ windowId }) => opening.pending(windowId),
        'file:new': ({ windowId }) => opening.newMap(windowId),
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
            if (disk.ok && choice.response === 0) return { ok: false, cancelled: true, merge: { name: basename(handle), text: disk.text, utf8: disk.utf8 } };
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
          if (thrownAway.has(windowId)) return;
          if (record.dirty) journalOf().scheduleWrite(mapId(windowId), { name: record.name, text: record.text });
          else await journalOf().discard(mapId(windowId));
        },
        'journal:load': async ({ windowId }) => {
          const { journals } = await journalOf().listJournals();
          for (const entry of fromOtherRuns(journals, runId)) {
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
