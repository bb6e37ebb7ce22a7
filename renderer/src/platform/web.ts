/**
 * The web host: the Platform over browser APIs. Files are opened with the File System
 * Access API where the browser has it (Chromium; the handle is kept so Save writes back
 * to the same file) and with a hidden <input type=file> elsewhere; saving falls back to a
 * download. Autosave lives in IndexedDB (autosave.ts).
 */
import { isOpenable, OPEN_FILTER_NAME, OPENABLE_EXTENSIONS, pickerAccept, readsAsBytes, SAVED_KIND, savesBack } from '../../../shared/file/kinds';
import { decodeUtf8 } from '../../../shared/file/utf8';
import { createIndexedDbAutosave } from './autosave';
import { dropLeaveCopy, newerCopy, readLeaveCopy, writeLeaveCopy } from './leaveCopy';
import type { OpenedFile, OpenedFiles, Platform, SaveResult } from './types';

const OPEN_TYPES = [{ description: OPEN_FILTER_NAME, accept: pickerAccept() }];
const SAVE_TYPES = [{ description: 'Mandat', accept: { 'application/json': [SAVED_KIND.extension] } }];

/** How long the focus fallback waits for a late `change` before taking a closed dialog as a cancel. */
const FOCUS_CANCEL_DELAY_MS = 1000;
/** How long a download's Blob URL stays valid. */
const REVOKE_DELAY_MS = 60_000;

// The File System Access API is Chromium-only and not fully in lib.dom: the little used here.
interface WritableLike {
  write(data: string): Promise<void>;
  close(): Promise<void>;
  abort?(): Promise<void>;
}
interface FileHandleLike {
  readonly kind: 'file';
  readonly name: string;
  getFile(): Promise<File>;
  createWritable(): Promise<WritableLike>;
  queryPermission?(descriptor: { mode: 'readwrite' }): Promise<PermissionState>;
  requestPermission?(descriptor: { mode: 'readwrite' }): Promise<PermissionState>;
}
interface PickerWindow {
  showOpenFilePicker?(options: { multiple: boolean; types: typeof OPEN_TYPES }): Promise<FileHandleLike[]>;
  showSaveFilePicker?(options: { suggestedName: string; types: typeof SAVE_TYPES }): Promise<FileHandleLike>;
}
interface HandleItem {
  getAsFileSystemHandle?(): Promise<unknown>;
}

export interface WebPlatformOptions {
  /**
   * Use the File System Access API when the browser has it (default true). Tests turn
   * it off to drive the <input type=file> path with Playwright's file chooser.
   */
  readonly fileSystemAccess?: boolean;
}

/** Whether a handle from this host's pickers can be written (kept opaque in the interface). */
function isFileHandle(value: unknown): value is FileHandleLike {
  if (typeof value !== 'object' || value === null) return false;
  const h = value as Partial<FileHandleLike>;
  return h.kind === 'file' && typeof h.name === 'string' && typeof h.createWritable === 'function';
}

function isAbort(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}

/** .xlsx and .csv as bytes (the workbook import finds a CSV's encoding), everything else as text with whether it was UTF-8. */
async function readFile(file: File): Promise<OpenedFile> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (readsAsBytes(file.name)) return { name: file.name, content: bytes };
  // Decoded here, where the bytes are, so restore knows a � the person wrote from a letter that could not be read.
  const { text, utf8 } = decodeUtf8(bytes);
  return { name: file.name, content: text, utf8 };
}

/** A handle is worth keeping only for one map file: Save must never overwrite a workbook. */
function keptHandle(handles: readonly unknown[]): unknown {
  if (handles.length !== 1) return undefined;
  const [handle] = handles;
  return isFileHandle(handle) && savesBack(handle.name) ? handle : undefined;
}

function pickerWindow(): PickerWindow {
  return window as unknown as PickerWindow;
}

