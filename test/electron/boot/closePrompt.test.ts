// The close prompt, flow by flow, in the built main against the stand-in electron: the
// dialog's answers are scripted, the page's part (saving when asked) is played by the test.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MENU_CHANNEL } from '../../../shared/ipc';
import type { BootedMain } from '../standIn/loadBuilt';
import { buildShellOnce, until } from '../standIn/loadBuilt';
import { bootToFirstWindow, reportState, windowsOf } from './support';

beforeAll(() => buildShellOnce(), 120_000);

const SAVE = 0;
const DONT_SAVE = 1;
const CANCEL = 2;

/** The built main with one window holding unsaved changes to "Kommunen". */
async function dirtyWindow(language: 'sv' | 'en' = 'sv') {
  const main = await bootToFirstWindow();
  const win = windowsOf(main)[0]!;
  await reportState(main, win.webContents.id, { dirty: true, language });
  return { main, win, id: win.webContents.id };
}

/** The page's answer to the 'save' menu command: a Save As of its map (it has no file yet). */
function pageSaves(main: BootedMain, id: number, text = '{"format":"mandat","version":1}') {
  return main.control.invoke('file:save', id, [{ text, suggestedName: 'Kommunen.mandat', saveAs: false }]);
}

const prompts = (main: BootedMain) => main.control.recorder.all('dialog.showMessageBoxSync').map((r) => r.args[0] as { message: string; buttons: string[] });
const saveRequests = (win: { webContents: { sent: { channel: string; args: unknown[] }[] } }) =>
  win.webContents.sent.filter((s) => s.channel === MENU_CHANNEL && s.args[0] === 'save').length;

describe('closing a window with unsaved changes (built main)', () => {
  it('closes a window without unsaved changes without asking', async () => {
    const main = await bootToFirstWindow();
    expect(windowsOf(main)[0]!.close()).toBe(true);
    expect(prompts(main)).toHaveLength(0);
  });

  it('asks in the window’s language: Spara, Spara inte, Avbryt / Save, Don’t save, Cancel', async () => {
    const sv = await dirtyWindow('sv');
    sv.main.control.dialogs.messageBoxSync.push(CANCEL);
    sv.win.close();
    expect(prompts(sv.main)[0]).toMatchObject({ buttons: ['Spara', 'Spara inte', 'Avbryt'], message: 'Vill du spara ändringarna i Kommunen?' });
    const en = await dirtyWindow('en');
    en.main.control.dialogs.messageBoxSync.push(CANCEL);
    en.win.close();
    expect(prompts(en.main)[0]).toMatchObject({ buttons: ['Save', "Don't save", 'Cancel'], message: 'Save the changes to Kommunen?' });
  });

  it('Save: the page is asked to save, the map is saved, and the window then closes', async () => {
    const { main, win, id } = await dirtyWindow();
    main.control.dialogs.messageBoxSync.push(SAVE);
    expect(win.close()).toBe(false);
    expect(saveRequests(win)).toBe(1);
    expect(win.isDestroyed()).toBe(false);

    const target = join(main.userData, 'Kommunen.mandat');
    main.control.dialogs.saveDialog.push({ canceled: false, filePath: target });
    expect(await pageSaves(main, id, '{"format":"mandat","saved":1}')).toMatchObject({ ok: true, value: { ok: true, name: 'Kommunen.mandat' } });
    expect(readFileSync(target, 'utf8')).toBe('{"format":"mandat","saved":1}');
    expect(win.isDestroyed()).toBe(true);
    expect(prompts(main)).toHaveLength(1);
  });

  it('Save that fails: the window stays open with the error, and closing again asks again', async () => {
    const { main, win, id } = await dirtyWindow();
    main.control.dialogs.messageBoxSync.push(SAVE);
    win.close();
    main.control.dialogs.saveDialog.push({ canceled: false, filePath: join(main.userData, 'no such folder', 'Kommunen.mandat') });
    const result = (await pageSaves(main, id)) as { ok: true; value: { ok: boolean; cancelled: boolean; message?: { sv: string; en: string } } };
    expect(result.value).toMatchObject({ ok: false, cancelled: false });
    expect(result.value.message?.sv).toBeTruthy();
    expect(result.value.message?.en).toBeTruthy();
    expect(win.isDestroyed()).toBe(false);

    main.control.dialogs.messageBoxSync.push(CANCEL);
    expect(win.close()).toBe(false);
    expect(prompts(main)).toHaveLength(2);
  });

  it('Save whose Save As dialog is cancelled: the window stays open', async () => {
    const { main, win, id } = await dirtyWindow();
    main.control.dialogs.messageBoxSync.push(SAVE);
    win.close();
    main.control.dialogs.saveDialog.push({ canceled: true });
    expect(await pageSaves(main, id)).toMatchObject({ ok: true, value: { ok: false, cancelled: true } });
    expect(win.isDestroyed()).toBe(false);
  });

  it('a later save the prompt did not ask for does not close the window', async () => {
    const { main, win, id } = await dirtyWindow();
    main.control.dialogs.saveDialog.push({ canceled: false, filePath: join(main.userData, 'Ctrl-S.mandat') });
    expect(await pageSaves(main, id)).toMatchObject({ ok: true, value: { ok: true } });
    expect(win.isDestroyed()).toBe(false);
  });

  it("Don't save: the window closes and its crash journal is discarded", async () => {
    const { main, win, id } = await dirtyWindow();
    const journalDir = join(main.userData, 'journal');
    await main.control.invoke('journal:write', id, [{ name: 'Kommunen', text: '{"unsaved":true}', savedAt: new Date().toISOString(), dirty: true }]);
    await until('the journal written', () => existsSync(journalDir) && readdirSync(journalDir).some((f) => f.endsWith('.journal.json')));

    main.control.dialogs.messageBoxSync.push(DONT_SAVE);
    expect(win.close()).toBe(true);
    expect(saveRequests(win)).toBe(0);
    await until('the journal discarded', () => !readdirSync(journalDir).some((f) => f.endsWith('.journal.json')));
    // A journal write already on its way from the closing page is ignored.
    await main.control.invoke('journal:write', id, [{ name: 'Kommunen', text: '{"late":true}', savedAt: new Date().toISOString(), dirty: true }]);
    await new Promise((resolve) => setTimeout(resolve, 1300));
    expect(readdirSync(journalDir).filter((f) => f.endsWith('.journal.json'))).toEqual([]);
  });

  it('Cancel: the window stays open, nothing is saved, and closing again asks again', async () => {
    const { main, win } = await dirtyWindow();
    main.control.dialogs.messageBoxSync.push(CANCEL, CANCEL);
    expect(win.close()).toBe(false);
    expect(win.close()).toBe(false);
    expect(saveRequests(win)).toBe(0);
    expect(win.isDestroyed()).toBe(false);
    expect(prompts(main)).toHaveLength(2);
  });
});

