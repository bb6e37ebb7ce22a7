import type { TFunction } from 'i18next';
import type { BodyKind } from '../../../shared/model/vocabulary';
import { addBody, copySelection, deleteSelection, duplicateSelection, paste } from '../clipboard';
import { mergeCopy } from './onDemand';
import { copyDiagram } from '../export/copyDiagram';
import { exportWorkbook, openFiles, openSampleAsked, save } from '../files';
import { autoLayout } from '../layout/autoLayout';
import type { Platform } from '../platform/types';
import { dismissGroup, newMap, redo, setExportOpen, showPanel, undo, type PanelName } from '../store/editor';
import { setHostOpen, setJoinOpen, setShortcutsOpen, setStartOpen, toggleMinimap } from './shellState';
import { mayReplaceMap } from './unsaved';

export type Zoom = 'in' | 'out' | 'reset' | 'fit';

/** Every command of the window's menus, toolbar, start page and shortcuts: one place, so they cannot drift apart. */
export interface ShellActions {
  readonly newMap: () => void;
  readonly open: () => void;
  readonly openSample: () => void;
  readonly save: () => void;
  readonly saveAs: () => void;
  readonly exportDialog: () => void;
  readonly exportWorkbook: () => void;
  readonly copyDiagram: () => void;
  readonly mergeCopy: () => void;
  readonly host: () => void;
  readonly join: () => void;
  readonly startPage: () => void;
  readonly shortcuts: () => void;
  readonly undo: () => void;
  readonly redo: () => void;
  readonly copy: () => void;
  readonly paste: () => void;
  readonly duplicate: () => void;
  readonly deleteSelection: () => void;
  readonly find: () => void;
  readonly zoom: (how: Zoom) => void;
  readonly addBody: (kind: BodyKind) => void;
  readonly autoLayout: () => void;
  readonly showPanel: (panel: PanelName) => void;
  readonly toggleMinimap: () => void;
}

/** Asks the canvas to zoom (it listens; the desktop's View menu sends the same). */
export function zoomCanvas(how: Zoom): void {
  window.dispatchEvent(new CustomEvent('mandat:zoom', { detail: how }));
}

/** The window's commands over `platform`, in the language of `t`. */
export function shellActions(platform: Platform, t: TFunction): ShellActions {
  const open = async (): Promise<void> => {
    const files = await platform.openFiles();
    if (files) await openFiles(files);
  };
  const fresh = async (): Promise<void> => {
    // The desktop keeps one map a window: it opens a new window unless this one is untouched.
    if ((await platform.placeNewMap?.()) === 'new-window') return;
    if (!(await mayReplaceMap('new'))) return;
    // A file that could not be opened is no longer the question once the person has started another map.
    dismissGroup('file.openError');
    newMap(t('app.untitled'));
  };
  return {
    newMap: () => void fresh(),
    open: () => void open(),
    openSample: () => void openSampleAsked(),
    save: () => void save(platform, false),
    saveAs: () => void save(platform, true),
    exportDialog: () => setExportOpen(true),
    exportWorkbook: () => void exportWorkbook(platform),
    copyDiagram: () => void copyDiagram(platform),
    mergeCopy: () => void mergeCopy(platform),
    host: () => setHostOpen(true),
    join: () => setJoinOpen(true),
    startPage: () => setStartOpen(true),
    shortcuts: () => setShortcutsOpen(true),
    undo,
    redo,
    copy: () => void copySelection(),
    paste,
    duplicate: duplicateSelection,
    deleteSelection,
    find: () => document.getElementById('search')?.focus(),
    zoom: zoomCanvas,
    addBody: (kind) => void addBody(kind),
    autoLayout,
    showPanel,
    toggleMinimap,
  };
}

