/** Undo's keys as this computer writes them, for messages that say how to take something back (shortcuts.ts names the rest). */
export const UNDO_KEYS = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘Z' : 'Ctrl+Z';
