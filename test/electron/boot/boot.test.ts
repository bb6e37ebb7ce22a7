// Boots the built out/main.cjs (what the app ships) against the stand-in electron and
// checks the wiring, step by step, in the order Electron runs it.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { IPC_CONTRACT } from '../../../shared/ipc';
import { buildShellOnce, loadMain, makeAppFolder, OUT, sha256, until } from '../standIn/loadBuilt';
import { APP_FRAME, bootToFirstWindow, mapFile, windowsOf } from './support';

beforeAll(() => buildShellOnce(), 120_000);

const readyIndex = (main: ReturnType<typeof loadMain>) => main.control.recorder.indexOf('app event', (r) => r.args[0] === 'ready');

describe('the built main process, booted against a stand-in electron', () => {
  it('runs the files build:desktop writes, byte for byte', () => {
    const { dir } = makeAppFolder();
    expect(sha256(join(dir, 'main.cjs'))).toBe(sha256(join(OUT, 'main.cjs')));
    expect(sha256(join(dir, 'preload.cjs'))).toBe(sha256(join(OUT, 'preload.cjs')));
  });

  it('registers app:// as a privileged (standard, secure) scheme before ready, and serves it after', async () => {
    const main = loadMain();
    expect(main.control.schemes).toEqual([expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) })]);
    main.control.fireReady();
    await until('the first window', () => windowsOf(main).length === 1);
    const r = main.control.recorder;
    expect(r.indexOf('protocol.registerSchemesAsPrivileged')).toBeGreaterThanOrEqual(0);
    expect(r.indexOf('protocol.registerSchemesAsPrivileged')).toBeLessThan(readyIndex(main));
    expect(r.indexOf('protocol.handle')).toBeGreaterThan(readyIndex(main));
  });

  it('takes the single-instance lock before ready; a second start quits without a window', async () => {
    const first = loadMain();
    expect(first.control.recorder.indexOf('app.requestSingleInstanceLock')).toBeGreaterThanOrEqual(0);
    expect(first.control.recorder.indexOf('app.quit')).toBe(-1);

    const second = loadMain({ gotLock: false });
    const r = second.control.recorder;
    expect(r.indexOf('app.quit')).toBeGreaterThan(r.indexOf('app.requestSingleInstanceLock'));
    second.control.fireReady();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(windowsOf(second)).toHaveLength(0);
  });

  it("opens a second start's .mandat argument in a new window of the first instance", async () => {
    const main = await bootToFirstWindow();
    const file = mapFile(main.dir);
    main.electron.app.fire('second-instance', ['/usr/bin/mandat', '--flag', file], '/home/user');
    await until('a second window', () => windowsOf(main).length === 2);
    const opened = windowsOf(main)[1]!;
    const pending = await main.control.invoke('file:pending', opened.webContents.id, []);
    expect(pending).toMatchObject({ ok: true, value: { files: [{ name: 'Kommunen.mandat' }], handle: file } });
  });

  it('opens a file handed over before ready (macOS open-file) once ready, instead of the sample', async () => {
    const main = loadMain();
    const file = mapFile(main.dir, 'Före.mandat');
    const event = main.electron.app.fire('open-file', file);
    expect(event.defaultPrevented).toBe(true);
    expect(windowsOf(main)).toHaveLength(0);
    main.control.fireReady();
    await until('a window', () => windowsOf(main).length === 1);
    const pending = await main.control.invoke('file:pending', windowsOf(main)[0]!.webContents.id, []);
    expect(pending).toMatchObject({ ok: true, value: { files: [{ name: 'Före.mandat' }], handle: file } });
  });

  it('opens a .mandat file on the command line at start', async () => {
    const { dir } = makeAppFolder();
    const file = mapFile(dir, 'Argv.mandat');
    const main = await bootToFirstWindow({ argv: ['/usr/bin/mandat', file] });
    expect(windowsOf(main)).toHaveLength(1);
    const pending = await main.control.invoke('file:pending', windowsOf(main)[0]!.webContents.id, []);
    expect(pending).toMatchObject({ ok: true, value: { handle: file } });
  });

  it('makes the first window isolated, sandboxed, without Node, with web security, loading app://mandat/', async () => {
    const main = await bootToFirstWindow();
    const win = windowsOf(main)[0]!;
    expect(win.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      webviewTag: false,
      preload: join(main.dir, 'preload.cjs'),
    });
    expect(win.options.show).toBe(false);
    expect(win.loadedUrl).toBe('app://mandat/index.html');
  });

  it('serves index.html over app:// with the CSP header and refuses paths outside the web root', async () => {
    const main = await bootToFirstWindow();
    const index = await main.control.request('app://mandat/');
    expect(index.status).toBe(200);
    expect(await index.text()).toContain('<title>Mandat</title>');
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const csp = index.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    const script = await main.control.request('app://mandat/assets/app.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    for (const outside of ['app://mandat/../secret.txt', 'app://mandat/%2e%2e/secret.txt', 'app://mandat/assets/%2F..%2F..%2Fsecret.txt', 'app://other/index.html']) {
      const response = await main.control.request(outside);
      expect(response.status, outside).toBe(404);
      expect(await response.text()).not.toContain('not for app://');
    }
  });

  it('denies every permission request and check', async () => {
    const main = await bootToFirstWindow();
    const { request, check } = main.control.permissions;
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      let granted: boolean | undefined;
      request?.({}, permission, (answer) => (granted = answer));
      expect(granted, permission).toBe(false);
      expect(check?.({}, permission, 'app://mandat', {}), permission).toBe(false);
    }
  });

  it('lets no WebSocket out while no session is hosted', async () => {
    const main = await bootToFirstWindow();
    expect(main.control.recorder.all('session.webRequest.onBeforeRequest')).toHaveLength(1);
    for (const url of ['ws://127.0.0.1:4455/', 'wss://evil.example/steal', 'ws://10.0.0.5:4455/']) expect(main.control.requestAllowed(url), url).toBe(false);
  });

  it('registers every channel of the IPC contract exactly once, and refuses a foreign frame', async () => {
    const main = await bootToFirstWindow();
    const registered = main.control.recorder.all('ipcMain.handle').map((r) => r.args[0]);
    expect([...registered].sort()).toEqual(Object.keys(IPC_CONTRACT).sort());
    const id = windowsOf(main)[0]!.webContents.id;
    for (const frame of ['https://evil.example/', 'app://mandat.evil/index.html', 'file:///etc/index.html']) {
      expect(await main.control.invoke('file:pending', id, [], frame)).toMatchObject({ ok: false, error: { code: 'foreign-sender' } });
    }
    expect(await main.control.invoke('file:pending', id, [], APP_FRAME)).toMatchObject({ ok: true });
  });
});

describe('the built main process: the last window', () => {
  it('quits when the last window closes on Windows and Linux', async () => {
    const main = await bootToFirstWindow({ platform: 'win32' });
    windowsOf(main)[0]!.close();
    expect(main.electron.app.quitted).toBe(true);
  });

  it('keeps running on macOS, and opens a window when the Dock icon is clicked', async () => {
    const main = await bootToFirstWindow({ platform: 'darwin' });
    windowsOf(main)[0]!.close();
    expect(main.electron.app.quitted).toBe(false);
    main.electron.app.fire('activate', false);
    await until('a window after activate', () => windowsOf(main).length === 1);
  });

  it('opens a file handed over after ready (macOS open-file) in a new window', async () => {
    const main = await bootToFirstWindow({ platform: 'darwin' });
    const file = mapFile(main.dir, 'Senare.mandat');
    expect(main.electron.app.fire('open-file', file).defaultPrevented).toBe(true);
    await until('a second window', () => windowsOf(main).length === 2);
    const pending = await main.control.invoke('file:pending', windowsOf(main)[1]!.webContents.id, []);
    expect(pending).toMatchObject({ ok: true, value: { handle: file } });
  });
});
