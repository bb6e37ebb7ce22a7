// The desktop shell's main process: wiring only. The logic lives in the modules it
// imports, which are tested under Node (test/electron/); the built file is booted against
// a recording stand-in for electron (test/electron/boot/), and run for real by the
// Playwright _electron tests where a binary exists.
import { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol, screen, session, shell, type WebContents } from 'electron';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isAssociated } from '../shared/file/kinds';
import { MENU_CHANNEL, type MenuCommand } from '../shared/ipc';
import type { Language } from '../shared/model/vocabulary';
import { choiceOf, closePromptOptions, createClosePrompt } from './closePrompt';
import { createCollabHost, DEFAULT_HOST_PORT, hostAddresses } from './collabHost';
import { createDesktopFiles } from './desktopFiles';
import type { QueuedOpen } from './openRequests';
import { startHostServer } from './hostServer';
import { registerIpcHandlers } from './ipc/handlers';
import { menuTemplate } from './menu/template';
import { keepAliveOnErrors, fileLog } from './processErrors';
import { contentSecurityPolicy, mimeTypeOf, resolveAppPath } from './security/appProtocol';
import { hostableSocketOrigins, socketAllowed } from './security/sessionSockets';
import { APP_HOST, APP_SCHEME, APP_URL, externalOpenAllowed, isAppUrl, navigationAllowed } from './security/urls';
import { createWindowOptions } from './security/windowOptions';
import { loadBounds, visibleBounds } from './windowState';

const WEB_ROOT = join(__dirname, 'web');
const PRELOAD = join(__dirname, 'preload.cjs');
const STATE_FILE = (): string => join(app.getPath('userData'), 'window-state.json');

// First: the collaboration server runs in this process, and one failure in it must not close every window.
keepAliveOnErrors(process, fileLog(() => join(app.getPath('userData'), 'logs', 'main.log')));

protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

/** What each window shows, whether it has unsaved changes and a file, for titles, menus, closing and placing maps. */
const windows = new Map<number, { title: string; dirty: boolean; hasFile: boolean; language: Language }>();
let language: Language = 'sv';
const files = createDesktopFiles({ userData: () => app.getPath('userData') });
// "Host a session": the embedded collaboration server, serving this app's web build to colleagues' browsers.
const collab = createCollabHost({ server: { start: startHostServer }, dataDir: () => join(app.getPath('userData'), 'sessions'), webRoot: WEB_ROOT });
app.on('before-quit', () => void collab.stop());

const markClean = (id: number): void => {
  const state = windows.get(id);
  if (state) windows.set(id, { ...state, dirty: false });
};
// Save, Don't save or Cancel when a window with unsaved changes closes (closePrompt.ts).
const closePrompt = createClosePrompt({
  ask: (id) => {
    const state = windows.get(id);
    const options = closePromptOptions(state?.title || 'Mandat', state?.language ?? language);
    const win = windowOf(id);
    return choiceOf(win ? dialog.showMessageBoxSync(win, options) : dialog.showMessageBoxSync(options));
  },
  requestSave: (id) => windowOf(id)?.webContents.send(MENU_CHANNEL, 'save'),
  discard: (id) => {
    markClean(id);
    void files.discardJournal(id);
  },
  closeSaved: (id) => {
    markClean(id);
    windowOf(id)?.close();
  },
  quit: () => app.quit(),
});
app.on('before-quit', () => closePrompt.beforeQuit());

function send(command: MenuCommand): void {
  // About is answered here, where the version is known; every other command is the editor's.
  if (command === 'about') {
    void dialog.showMessageBox({ type: 'info', message: `Mandat ${app.getVersion()}`, detail: language === 'sv' ? 'Styrningskartor för kommuner.' : 'Governance maps for municipalities.' });
    return;
  }
  const focused = BrowserWindow.getFocusedWindow();
  // With no window (macOS keeps running without one) New opens one; the editor otherwise asks main where its new map goes ('file:new').
  if (!focused && command === 'new') void createWindow('empty');
  focused?.webContents.send(MENU_CHANNEL, command);
}

/** Windows are known by their web contents' id, which is what IPC requests carry. */
const windowOf = (id: number): BrowserWindow | undefined => BrowserWindow.getAllWindows().find((w) => w.webContents.id === id);

