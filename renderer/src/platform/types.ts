import type { Text } from '../../../shared/i18n/text';
import type { AutosaveRecord, IpcRequest, IpcResponses, OpenedFile, OpenRefused, SaveOutcome } from '../../../shared/ipc';

/**
 * What the editor asks of its host. The desktop shell implements it over the preload
 * bridge; the web host (web.ts) with browser APIs. The renderer never calls either
 * directly, only this interface. What crosses to the desktop's main process is typed
 * from the one contract in shared/ipc.ts, so a change there is a type error here, in the
 * preload and in main alike.
 */

export type { AutosaveRecord, OpenedFile };

/** One or more files chosen together (CSV sheets come several at once). */
export interface OpenedFiles {
  readonly files: readonly OpenedFile[];
  /** A handle the host can save back to (main's path, or a File System Access handle), when it has one. */
  readonly handle?: unknown;
}

/** What a desktop window is told to open: files main read, an empty map (File > New), or why not. */
export type HostOpen =
  | { readonly kind: 'files'; readonly opened: OpenedFiles }
  | { readonly kind: 'empty' }
  /** The window holds a map, so main opened the files in a new window. */
  | { readonly kind: 'elsewhere' }
  | ({ readonly kind: 'refused' } & Readonly<OpenRefused['refused']>);

/** How a save or an export ended; the handle is whatever the host saves back to. */
export type SaveResult = SaveOutcome<unknown>;

type SaveRequest = IpcRequest<'file:save'>[0];

/** Hosting a live session on this computer (the desktop app's embedded server). */
export interface SessionHosting {
  /** The addresses a session can be offered on: 127.0.0.1 and this computer's network addresses. */
  addresses(): Promise<IpcResponses['session:addresses']>;
  host(name: string, state: Uint8Array, address: string): Promise<IpcResponses['session:host']>;
  stop(): Promise<void>;
}

export interface Platform {
  readonly kind: 'web' | 'desktop';
  /** Present where this app can host a live session itself (the desktop app). */
  readonly hosting?: SessionHosting;
  /** Asks the user for files (.mandat, .xlsx, .csv); null when cancelled (or, on the desktop, opened in a new window). */
  openFiles(): Promise<OpenedFiles | null>;
  /**
   * Desktop: opens dropped files by their paths, so Save writes back to them. Null when
   * none has a path: read them through the File API as the browser does.
   */
  openDropped?(files: readonly File[]): Promise<HostOpen | null>;
  /** Desktop: what main opened this window for (a file, or File > New); null for nothing. */
  pendingOpen?(): Promise<HostOpen | null>;
  /** Desktop: where a new map goes; main has already opened a new window for it when not here. */
  placeNewMap?(): Promise<IpcResponses['file:new']>;
  /**
   * Saves `text` under `suggestedName`. With `handle` (from an earlier open or save)
   * it writes there without asking; `saveAs` always asks.
   */
  saveFile(text: SaveRequest['text'], suggestedName: SaveRequest['suggestedName'], options: { handle?: unknown; saveAs: SaveRequest['saveAs'] }): Promise<SaveResult>;
  /** Offers bytes as a download / export (xlsx, png …): the browser downloads, the desktop asks where. */
  download(data: Uint8Array | string, name: string, mime: string): Promise<SaveResult>;
  /** Puts a PNG on the clipboard as an image (to paste into Word or PowerPoint). */
  copyImage(png: Uint8Array): Promise<{ ok: true } | { ok: false; message: Text }>;
  /** Keeps the latest copy of the map; called about a second after each edit. */
  autosave(record: AutosaveRecord): Promise<void>;
  /**
   * Web: keeps the copy at once, as the page is hidden or left (synchronously where it
   * can); true when the copy is surely kept, false when it may not be (then the page warns).
   */
  autosaveNow?(record: AutosaveRecord): boolean;
  /** The latest autosaved copy, or null. */
  loadAutosave(): Promise<IpcResponses['journal:load']>;
  /** Forgets the autosaved copy. */
  clearAutosave(): Promise<void>;
}
