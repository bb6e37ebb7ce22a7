// The desktop shell's main process: wiring only. The logic lives in the modules it
// imports, which are tested under Node (test/electron/); this file needs the Electron
// binary and is covered by the Playwright _electron tests where one exists.
import { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol, screen, session, shell, type WebContents } from 'electron';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { MENU_CHANNEL, type MenuCommand } from '../shared/ipc';
import type { Language } from '../shared/model/vocabulary';
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
  win.on('close', (event) => {
    const state = windows.get(win.webContents.id);
    if (!state?.dirty) return;
    const sv = state.language === 'sv';
    const choice = dialog.showMessageBoxSync(win, {
      type: 'question',
      buttons: sv ? ['Spara', 'Spara inte', 'Avbryt'] : ['Save', "Don't save", 'Cancel'],
      defaultId: 0,
      cancelId: 2,
      message: sv ? `Vill du spara ändringarna i ${state.title}?` : `Save the changes to ${state.title}?`,
    });
    if (choice === 2) event.preventDefault();
    else if (choice === 0) {
      event.preventDefault();
      win.webContents.send(MENU_CHANNEL, 'save');
    } else {
      windows.set(win.webContents.id, { ...state, dirty: false });
      void files.discardJournal(win.webContents.id);
    }
  });
  win.on('closed', () => windows.delete(win.webContents.id));
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
    const path = argv.find((a) => a.toLowerCase().endsWith('.mandat'));
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
    registerIpcHandlers(
      ipcMain,
      {
        ...collab.handlers,
        ...files.handlers({
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
        }),
      },
      (url) => isAppUrl(url) && new URL(url).host === APP_HOST,
    );
    rebuildMenu();
    // One window a file given at start (macOS hands them over before ready), else one window for the journal or the sample.
    const fromArgs = process.argv.find((a) => a.toLowerCase().endsWith('.mandat'));
    const atStart = [...(fromArgs ? [fromArgs] : []), ...openedBeforeReady];
    if (atStart.length === 0) await createWindow();
    else for (const path of atStart) await createWindow([path]);
  });
}
