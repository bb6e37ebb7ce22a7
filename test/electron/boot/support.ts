import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadMain, until, type BootedMain, type LoadOptions } from '../standIn/loadBuilt';

export const APP_FRAME = 'app://mandat/index.html';

/** A small map file a user could double-click. */
export function mapFile(dir: string, name = 'Kommunen.mandat'): string {
  const path = join(dir, '..', name);
  writeFileSync(path, JSON.stringify({ format: 'mandat', version: 1, name: 'Kommunen' }));
  return path;
}

/** The built main, loaded and made ready, with its first window open. */
export async function bootToFirstWindow(options: LoadOptions = {}): Promise<BootedMain> {
  const main = loadMain(options);
  main.control.fireReady();
  await until('the first window', () => main.electron.BrowserWindow.getAllWindows().length >= 1 && main.control.menus.length >= 1);
  return main;
}

/** The window as its page reports it ('window:state'): title, unsaved changes, language. */
export async function reportState(main: BootedMain, windowId: number, state: { dirty: boolean; language?: 'sv' | 'en'; title?: string }): Promise<unknown> {
  return main.control.invoke('window:state', windowId, [{ title: state.title ?? 'Kommunen', dirty: state.dirty, hasFile: false, language: state.language ?? 'sv' }]);
}

export const windowsOf = (main: BootedMain) => main.electron.BrowserWindow.getAllWindows();
