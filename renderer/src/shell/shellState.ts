import { create } from 'zustand';

/** The window's own state: which of its dialogs is open, and view choices kept between visits. */
export interface ShellState {
  readonly startOpen: boolean;
  readonly joinOpen: boolean;
  readonly hostOpen: boolean;
  readonly shortcutsOpen: boolean;
  /** The minimap in the canvas's corner; off by default on a small window. */
  readonly minimap: boolean;
}

const MINIMAP_KEY = 'mandat.minimap';
/** Below this window width the minimap starts hidden: on a 1093×614 window it covered half the canvas. */
const SMALL_WINDOW = 1200;

function storedMinimap(): boolean {
  try {
    const v = globalThis.localStorage?.getItem(MINIMAP_KEY);
    if (v === '1' || v === '0') return v === '1';
  } catch {
    /* no storage: the default */
  }
  return typeof window === 'undefined' || window.innerWidth >= SMALL_WINDOW;
}

export const useShell = create<ShellState>()(() => ({ startOpen: false, joinOpen: false, hostOpen: false, shortcutsOpen: false, minimap: storedMinimap() }));

export const setStartOpen = (startOpen: boolean): void => useShell.setState({ startOpen });
export const setJoinOpen = (joinOpen: boolean): void => useShell.setState({ joinOpen });
export const setHostOpen = (hostOpen: boolean): void => useShell.setState({ hostOpen });
export const setShortcutsOpen = (shortcutsOpen: boolean): void => useShell.setState({ shortcutsOpen });

export function toggleMinimap(): void {
  const minimap = !useShell.getState().minimap;
  useShell.setState({ minimap });
  try {
    globalThis.localStorage?.setItem(MINIMAP_KEY, minimap ? '1' : '0');
  } catch {
    /* kept for this visit only */
  }
}
