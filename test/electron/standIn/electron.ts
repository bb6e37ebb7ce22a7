import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Recorder, RecordingEmitter, makeEvent } from './recorder';
import { makeBrowserWindowClass, type StandInWebContents } from './windows';
import { makePreloadSide } from './preloadSide';

type Listener = (event: unknown, ...args: unknown[]) => unknown;
type PermissionHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void, details?: unknown) => void;

export interface StandInOptions {
  /** Where app.getPath puts userData (and the other paths under it). */
  readonly userData: string;
  /** What requestSingleInstanceLock answers: false is a second start. */
  readonly gotLock?: boolean;
}

/** A scripted answer queue: a test pushes answers, a dialog takes the next one, or fails loudly. */
function queue<T>(recorder: Recorder, name: string) {
  const answers: T[] = [];
  return {
    answers,
    next(options: unknown): T {
      recorder.record(name, options);
      if (answers.length === 0) throw new Error(`unscripted ${name}: ${JSON.stringify(options)}`);
      return answers.shift() as T;
    },
  };
}

/**
 * A recording stand-in for the `electron` module, for running the built main and preload
 * under Node. Every call is recorded in order; tests fire events (ready, second-instance,
 * open-file, close, navigation) and script the dialogs' answers. Behaviour is only as
 * deep as the flows under test need: windows close as Electron's do (close, then closed),
 * quitting closes each window and stops at the first that prevents it, net.fetch reads files.
 */
