import type { MandatBridge, MenuCommand } from '../../shared/ipc';
import { newMapFromTemplate } from './shell/onDemand';
import { openContextHelp } from './help/helpStore';
import i18next from 'i18next';
import { openCompare } from './compare/compareState';
import { followTyping } from './pendingField';
import type { ShellActions } from './shell/actions';
import { useEditor } from './store/editor';

/**
 * Runs the native menus' commands in the editor (the same actions as the web version's
 * menus and toolbar), and keeps the window's title, unsaved marker and menu language in step.
 */
export function followDesktop(bridge: MandatBridge, a: ShellActions): () => void {
  const run: Record<MenuCommand, () => void> = {
    new: a.newMap,
    open: a.open,
    save: a.save,
    saveAs: a.saveAs,
    export: a.exportDialog,
    copyDiagram: a.copyDiagram,
    exportWorkbook: a.exportWorkbook,
    mergeCopy: a.mergeCopy,
    undo: a.undo,
    redo: a.redo,
    delete: a.deleteSelection,
    duplicate: a.duplicate,
    find: a.find,
    zoomIn: () => a.zoom('in'),
    zoomOut: () => a.zoom('out'),
    zoomReset: () => a.zoom('reset'),
    fit: () => a.zoom('fit'),
    addBody: () => a.addBody('working_group'),
    autoLayout: a.autoLayout,
    showFindings: () => a.showPanel('findings'),
    showMembers: () => a.showPanel('members'),
    showInitiatives: () => a.showPanel('initiatives'),
    // Answered by the main process, which knows the version.
    about: () => undefined,
    userGuide: openContextHelp,
    compare: openCompare,
    newFromTemplate: () => void newMapFromTemplate(i18next.t),
  };
  const stopMenu = bridge.onMenuCommand((command) => run[command]());
  // Text typed in a field not yet left counts as unsaved: closing the window then asks, and Save commits it first.
  let typing = false;
  const report = (): void => {
    const s = useEditor.getState();
    // Whether the window has a file tells main if it may open another map here (one map a window).
    void bridge.setWindowState({ title: s.model.meta.name || s.fileName, dirty: s.dirty || typing, hasFile: Boolean(s.fileHandle), language: s.lang });
  };
  report();
  const stopTyping = followTyping((v) => {
    typing = v;
    report();
  });
  const stopState = useEditor.subscribe((s, prev) => {
    if (s.model.meta.name !== prev.model.meta.name || s.dirty !== prev.dirty || s.lang !== prev.lang || s.fileName !== prev.fileName || s.fileHandle !== prev.fileHandle) report();
  });
  return () => {
    stopMenu();
    stopState();
    stopTyping();
  };
}
