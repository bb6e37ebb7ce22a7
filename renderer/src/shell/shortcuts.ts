import type { ShellActions } from './actions';

const MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
/** The web version in a browser (no desktop bridge): the browser keeps Ctrl+N for a new window, before the page sees it. */
const IN_BROWSER = typeof window !== 'undefined' && !(window as unknown as { mandat?: unknown }).mandat;

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
  const k = keysOf(command);
  return k && MAC ? k.replace('Ctrl+', '⌘').replace('Shift+', '⇧').replace('Alt+', '⌥') : k;
}

/** The shortcut in the form of the aria-keyshortcuts attribute ("Control+Shift+S"). */
export function ariaShortcutOf(command: keyof ShellActions): string | undefined {
  return keysOf(command)?.replace('Ctrl', 'Control');
}

/** A command's keys here: in a browser a new map is Alt+N (keyboard.ts takes both). */
function keysOf(command: keyof ShellActions): string | undefined {
  if (command === 'newMap' && IN_BROWSER) return 'Alt+N';
  return KEYS[command];
}

/** Every shortcut, for the Help menu's list. */
export const ALL_SHORTCUTS = Object.keys(KEYS) as (keyof ShellActions)[];
