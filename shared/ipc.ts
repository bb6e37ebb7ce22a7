import { z } from 'zod';
import type { Text } from './i18n/text';

/**
 * The one contract between the desktop shell's main process and the renderer. The
 * preload exposes exactly these methods (and nothing else) as `window.mandat`; main
 * implements them with a handler table typed from this object, so a missing or
 * mistyped handler fails the type check; every request is validated with these schemas.
 */
const MAX_MAP = 256 * 1024 * 1024;
const PATH = z.string().min(1).max(4096);

export const IPC_CONTRACT = {
  'file:open': { method: 'openFiles', request: z.tuple([]) },
  // The paths of files dropped on the window: found by the preload from the File objects, never named by page code.
  'file:openDropped': { method: 'openDropped', request: z.tuple([z.array(PATH).min(1).max(50)]) },
  // What main queued for this window when it opened it (a file, or File > New).
  'file:pending': { method: 'pendingOpen', request: z.tuple([]) },
  // File > New: in this window when it holds no map the user worked on, else main opens a new window.
  'file:new': { method: 'newMap', request: z.tuple([]) },
  'file:save': {
    method: 'saveFile',
    request: z.tuple([
      z.object({ text: z.string().max(MAX_MAP), suggestedName: z.string().min(1).max(255), handle: z.string().max(4096).optional(), saveAs: z.boolean() }).strict(),
    ]),
  },
  'file:export': {
    method: 'download',
    request: z.tuple([z.object({ data: z.union([z.string().max(MAX_MAP), z.instanceof(Uint8Array)]), name: z.string().min(1).max(255), mime: z.string().max(200) }).strict()]),
  },
  'clipboard:image': { method: 'copyImage', request: z.tuple([z.instanceof(Uint8Array).refine((b) => b.length <= MAX_MAP)]) },
  'session:addresses': { method: 'sessionAddresses', request: z.tuple([]) },
  'session:host': {
    method: 'hostSession',
    request: z.tuple([
      z.object({ name: z.string().max(500), state: z.instanceof(Uint8Array).refine((b) => b.length <= MAX_MAP), host: z.string().min(1).max(64) }).strict(),
    ]),
  },
  'session:stop': { method: 'stopSession', request: z.tuple([]) },
  'journal:write': {
    method: 'autosave',
    request: z.tuple([z.object({ name: z.string().max(4096), text: z.string().max(MAX_MAP), savedAt: z.string().max(64), dirty: z.boolean() }).strict()]),
  },
  'journal:load': { method: 'loadAutosave', request: z.tuple([]) },
  'journal:clear': { method: 'clearAutosave', request: z.tuple([]) },
  'window:state': { method: 'setWindowState', request: z.tuple([z.object({ title: z.string().max(500), dirty: z.boolean(), hasFile: z.boolean(), language: z.enum(['sv', 'en']) }).strict()]) },
} as const;

export type IpcChannel = keyof typeof IPC_CONTRACT;
export type IpcRequest<C extends IpcChannel> = z.infer<(typeof IPC_CONTRACT)[C]['request']>;

/** A file the user opened: its name, and its text (.mandat) or bytes (.xlsx, .csv: the workbook import finds a CSV's encoding). */
export interface OpenedFile {
  readonly name: string;
  readonly content: string | Uint8Array;
  /** For text the host decoded: whether its bytes were UTF-8 (false: some became �). Absent when the host did not say. */
  readonly utf8?: boolean;
}

/** Files main read for a window; `handle` (the path, to save back to) only for a single map file. */
export interface OpenedByMain {
  files: OpenedFile[];
  handle?: string;
}

/** Files main would not open, and why. */
export interface OpenRefused {
  refused: { name: string; message: Text };
}

/** Where a new or opened map goes: this window holds nothing the user worked on, or it does. */
export type WindowPlacement = 'this-window' | 'new-window';

/** A save or export that failed, with the reason to show. */
export interface SaveFailed {
  readonly ok: false;
  readonly cancelled: false;
  readonly message: Text;
}