/** The hidden <input type=file>: resolves with the chosen files, or null on cancel. */
function pickWithInput(): Promise<File[] | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = true;
    input.accept = OPENABLE_EXTENSIONS.join(',');
    input.hidden = true;
    input.setAttribute('aria-hidden', 'true');
    input.tabIndex = -1;

    let settled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finish = (files: File[] | null) => {
      if (settled) return;
      settled = true;
      if (timer !== undefined) clearTimeout(timer);
      window.removeEventListener('focus', onFocus);
      input.remove();
      resolve(files);
    };
    // Browsers without the `cancel` event: the window regains focus when the dialog
    // closes; a `change` that has not come shortly after means nothing was chosen.
    const onFocus = () => {
      timer = setTimeout(() => finish(input.files?.length ? Array.from(input.files) : null), FOCUS_CANCEL_DELAY_MS);
    };

    input.addEventListener('change', () => finish(input.files?.length ? Array.from(input.files) : null));
    input.addEventListener('cancel', () => finish(null));
    document.body.append(input);
    input.click();
    // Registered after the dialog has taken focus, so the click itself does not count.
    setTimeout(() => window.addEventListener('focus', onFocus, { once: true }), 0);
  });
}

async function writeTo(handle: FileHandleLike, text: string): Promise<void> {
  if (handle.queryPermission && handle.requestPermission) {
    const state = await handle.queryPermission({ mode: 'readwrite' });
    if (state !== 'granted' && (await handle.requestPermission({ mode: 'readwrite' })) !== 'granted') {
      throw new DOMException('Write permission was not granted', 'NotAllowedError');
    }
  }
  // createWritable writes to a temporary copy: until close() the file keeps its old text.
  const writable = await handle.createWritable();
  try {
    await writable.write(text);
    await writable.close();
  } catch (error) {
    await writable.abort?.().catch(() => undefined);
    throw error;
  }
}

/** The error the user sees when a save fails, in both languages. */
export function saveErrorMessage(name: string, error: unknown): { sv: string; en: string } {
  const kind = typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined;
  const detail = error instanceof Error && error.message ? error.message : String(error);
  if (kind === 'NotAllowedError' || kind === 'SecurityError') {
    return {
      sv: `Mandat fick inte skriva i ”${name}” (behörighet nekad). Välj Spara som för att spara på en annan plats.`,
      en: `Mandat was not allowed to write "${name}" (permission denied). Use Save as to save somewhere else.`,
    };
  }
  if (kind === 'QuotaExceededError') {
    return {
      sv: `”${name}” kunde inte sparas: det finns inte tillräckligt med utrymme. Frigör utrymme eller spara på en annan plats.`,
      en: `"${name}" could not be saved: there is not enough space. Free some space or save somewhere else.`,
    };
  }
  if (kind === 'NotFoundError') {
    return {
      sv: `”${name}” finns inte längre där den öppnades. Välj Spara som för att spara den igen.`,
      en: `"${name}" is no longer where it was opened. Use Save as to save it again.`,
    };
  }
  return {
    sv: `”${name}” kunde inte sparas: ${detail}`,
    en: `"${name}" could not be saved: ${detail}`,
  };
}

/** Offers `data` as a download through an <a download> and a Blob URL. */
function offerDownload(data: Uint8Array | string, name: string, mime: string): void {
  const blob = new Blob([typeof data === 'string' ? data : data.slice()], { type: mime });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_DELAY_MS);
}

