import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { menuTemplate, type MenuActions } from '../../electron/menu/template';
import { MENU_COMMANDS } from '../../shared/ipc';

const actions = (sent: string[] = []): MenuActions => ({ send: (c) => void sent.push(c), openRecent: () => undefined, recent: ['/k/a.mandat'], isMac: false });

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((m) => [m, ...(Array.isArray(m.submenu) ? items(m.submenu) : [])]);
}
const byId = (t: MenuItemConstructorOptions[], id: string) => items(t).find((i) => i.id === id);

describe('the native menus', () => {
  it('have File, Edit, View, Map and Help in Swedish and in English', () => {
    expect(menuTemplate('sv', actions()).map((m) => m.label)).toEqual(['Arkiv', 'Redigera', 'Visa', 'Karta', 'Hjälp']);
    expect(menuTemplate('en', actions()).map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Map', 'Help']);
  });

  it('have the same items in both languages, each labelled in its language', () => {
    const sv = items(menuTemplate('sv', actions())).filter((i) => i.id);
    const en = items(menuTemplate('en', actions())).filter((i) => i.id);
    expect(sv.map((i) => i.id)).toEqual(en.map((i) => i.id));
    expect(byId(menuTemplate('sv', actions()), 'saveAs')?.label).toBe('Spara som…');
    expect(byId(menuTemplate('en', actions()), 'saveAs')?.label).toBe('Save as…');
    for (const i of sv) if (i.label && i.id !== 'recent') expect(i.label, String(i.id)).not.toBe(en.find((e) => e.id === i.id)?.label ?? '');
  });

  it.each([
    ['new', 'CmdOrCtrl+N'],
    ['open', 'CmdOrCtrl+O'],
    ['save', 'CmdOrCtrl+S'],
    ['saveAs', 'CmdOrCtrl+Shift+S'],
    ['close', 'CmdOrCtrl+W'],
    ['undo', 'CmdOrCtrl+Z'],
    ['redo', 'CmdOrCtrl+Shift+Z'],
    ['find', 'CmdOrCtrl+F'],
    ['zoomIn', 'CmdOrCtrl+Plus'],
    ['zoomOut', 'CmdOrCtrl+-'],
    ['zoomReset', 'CmdOrCtrl+0'],
  ])('%s has the accelerator %s', (id, accelerator) => {
    expect(byId(menuTemplate('en', actions()), id)?.accelerator).toBe(accelerator);
  });

  it('send the renderer’s commands, every one of which has an item', () => {
    const sent: string[] = [];
    const t = menuTemplate('sv', actions(sent));
    for (const command of MENU_COMMANDS) {
      const item = byId(t, command);
      expect(item, command).toBeDefined();
      (item?.click as () => void)();
    }
    expect(sent).toEqual([...MENU_COMMANDS]);
  });

  it('offer a new map from Brå’s template in File, after New map, in both languages', () => {
    const sent: string[] = [];
    const file = (lang: 'sv' | 'en') => (menuTemplate(lang, actions(sent))[0]?.submenu as MenuItemConstructorOptions[]).map((i) => i.id);
    expect(file('sv').slice(0, 2)).toEqual(['new', 'newFromTemplate']);
    expect(byId(menuTemplate('sv', actions()), 'newFromTemplate')?.label).toBe('Ny karta från Brås mall');
    expect(byId(menuTemplate('en', actions()), 'newFromTemplate')?.label).toBe('New map from Brå’s template');
    (byId(menuTemplate('en', actions(sent)), 'newFromTemplate')?.click as () => void)();
    expect(sent).toEqual(['newFromTemplate']);
  });

  it('list recent files, and leave Quit to the app menu on macOS', () => {
    expect(byId(menuTemplate('en', actions()), 'recent')?.submenu).toEqual([expect.objectContaining({ label: '/k/a.mandat' })]);
    expect(byId(menuTemplate('en', { ...actions(), isMac: true }), 'quit')).toBeUndefined();
  });
});