/**
 * How a save ended. `H` is what a host saves back to: main's path here, a browser file
 * handle in the web host. `merge`: the file changed on disk and the user chose to merge
 * that version (its name and text) into the map.
 */
export type SaveOutcome<H = string> =
  | { readonly ok: true; readonly name: string; readonly handle?: H }
  | { readonly ok: false; readonly cancelled: true; readonly merge?: { readonly name: string; readonly text: string; readonly utf8?: boolean } }
  | SaveFailed;

/** How hosting a live session on this computer ended. */
export type HostingOutcome = { readonly ok: true; readonly invitation: HostedSession } | { readonly ok: false; readonly message: Text };

/** The copy of the map the crash journal keeps: what `journal:write` takes and `journal:load` gives back. */
export type AutosaveRecord = Readonly<IpcRequest<'journal:write'>[0]>;

/** What each channel answers; the renderer's Platform types (renderer/src/platform/types.ts) are derived from these. */
export interface IpcResponses {
  /** null: cancelled, or opened in a new window because this one holds a map. */
  'file:open': OpenedByMain | null;
  /** null: opened in a new window because this one holds a map. */
  'file:openDropped': OpenedByMain | OpenRefused | null;
  /** `empty`: the window was opened by File > New; null: nothing queued. */
  'file:pending': OpenedByMain | { empty: true } | OpenRefused | null;
  'file:new': WindowPlacement;
  'file:save': SaveOutcome;
  'file:export': { readonly ok: true; readonly name: string } | { readonly ok: false; readonly cancelled: true } | SaveFailed;
  'clipboard:image': void;
  'session:addresses': string[];
  'session:host': HostingOutcome;
  'session:stop': void;
  'journal:write': void;
  'journal:load': AutosaveRecord | null;
  'journal:clear': void;
  'window:state': void;
}

/** A live session this app hosts: where colleagues join, and the host's own way in. */
export interface HostedSession {
  /** For colleagues who may edit: `http://HOST:PORT/#session=…&token=…`. */
  readonly editLink: string;
  /** For colleagues who may only look. */
  readonly viewLink: string;
  /** The server's WebSocket address and the host's own (edit) token. */
  readonly wsUrl: string;
  readonly document: string;
  readonly token: string;
}

/** A refused or failed request, as data. */
export interface IpcError {
  readonly code: 'foreign-sender' | 'invalid-arguments' | 'failed';
  readonly message: Text;
}

export type IpcResult<C extends IpcChannel> = { readonly ok: true; readonly value: IpcResponses[C] } | { readonly ok: false; readonly error: IpcError };

/** Commands the native menus send to the renderer. */
export const MENU_COMMANDS = [
  'new',
  'open',
  'save',
  'saveAs',
  'export',
  'copyDiagram',
  'exportWorkbook',
  'mergeCopy',
  'undo',
  'redo',
  'delete',
  'duplicate',
  'find',
  'zoomIn',
  'zoomOut',
  'zoomReset',
  'fit',
  'addBody',
  'autoLayout',
  'showFindings',
  'showMembers',
  'showInitiatives',
  'about',
  'userGuide',
  'compare',
  'newFromTemplate',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
export const MENU_CHANNEL = 'menu:command';

type MethodOf<C extends IpcChannel> = (typeof IPC_CONTRACT)[C]['method'];

type ContractMethods = { readonly [C in IpcChannel as MethodOf<C>]: (...args: IpcRequest<C>) => Promise<IpcResult<C>> };

/** What the preload exposes as `window.mandat`: the contract's methods and the menu listener. */
export type MandatBridge = Omit<ContractMethods, 'openDropped'> & {
  /**
   * Takes the dropped File objects themselves (structurally: shared/ knows no DOM): the
   * preload turns them into paths, so page code can never name a path. Refused without a
   * request when none of them has one (files made by script).
   */
  readonly openDropped: (files: readonly object[]) => Promise<IpcResult<'file:openDropped'>>;
  /** Calls `listener` with each menu command; returns a function that stops listening. */
  readonly onMenuCommand: (listener: (command: MenuCommand) => void) => () => void;
};
