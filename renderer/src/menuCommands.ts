import type { MandatBridge, MenuCommand } from '../../shared/ipc';
import { addBody, deleteSelection, duplicateSelection } from './clipboard';
import { exportWorkbook, save } from './files';
import { autoLayout } from './layout/autoLayout';
import type { Platform } from './platform/types';
import { copyDiagram } from './export/copyDiagram';
import { followTyping } from './pendingField';
import { mergeCopy } from './dialogs/mergeFlow';
import { redo, setExportOpen, showPanel, undo, useEditor } from './store/editor';

export interface MenuHandlers {
  readonly open: () => void;
  readonly newMap: () => void;
  readonly newBodyName: () => string;
  readonly zoom: (how: 'in' | 'out' | 'reset' | 'fit') => void;
}

/** Runs the native menus' commands in the editor, and keeps the window's title, unsaved marker and menu language in step. */
export function followDesktop(bridge: MandatBridge, platform: Platform, h: MenuHandlers): () => void {
  const run: Record<MenuCommand, () => void> = {
    new: h.newMap,
    open: h.open,
    save: () => void save(platform, false),
    saveAs: () => void save(platform, true),
    export: () => setExportOpen(true),
    copyDiagram: () => void copyDiagram(platform),
    exportWorkbook: () => void exportWorkbook(platform),
    mergeCopy: () => void mergeCopy(platform),
    undo,
    redo,
    delete: deleteSelection,
    duplicate: duplicateSelection,
    find: () => document.getElementById('search')?.focus(),
    zoomIn: () => h.zoom('in'),
    zoomOut: () => h.zoom('out'),
    zoomReset: () => h.zoom('reset'),
    fit: () => h.zoom('fit'),
    addBody: () => addBody('working_group', h.newBodyName()),
    autoLayout,
    showFindings: () => showPanel('findings'),
    showMembers: () => showPanel('members'),
    showInitiatives: () => showPanel('initiatives'),
    // Answered by the main process, which knows the version.
    about: () => undefined,
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