describe('quitting with two windows with unsaved changes (built main)', () => {
  async function twoDirtyWindows() {
    const { main, win: first, id } = await dirtyWindow();
    main.electron.app.fire('second-instance', ['/usr/bin/mandat'], '/');
    await until('a second window', () => windowsOf(main).length === 2);
    const second = windowsOf(main)[1]!;
    await reportState(main, second.webContents.id, { dirty: true, title: 'Regionen' });
    return { main, first, firstId: id, second };
  }

  it("asks for each window; Don't save twice quits", async () => {
    const { main } = await twoDirtyWindows();
    main.control.dialogs.messageBoxSync.push(DONT_SAVE, DONT_SAVE);
    main.electron.app.quit();
    expect(prompts(main).map((p) => p.message)).toEqual(['Vill du spara ändringarna i Kommunen?', 'Vill du spara ändringarna i Regionen?']);
    expect(main.electron.app.quitted).toBe(true);
  });

  it('Save in the first: once saved, the quit goes on and asks for the second', async () => {
    const { main, first, firstId, second } = await twoDirtyWindows();
    main.control.dialogs.messageBoxSync.push(SAVE);
    main.electron.app.quit();
    expect(main.electron.app.quitted).toBe(false);
    expect(saveRequests(first)).toBe(1);

    main.control.dialogs.messageBoxSync.push(DONT_SAVE);
    main.control.dialogs.saveDialog.push({ canceled: false, filePath: join(main.userData, 'Kommunen.mandat') });
    await pageSaves(main, firstId);
    expect(prompts(main).map((p) => p.message)).toEqual(['Vill du spara ändringarna i Kommunen?', 'Vill du spara ändringarna i Regionen?']);
    expect(first.isDestroyed()).toBe(true);
    expect(second.isDestroyed()).toBe(true);
    expect(main.electron.app.quitted).toBe(true);
  });

  it('Cancel in the second: the quit stops there and the second window stays open', async () => {
    const { main, first, second } = await twoDirtyWindows();
    main.control.dialogs.messageBoxSync.push(DONT_SAVE, CANCEL);
    main.electron.app.quit();
    expect(first.isDestroyed()).toBe(true);
    expect(second.isDestroyed()).toBe(false);
    expect(main.electron.app.quitted).toBe(false);
  });
});
