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

/** The person's own choice from the View menu, if they made one: '1' shown, '0' hidden. */
function minimapChoice(): boolean | null {
  try {
    const v = globalThis.localStorage?.getItem(MINIMAP_KEY);
    if (v === '1' || v === '0') return v === '1';
  } catch {
    /* no storage: the default */
  }
  return null;
}

/** The minimap for a window this wide when nobody has chosen. */
const minimapFor = (width: number): boolean => width >= SMALL_WINDOW;

function storedMinimap(): boolean {
  return minimapChoice() ?? (typeof window === 'undefined' || minimapFor(window.innerWidth));
}

/**
 * Until the person chooses in the View menu, the minimap follows the window: a window made
 * narrower than SMALL_WINDOW hides it (it would cover half the canvas), a wider one shows it.
 * Returns the uninstaller.
 */
export function followWindowWidth(target: Pick<Window, 'addEventListener' | 'removeEventListener' | 'innerWidth'> = window): () => void {
  const onResize = (): void => {
    if (minimapChoice() !== null) return;
    const minimap = minimapFor(target.innerWidth);
    if (minimap !== useShell.getState().minimap) useShell.setState({ minimap });
  };
  target.addEventListener('resize', onResize);
  return () => target.removeEventListener('resize', onResize);
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
