// The built main's menus and navigation guards, and the built preload's bridge, run
// against the stand-in electron.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { IPC_CONTRACT, MENU_CHANNEL } from '../../../shared/ipc';
import { createElectronStandIn } from '../standIn/electron';
import { buildShellOnce, makeAppFolder, runBundle, until } from '../standIn/loadBuilt';
import { bootToFirstWindow, reportState, windowsOf } from './support';

beforeAll(() => buildShellOnce(), 120_000);

interface Item {
  id?: string;
  label?: string;
  accelerator?: string;
  submenu?: Item[];
  click?: () => void;
}
const itemsOf = (template: unknown): Item[] => (template as Item[]).flatMap((menu) => [menu, ...(menu.submenu ?? [])]);
const item = (template: unknown, id: string): Item | undefined => itemsOf(template).find((i) => i.id === id);

describe('the built main: menus', () => {
  it('builds the menu in Swedish with its accelerators, and rebuilds it in English when the language changes', async () => {
    const main = await bootToFirstWindow();
    const first = main.control.menus[0]!.template;
    expect(item(first, 'file')?.label).toBe('Arkiv');
    expect(item(first, 'save')).toMatchObject({ label: 'Spara', accelerator: 'CmdOrCtrl+S' });
    expect(item(first, 'new')).toMatchObject({ label: 'Ny karta', accelerator: 'CmdOrCtrl+N' });
    expect(item(first, 'undo')).toMatchObject({ label: 'Ångra', accelerator: 'CmdOrCtrl+Z' });

    await reportState(main, windowsOf(main)[0]!.webContents.id, { dirty: false, language: 'en' });
    const latest = main.control.menus.at(-1)!.template;
    expect(main.control.menus.length).toBeGreaterThan(1);
    expect(item(latest, 'file')?.label).toBe('File');
    expect(item(latest, 'save')).toMatchObject({ label: 'Save', accelerator: 'CmdOrCtrl+S' });
    expect(item(latest, 'saveAs')).toMatchObject({ label: 'Save as…', accelerator: 'CmdOrCtrl+Shift+S' });
  });

  it("sends a menu item's command to the focused window", async () => {
    const main = await bootToFirstWindow();
    const win = windowsOf(main)[0]!;
    item(main.control.menus.at(-1)!.template, 'save')?.click?.();
    expect(win.webContents.sent).toContainEqual({ channel: MENU_CHANNEL, args: ['save'] });
  });
});

describe('the built main: navigation', () => {
  it('refuses navigation away from app://mandat/ and lets the app navigate within it', async () => {
    const main = await bootToFirstWindow();
    const contents = windowsOf(main)[0]!.webContents;
    expect(contents.navigate('will-navigate', 'https://evil.example/')).toBe(true);
    expect(contents.navigate('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(contents.navigate('will-redirect', 'http://127.0.0.1:8080/')).toBe(true);
    expect(contents.navigate('will-navigate', 'app://mandat/index.html')).toBe(false);
  });

  it('refuses new windows, handing https links (only) to the system browser', async () => {
    const main = await bootToFirstWindow();
    const contents = windowsOf(main)[0]!.webContents;
    expect(contents.openWindow('https://example.org/help')).toEqual({ action: 'deny' });
    expect(contents.openWindow('http://example.org/')).toEqual({ action: 'deny' });
    expect(contents.openWindow('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(contents.openWindow('app://mandat/index.html')).toEqual({ action: 'deny' });
    expect(main.control.recorder.all('shell.openExternal').map((r) => r.args[0])).toEqual(['https://example.org/help']);
    expect(windowsOf(main)).toHaveLength(1);
  });

  it('refuses webviews', async () => {
    const main = await bootToFirstWindow();
    const contents = windowsOf(main)[0]!.webContents;
    expect(contents.fire('will-attach-webview', {}, {}).defaultPrevented).toBe(true);
  });

  it('guards a window opened later (a second start) the same way', async () => {
    const main = await bootToFirstWindow();
    main.electron.app.fire('second-instance', ['/usr/bin/mandat'], '/');
    await until('a second window', () => windowsOf(main).length === 2);
    expect(windowsOf(main)[1]!.webContents.navigate('will-navigate', 'https://evil.example/')).toBe(true);
  });
});

describe('the built preload (out/preload.cjs)', () => {
  function loadPreload() {
    const { dir, userData } = makeAppFolder();
    const standIn = createElectronStandIn({ userData });
    runBundle(join(dir, 'preload.cjs'), standIn.electron);
    return standIn;
  }

  it("exposes exactly the contract's methods and the menu listener as window.mandat, and nothing else", () => {
    const { control } = loadPreload();
    expect([...control.preload.exposed.keys()]).toEqual(['mandat']);
    const bridge = control.preload.exposed.get('mandat') as Record<string, unknown>;
    const methods = Object.values(IPC_CONTRACT).map((c) => c.method);
    expect(Object.keys(bridge).sort()).toEqual([...methods, 'onMenuCommand'].sort());
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
    expect(Object.isFrozen(bridge)).toBe(true);
  });

  it('sends each method to its channel with its arguments', async () => {
    const { control, electron } = loadPreload();
    const bridge = control.preload.exposed.get('mandat') as Record<string, (...a: unknown[]) => Promise<unknown>>;
    control.preload.answerWith((channel) => ({ ok: true, value: channel }));
    for (const [channel, { method }] of Object.entries(IPC_CONTRACT)) {
      if (method === 'openDropped') continue;
      expect(await bridge[method]!('argument')).toEqual({ ok: true, value: channel });
    }
    expect(control.recorder.all('ipcRenderer.invoke').find((r) => r.args[0] === 'file:save')?.args).toEqual(['file:save', 'argument']);
    expect(electron.ipcRenderer).toBeDefined();
  });

  it('turns dropped files into paths and refuses files without one', async () => {
    const { control } = loadPreload();
    const bridge = control.preload.exposed.get('mandat') as Record<string, (...a: unknown[]) => Promise<unknown>>;
    await bridge.openDropped!([{ path: '/home/a/Karta.mandat' }, { path: '' }]);
    expect(control.recorder.all('ipcRenderer.invoke').at(-1)?.args).toEqual(['file:openDropped', ['/home/a/Karta.mandat']]);
    expect(await bridge.openDropped!([{}])).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
  });

  it("passes main's menu commands to the page without the event, ignores unknown ones, and stops listening", () => {
    const { control } = loadPreload();
    const bridge = control.preload.exposed.get('mandat') as { onMenuCommand: (l: (...a: unknown[]) => void) => () => void };
    const heard: unknown[][] = [];
    const stop = bridge.onMenuCommand((...args) => heard.push(args));
    control.preload.sendToPage(MENU_CHANNEL, 'save');
    control.preload.sendToPage(MENU_CHANNEL, 'rm -rf');
    expect(heard).toEqual([['save']]);
    stop();
    expect(control.preload.listenerCount(MENU_CHANNEL)).toBe(0);
  });
});