function rebuildMenu(): void {
  const template = menuTemplate(language, { send, openRecent: (path) => void createWindow([path]), recent: files.recent(), isMac: process.platform === 'darwin' });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

async function createWindow(open?: QueuedOpen): Promise<BrowserWindow> {
  const bounds = visibleBounds(await loadBounds(STATE_FILE()), screen.getAllDisplays().map((d) => d.workArea));
  const options = createWindowOptions(PRELOAD, bounds ?? {});
  // The factory already sets these; they are restated where the window is made so that a
  // static checker (Electronegativity) sees them too.
  const win = new BrowserWindow({ ...options, webPreferences: { ...options.webPreferences, contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true } });
  if (bounds?.maximized) win.maximize();
  windows.set(win.webContents.id, { title: 'Mandat', dirty: false, hasFile: false, language });
  if (open) files.queueOpen(win.webContents.id, open);
  win.once('ready-to-show', () => win.show());
  const id = win.webContents.id;
  win.on('close', (event) => {
    if (closePrompt.onClose(id, windows.get(id)?.dirty ?? false)) event.preventDefault();
  });
  win.on('closed', () => {
    windows.delete(id);
    closePrompt.closed(id);
  });
  const remember = (): void => {
    const b = win.getNormalBounds();
    void writeFile(STATE_FILE(), JSON.stringify({ ...b, maximized: win.isMaximized() })).catch(() => undefined);
  };
  win.on('resized', remember);
  win.on('moved', remember);
  await win.loadURL(APP_URL);
  return win;
}

/** Every web contents: no navigation away, no new windows, links out only to https, no webviews. */
function guard(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!navigationAllowed(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!navigationAllowed(url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    if (externalOpenAllowed(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

const openedBeforeReady: string[] = [];

if (!app.requestSingleInstanceLock()) app.quit();
else {
  // A second start (double-clicking a .mandat file) hands its file to this instance.
  app.on('second-instance', (_event, argv) => {
    const path = argv.find(isAssociated);
    void createWindow(path ? [path] : undefined);
  });
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (app.isReady()) void createWindow([path]);
    else openedBeforeReady.push(path);
  });
  app.on('web-contents-created', (_event, contents) => guard(contents));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  // macOS keeps the app running without windows; clicking its Dock icon then opens one.
  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) void createWindow();
  });

  void app.whenReady().then(async () => {
    session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
    session.defaultSession.setPermissionCheckHandler(() => false);
    // The policy names where a session can be hosted; this lets a socket through only to the one being hosted now.
    session.defaultSession.webRequest.onBeforeRequest({ urls: ['ws://*/*', 'wss://*/*'] }, (details, callback) =>
      callback({ cancel: !socketAllowed(details.url, collab.socketOrigins()) }),
    );
    protocol.handle(APP_SCHEME, async (request) => {
      const path = resolveAppPath(WEB_ROOT, request.url);
      if (!path) return new Response('Not found', { status: 404 });
      const response = await net.fetch(pathToFileURL(path).toString());
      return new Response(response.body, {
        status: response.status,
        headers: { 'Content-Type': mimeTypeOf(path), 'Content-Security-Policy': contentSecurityPolicy(hostableSocketOrigins(hostAddresses(), DEFAULT_HOST_PORT)), 'X-Content-Type-Options': 'nosniff' },
      });
    });
    const fileHandlers = files.handlers({
      dialogFor: windowOf,
      windowInfo: (id) => windows.get(id),
      openInNewWindow: (open) => void createWindow(open),
      windowState: (id, state) => {
        windows.set(id, state);
        language = state.language;
        const win = windowOf(id);
        win?.setTitle(`${state.dirty ? '• ' : ''}${state.title || 'Mandat'} – Mandat`);
        win?.setDocumentEdited(state.dirty);
        rebuildMenu();
      },
    });
    registerIpcHandlers(
      ipcMain,
      {
        ...collab.handlers,
        ...fileHandlers,
        // A save the close prompt asked for closes the window once it succeeded.
        'file:save': async (context, request) => {
          let saved = false;
          try {
            const result = await fileHandlers['file:save'](context, request);
            saved = result.ok;
            return result;
          } finally {
            closePrompt.saveSettled(context.windowId, saved);
          }
        },
      },
      (url) => isAppUrl(url) && new URL(url).host === APP_HOST,
    );
    rebuildMenu();
    // One window a file given at start (macOS hands them over before ready), else one window for the journal or the sample.
    const fromArgs = process.argv.find(isAssociated);
    const atStart = [...(fromArgs ? [fromArgs] : []), ...openedBeforeReady];
    if (atStart.length === 0) await createWindow();
    else for (const path of atStart) await createWindow([path]);
  });
}
