import { handleBodyKey } from './canvas/bodyKeys';
import { addBody, copySelection, deleteSelection, duplicateSelection, paste } from './clipboard';
import { openContextHelp } from './help/helpStore';
import { cycleRegions, trackRegionFocus } from './regionFocus';
import { highlight, redo, select, setExportOpen, undo, useEditor } from './store/editor';

export interface KeyActions {
  readonly open: () => void;
  readonly save: (saveAs: boolean) => void;
  readonly newMap: () => void;
  readonly newBodyName: () => string;
  readonly copyDiagram: () => void;
}

function inField(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable);
}

/** A menu, a dialog or a popover is open (or closing on this very key). */
function overlayOpen(): boolean {
  return document.querySelector('[role="menu"], [role="dialog"], [role="alertdialog"], [role="listbox"]') !== null;
}

/** The editor's keyboard shortcuts; text fields keep their own undo, copy and delete. */
export function installShortcuts(actions: KeyActions): () => void {
  const onKey = (e: KeyboardEvent): void => {
    const mod = e.ctrlKey || e.metaKey;
    const key = e.key.toLowerCase();
    const field = inField(e.target);
    const run = (f: () => void): void => {
      e.preventDefault();
      f();
    };
    // F6 works from anywhere, text fields included, as in Office and the browsers.
    if (key === 'f6' && !mod && !e.altKey) {
      if (cycleRegions(e.shiftKey)) e.preventDefault();
      return;
    }
    // F1: the guide at what is on screen, from anywhere (the browser's own help is not wanted here).
    if (key === 'f1' && !mod && !e.altKey && !e.shiftKey) return run(openContextHelp);
    if (mod && key === 's') return run(() => actions.save(e.shiftKey));
    if (mod && key === 'o') return run(actions.open);
    if (mod && key === 'n') return run(actions.newMap);
    // In a browser Ctrl+N opens a new browser window before the page sees it: Alt+N (Option+N) there, by the key's place.
    if (e.altKey && !mod && !e.shiftKey && e.code === 'KeyN' && !field) return run(actions.newMap);
    if (mod && key === 'f') return run(() => document.getElementById('search')?.focus());
    if (mod && key === 'b') return run(() => addBody('working_group', actions.newBodyName()));
    if (mod && key === 'e') return run(() => setExportOpen(true));
    if (mod && e.shiftKey && key === 'c' && !field) return run(actions.copyDiagram);
    if (field) return;
    if (mod && key === 'z') return run(e.shiftKey ? redo : undo);
    if (mod && key === 'y') return run(redo);
    if (mod && key === 'c') return run(() => void copySelection());
    if (mod && key === 'v') return run(paste);
    if (mod && key === 'd') return run(duplicateSelection);
    if (key === 'delete' || key === 'backspace') return run(deleteSelection);
    if (handleBodyKey(e)) return;
    // Escape lets go of what a finding marked and of the selection, from the canvas or the
    // findings list alike; not while it closes a menu or a dialog (they take it themselves).
    if (key === 'escape' && !e.defaultPrevented && !overlayOpen()) {
      highlight(null);
      if (useEditor.getState().selectedBodies.length > 0 || useEditor.getState().selectedLines.length > 0) select([]);
    }
  };
  window.addEventListener('keydown', onKey);
  const stopTracking = trackRegionFocus();
  return () => {
    window.removeEventListener('keydown', onKey);
    stopTracking();
  };
}
