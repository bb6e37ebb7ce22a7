import type { ShellActions } from './actions';

const MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** The keyboard shortcut of each command that has one (keyboard.ts handles the keys; this is how menus and tooltips name them). */
const KEYS: Partial<Record<keyof ShellActions, string>> = {
  newMap: 'Ctrl+N',
  open: 'Ctrl+O',
  save: 'Ctrl+S',
  saveAs: 'Ctrl+Shift+S',
  exportDialog: 'Ctrl+E',
  copyDiagram: 'Ctrl+Shift+C',
  undo: 'Ctrl+Z',
  redo: 'Ctrl+Shift+Z',
  copy: 'Ctrl+C',
  paste: 'Ctrl+V',
  duplicate: 'Ctrl+D',
  deleteSelection: 'Delete',
  find: 'Ctrl+F',
  addBody: 'Ctrl+B',
};

/** The shortcut as this computer writes it (⌘ on a Mac), or undefined. */
export function shortcutOf(command: keyof ShellActions): string | undefined {
  const k = KEYS[command];
  return k && MAC ? k.replace('Ctrl+', '⌘').replace('Shift+', '⇧') : k;
}

/** The shortcut in the form of the aria-keyshortcuts attribute ("Control+Shift+S"). */
export function ariaShortcutOf(command: keyof ShellActions): string | undefined {
  return KEYS[command]?.replace('Ctrl', 'Control');
}

/** Every shortcut, for the Help menu's list. */
export const ALL_SHORTCUTS = Object.keys(KEYS) as (keyof ShellActions)[];