/** The Platform of the web version. */
export function createWebPlatform(options: WebPlatformOptions = {}): Platform {
  const useFsAccess = options.fileSystemAccess ?? true;
  const store = createIndexedDbAutosave();

  return {
    kind: 'web',

    async openFiles() {
      const picker = pickerWindow();
      if (useFsAccess && typeof picker.showOpenFilePicker === 'function') {
        try {
          const handles = await picker.showOpenFilePicker({ multiple: true, types: OPEN_TYPES });
          if (handles.length === 0) return null;
          const files = await Promise.all(handles.map(async (h) => readFile(await h.getFile())));
          const handle = keptHandle(handles);
          return handle === undefined ? { files } : { files, handle };
        } catch (error) {
          if (isAbort(error)) return null;
          // No user activation, a blocked picker …: the plain input still works.
          console.warn('Mandat: showOpenFilePicker failed, using <input type=file>', error);
        }
      }
      const files = await pickWithInput();
      if (!files) return null;
      return { files: await Promise.all(files.map(readFile)) };
    },

    async saveFile(text, suggestedName, { handle, saveAs }): Promise<SaveResult> {
      const picker = pickerWindow();
      const canWriteHandle = !saveAs && isFileHandle(handle);
      const hasSavePicker = useFsAccess && typeof picker.showSaveFilePicker === 'function';
      if (!canWriteHandle && !hasSavePicker) {
        try {
          offerDownload(text, suggestedName, 'application/json');
          return { ok: true, name: suggestedName };
        } catch (error) {
          return { ok: false, cancelled: false, message: saveErrorMessage(suggestedName, error) };
        }
      }
      let target: FileHandleLike | undefined = canWriteHandle ? (handle as FileHandleLike) : undefined;
      try {
        if (!target && picker.showSaveFilePicker) target = await picker.showSaveFilePicker({ suggestedName, types: SAVE_TYPES });
        if (!target) throw new Error('no file to save to');
        await writeTo(target, text);
        return { ok: true, name: target.name, handle: target };
      } catch (error) {
        if (isAbort(error)) return { ok: false, cancelled: true };
        return { ok: false, cancelled: false, message: saveErrorMessage(target?.name ?? suggestedName, error) };
      }
    },

    async download(data, name, mime): Promise<SaveResult> {
      try {
        offerDownload(data, name, mime);
        return { ok: true, name };
      } catch (error) {
        return { ok: false, cancelled: false, message: saveErrorMessage(name, error) };
      }
    },

    async copyImage(png) {
      try {
        if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write) throw new Error('no Clipboard API');
        await navigator.clipboard.write([new ClipboardItem({ 'image/png': new Blob([png.slice()], { type: 'image/png' }) })]);
        return { ok: true };
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        return {
          ok: false,
          message: {
            sv: `Bilden kunde inte läggas i urklipp (webbläsaren tillät det inte: ${detail}). Spara som PNG i stället.`,
            en: `The picture could not be put on the clipboard (the browser did not allow it: ${detail}). Save it as PNG instead.`,
          },
        };
      }
    },

    async autosave(record) {
      await store.autosave(record);
      dropLeaveCopy(record.savedAt);
    },
    autosaveNow(record) {
      const kept = writeLeaveCopy(record);
      void store.autosave(record);
      return kept;
    },
    loadAutosave: async () => newerCopy(await store.loadAutosave(), readLeaveCopy()),
    async clearAutosave() {
      dropLeaveCopy();
      await store.clearAutosave();
    },
  };
}

/** The accepted files of a drop, taken synchronously in the drop handler; none is an empty list. */
export function acceptedFiles(event: DragEvent): File[] {
  return Array.from(event.dataTransfer?.files ?? []).filter((f) => isOpenable(f.name));
}

/** Reads files taken from a drop, without handles; null for none. */
export async function readDroppedFiles(files: readonly File[]): Promise<OpenedFiles | null> {
  return files.length === 0 ? null : { files: await Promise.all(files.map(readFile)) };
}

/**
 * The accepted files (.mandat, .json, .xlsx, .csv) of a drop, or null when there are
 * none. Call it from the `drop` handler itself: it calls preventDefault (so the browser
 * does not navigate to the file) and takes the files and, where the browser offers one,
 * the file handle before the event ends. As with openFiles, a handle is kept only for a
 * single map file.
 */
export async function filesFromDrop(event: DragEvent): Promise<OpenedFiles | null> {
  event.preventDefault();
  const transfer = event.dataTransfer;
  if (!transfer) return null;
  // Everything from the DataTransfer must be taken synchronously: it is emptied afterwards.
  const files = Array.from(transfer.files).filter((f) => isOpenable(f.name));
  const handlePromises = Array.from(transfer.items)
    .filter((item) => item.kind === 'file')
    .map((item) => (item as DataTransferItem & HandleItem).getAsFileSystemHandle?.().catch(() => undefined))
    .filter((p): p is Promise<unknown> => p !== undefined);
  if (files.length === 0) return null;
  const opened = await Promise.all(files.map(readFile));
  let handle: unknown;
  if (files.length === 1 && handlePromises.length === 1) {
    handle = keptHandle(await Promise.all(handlePromises));
  }
  return handle === undefined ? { files: opened } : { files: opened, handle };
}
