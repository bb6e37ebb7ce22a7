import { Recorder, RecordingEmitter, makeEvent } from './recorder';

type OpenHandler = (details: { url: string }) => { action: 'allow' | 'deny' };

/** What the stand-in's windows need from its app: to announce contents and an empty app. */
export interface WindowHost {
  readonly recorder: Recorder;
  contentsCreated(contents: StandInWebContents): void;
  allWindowsClosed(): void;
}

/** BrowserWindow.webContents: `send` recorded, navigation events fired by tests. */
export class StandInWebContents extends RecordingEmitter {
  /** What main sent to this page, in order. */
  readonly sent: { channel: string; args: unknown[] }[] = [];
  openHandler: OpenHandler | null = null;
  destroyed = false;

  constructor(
    recorder: Recorder,
    readonly id: number,
  ) {
    super(recorder, `webContents#${id}`);
  }

  send(channel: string, ...args: unknown[]): void {
    this.recorder.record('webContents.send', this.id, channel, ...args);
    this.sent.push({ channel, args });
  }

  setWindowOpenHandler(handler: OpenHandler): void {
    this.recorder.record('webContents.setWindowOpenHandler', this.id);
    this.openHandler = handler;
  }

  /** A page asks for a new window (window.open or a link with target=_blank). */
  openWindow(url: string): { action: 'allow' | 'deny' } {
    if (!this.openHandler) throw new Error('main set no window-open handler');
    return this.openHandler({ url });
  }

  /** Fires a navigation event (will-navigate, will-redirect) the way Electron does: event, url. */
  navigate(name: 'will-navigate' | 'will-redirect', url: string): boolean {
    const event = makeEvent({ url });
    this.recorder.record(`webContents#${this.id} event`, name, url);
    this.emit(name, event, url);
    return event.defaultPrevented;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }
}

/** The stand-in's windows; a factory, so each loaded main gets its own class and list. */
export function makeBrowserWindowClass(host: WindowHost) {
  const open: StandInBrowserWindow[] = [];
  let nextId = 1;
  // Which window has focus, by its contents' id (the last made, or focused with focus()).
  let focusedId = 0;

  class StandInBrowserWindow extends RecordingEmitter {
    readonly webContents: StandInWebContents;
    title = '';
    documentEdited = false;
    visible = false;
    maximized = false;
    destroyed = false;
    loadedUrl: string | null = null;

    constructor(readonly options: Record<string, unknown>) {
      const id = nextId++;
      super(host.recorder, `window#${id}`);
      this.webContents = new StandInWebContents(host.recorder, id);
      host.recorder.record('new BrowserWindow', options);
      open.push(this);
      focusedId = id;
      host.contentsCreated(this.webContents);
    }

    static getAllWindows(): StandInBrowserWindow[] {
      return [...open];
    }

    static getFocusedWindow(): StandInBrowserWindow | null {
      return open.find((w) => w.webContents.id === focusedId) ?? null;
    }

    async loadURL(url: string): Promise<void> {
      host.recorder.record('window.loadURL', this.webContents.id, url);
      this.loadedUrl = url;
    }

    show(): void {
      this.visible = true;
    }

    focus(): void {
      focusedId = this.webContents.id;
    }

    maximize(): void {
      this.maximized = true;
    }

    isMaximized(): boolean {
      return this.maximized;
    }

    getNormalBounds() {
      return { x: 0, y: 0, width: 1400, height: 900 };
    }

    setTitle(title: string): void {
      host.recorder.record('window.setTitle', this.webContents.id, title);
      this.title = title;
    }

    setDocumentEdited(edited: boolean): void {
      this.documentEdited = edited;
    }

    isDestroyed(): boolean {
      return this.destroyed;
    }

    /** As Electron: 'close' first (main may prevent it), then 'closed'. True when it closed. */
    close(): boolean {
      if (this.destroyed) return true;
      host.recorder.record('window.close', this.webContents.id);
      const event = makeEvent();
      this.emit('close', event);
      if (event.defaultPrevented) {
        host.recorder.record('window.close prevented', this.webContents.id);
        return false;
      }
      this.destroy();
      return true;
    }

    destroy(): void {
      if (this.destroyed) return;
      this.destroyed = true;
      open.splice(open.indexOf(this), 1);
      host.recorder.record('window.closed', this.webContents.id);
      this.emit('closed', makeEvent());
      this.webContents.destroyed = true;
      if (open.length === 0) host.allWindowsClosed();
    }
  }

  return StandInBrowserWindow;
}

export type StandInBrowserWindowClass = ReturnType<typeof makeBrowserWindowClass>;
export type StandInBrowserWindow = InstanceType<StandInBrowserWindowClass>;
