// The built main's file and clipboard wiring: the open dialog, one map a window, and the
// diagram as a picture on the clipboard, against the stand-in electron.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildShellOnce, until } from '../standIn/loadBuilt';
import { bootToFirstWindow, mapFile, reportState, windowsOf } from './support';

beforeAll(() => buildShellOnce(), 120_000);

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);

describe('the built main: opening files', () => {
  it('opens a file chosen in the open dialog in an untouched window', async () => {
    const main = await bootToFirstWindow();
    const file = mapFile(main.dir, 'Vald.mandat');
    main.control.dialogs.openDialog.push({ canceled: false, filePaths: [file] });
    const result = await main.control.invoke('file:open', windowsOf(main)[0]!.webContents.id, []);
    expect(result).toMatchObject({ ok: true, value: { files: [{ name: 'Vald.mandat' }], handle: file } });
    expect(windowsOf(main)).toHaveLength(1);
  });

  it('opens it in a new window when this one has unsaved changes (one map a window)', async () => {
    const main = await bootToFirstWindow();
    const id = windowsOf(main)[0]!.webContents.id;
    await reportState(main, id, { dirty: true });
    const file = mapFile(main.dir, 'Ny.mandat');
    main.control.dialogs.openDialog.push({ canceled: false, filePaths: [file] });
    expect(await main.control.invoke('file:open', id, [])).toEqual({ ok: true, value: null });
    await until('a second window', () => windowsOf(main).length === 2);
    const pending = await main.control.invoke('file:pending', windowsOf(main)[1]!.webContents.id, []);
    expect(pending).toMatchObject({ ok: true, value: { handle: file } });
  });

  it('titles the window with the map and its unsaved state', async () => {
    const main = await bootToFirstWindow();
    const win = windowsOf(main)[0]!;
    await reportState(main, win.webContents.id, { dirty: true, title: 'Regionen' });
    expect(win.title).toBe('• Regionen – Mandat');
    expect(win.documentEdited).toBe(true);
  });
});

describe('the built main: the clipboard', () => {
  it('puts a PNG on the clipboard as image/png, and refuses what is no PNG', async () => {
    const main = await bootToFirstWindow();
    const id = windowsOf(main)[0]!.webContents.id;
    expect(await main.control.invoke('clipboard:image', id, [PNG])).toMatchObject({ ok: true });
    const [items] = main.control.recorder.all('clipboard.write').map((r) => r.args[0] as { items: Record<string, Blob> }[]);
    expect(items).toHaveLength(1);
    expect(Object.keys(items![0]!.items)).toEqual(['image/png']);
    expect(await main.control.invoke('clipboard:image', id, [new Uint8Array([1, 2, 3])])).toMatchObject({ ok: false, error: { code: 'failed' } });
    expect(main.control.recorder.all('clipboard.write')).toHaveLength(1);
  });
});