export function createElectronStandIn(options: StandInOptions) {
  const recorder = new Recorder();
  let ready = false;
  let resolveReady: () => void = () => undefined;
  const readyPromise = new Promise<void>((resolve) => (resolveReady = resolve));
  let quitting = false;

  class App extends RecordingEmitter {
    quitted = false;
    whenReady(): Promise<void> {
      recorder.record('app.whenReady');
      return readyPromise;
    }
    isReady(): boolean {
      return ready;
    }
    requestSingleInstanceLock(): boolean {
      recorder.record('app.requestSingleInstanceLock');
      return options.gotLock ?? true;
    }
    getPath(name: string): string {
      return name === 'userData' ? options.userData : join(options.userData, name);
    }
    getVersion(): string {
      return '0.1.0-standin';
    }
    /** As Electron: before-quit, then each window closes; one that prevents its close cancels the quit. */
    quit(): void {
      recorder.record('app.quit');
      if (this.fire('before-quit').defaultPrevented) return;
      quitting = true;
      try {
        for (const win of BrowserWindow.getAllWindows()) {
          if (!win.close()) {
            recorder.record('app.quit cancelled');
            return;
          }
        }
      } finally {
        quitting = false;
      }
      this.quitted = true;
      this.fire('will-quit');
      recorder.record('app quitted');
    }
  }
  const app = new App(recorder, 'app');

  const BrowserWindow = makeBrowserWindowClass({
    recorder,
    contentsCreated: (contents: StandInWebContents) => app.fire('web-contents-created', contents),
    allWindowsClosed: () => {
      if (!quitting) app.fire('window-all-closed');
    },
  });

  const schemes: unknown[] = [];
  const protocolHandlers = new Map<string, (request: Request) => Promise<Response> | Response>();
  const protocol = {
    registerSchemesAsPrivileged(list: unknown[]): void {
      recorder.record('protocol.registerSchemesAsPrivileged', list);
      // As Electron: a registration after ready throws.
      if (ready) throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
      schemes.push(...list);
    },
    handle(scheme: string, handler: (request: Request) => Promise<Response> | Response): void {
      recorder.record('protocol.handle', scheme);
      protocolHandlers.set(scheme, handler);
    },
  };

  type SocketFilter = (details: { url: string }, callback: (answer: { cancel?: boolean }) => void) => void;
  const requestFilter: { listener: SocketFilter | null } = { listener: null };
  const permissions: { request: PermissionHandler | null; check: ((...args: unknown[]) => boolean) | null } = { request: null, check: null };
  const session = {
    defaultSession: {
      setPermissionRequestHandler(handler: PermissionHandler): void {
        recorder.record('session.setPermissionRequestHandler');
        permissions.request = handler;
      },
      setPermissionCheckHandler(handler: (...args: unknown[]) => boolean): void {
        recorder.record('session.setPermissionCheckHandler');
        permissions.check = handler;
      },
      webRequest: {
        onBeforeRequest(filter: { urls: string[] }, listener: SocketFilter): void {
          recorder.record('session.webRequest.onBeforeRequest', filter);
          requestFilter.listener = listener;
        },
      },
    },
  };
  /** Asks main's request filter about a URL, as the network layer would: true when it lets it through. */
  const requestAllowed = (url: string): boolean | null => {
    if (!requestFilter.listener) return null;
    let cancel = false;
    requestFilter.listener({ url }, (answer) => {
      cancel = answer.cancel === true;
    });
    return !cancel;
  };

  const handlers = new Map<string, Listener>();
  const ipcMain = {
    handle(channel: string, listener: Listener): void {
      recorder.record('ipcMain.handle', channel);
      // As Electron: a second handler for one channel is an error.
      if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      handlers.set(channel, listener);
    },
    on(channel: string): void {
      recorder.record('ipcMain.on', channel);
    },
  };

  const menus: { template: unknown[] }[] = [];
  const Menu = {
    buildFromTemplate(template: unknown[]) {
      recorder.record('Menu.buildFromTemplate');
      return { template };
    },
    setApplicationMenu(menu: { template: unknown[] }): void {
      recorder.record('Menu.setApplicationMenu');
      menus.push(menu);
    },
  };

  const messageBoxSync = queue<number>(recorder, 'dialog.showMessageBoxSync');
  const messageBox = queue<number>(recorder, 'dialog.showMessageBox');
  const saveDialog = queue<{ canceled: boolean; filePath?: string }>(recorder, 'dialog.showSaveDialog');
  const openDialog = queue<{ canceled: boolean; filePaths: string[] }>(recorder, 'dialog.showOpenDialog');
  // Electron's dialogs take the parent window first when there is one.
  const lastArg = (args: unknown[]): unknown => args[args.length - 1];
  const dialog = {
    showMessageBoxSync: (...args: unknown[]) => messageBoxSync.next(lastArg(args)),
    showMessageBox: async (...args: unknown[]) => ({ response: messageBox.next(lastArg(args)), checkboxChecked: false }),
    showSaveDialog: async (...args: unknown[]) => saveDialog.next(lastArg(args)),
    showOpenDialog: async (...args: unknown[]) => openDialog.next(lastArg(args)),
  };

  const shell = {
    openExternal: async (url: string) => recorder.record('shell.openExternal', url),
  };
  const screen = { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1366, height: 768 } }] };
  // net.fetch of a file: URL, served from disk (what main's app:// handler uses).
  const net = {
    async fetch(url: string): Promise<Response> {
      recorder.record('net.fetch', url);
      try {
        return new Response(await readFile(fileURLToPath(url)), { status: 200 });
      } catch {
        return new Response('Not found', { status: 404 });
      }
    },
  };
  class ClipboardItem {
    constructor(readonly items: Record<string, unknown>) {}
  }
  const clipboard = { write: async (items: unknown) => recorder.record('clipboard.write', items) };

  const preloadSide = makePreloadSide(recorder);
  const electron = {
    app,
    BrowserWindow,
    protocol,
    session,
    ipcMain,
    Menu,
    dialog,
    shell,
    screen,
    net,
    clipboard,
    ClipboardItem,
    contextBridge: preloadSide.contextBridge,
    ipcRenderer: preloadSide.ipcRenderer,
    webUtils: preloadSide.webUtils,
  };

  /** What a test drives and inspects. */
  const control = {
    recorder,
    /** Electron's `ready`: whenReady resolves. */
    fireReady(): void {
      ready = true;
      app.fire('will-finish-launching');
      app.fire('ready');
      resolveReady();
    },
    schemes,
    permissions,
    /** Main's answer for a WebSocket URL: true let through, false refused, null for no filter set. */
    requestAllowed,
    menus,
    dialogs: { messageBoxSync: messageBoxSync.answers, messageBox: messageBox.answers, saveDialog: saveDialog.answers, openDialog: openDialog.answers },
    /** Channels with a registered handler. */
    channels: (): string[] => [...handlers.keys()],
    /** Sends a request as a page would (ipcRenderer.invoke), from a frame at `frameUrl`. */
    async invoke(channel: string, windowId: number, args: unknown[], frameUrl = 'app://mandat/index.html'): Promise<unknown> {
      const handler = handlers.get(channel);
      if (!handler) throw new Error(`no handler for ${channel}; registered: ${[...handlers.keys()].join(', ')}`);
      return handler({ sender: { id: windowId }, senderFrame: { url: frameUrl, parent: null } }, ...args);
    },
    /** A request to a scheme main registered a handler for. */
    async request(url: string): Promise<Response> {
      const scheme = new URL(url).protocol.replace(/:$/, '');
      const handler = protocolHandlers.get(scheme);
      if (!handler) throw new Error(`no protocol handler for ${scheme}`);
      return handler(new Request(url));
    },
    makeEvent,
    preload: preloadSide.preloadControl,
  };
  return { electron, control };
}

export type ElectronStandIn = ReturnType<typeof createElectronStandIn>;
