import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc';
import type { Language } from '../../shared/model/vocabulary';

const LABELS = {
  sv: {
    file: 'Arkiv', new: 'Ny karta', newFromTemplate: 'Ny karta från Brås mall', open: 'Öppna…', recent: 'Öppna senaste', save: 'Spara', saveAs: 'Spara som…', exportWorkbook: 'Exportera arbetsbok…', mergeCopy: 'Slå ihop med en kopia…', export: 'Exportera diagram och rapport…', copyDiagram: 'Kopiera diagrammet som bild', close: 'Stäng fönstret', quit: 'Avsluta Mandat',
    edit: 'Redigera', undo: 'Ångra', redo: 'Gör om', cut: 'Klipp ut', copy: 'Kopiera', paste: 'Klistra in', delete: 'Ta bort', duplicate: 'Duplicera', selectAll: 'Markera allt',
    view: 'Visa', find: 'Sök…', zoomIn: 'Zooma in', zoomOut: 'Zooma ut', zoomReset: 'Verklig storlek', fit: 'Anpassa vyn', fullscreen: 'Helskärm', compare: 'Jämför två datum eller filer…',
    map: 'Karta', addBody: 'Lägg till organ', autoLayout: 'Ordna automatiskt', showFindings: 'Visa fynd', showMembers: 'Visa ledamöter', showInitiatives: 'Visa satsningar',
    help: 'Hjälp', about: 'Om Mandat', userGuide: 'Användarguide',
  },
  en: {
    file: 'File', new: 'New map', newFromTemplate: 'New map from Brå’s template', open: 'Open…', recent: 'Open recent', save: 'Save', saveAs: 'Save as…', exportWorkbook: 'Export workbook…', mergeCopy: 'Merge a copy…', export: 'Export diagram and report…', copyDiagram: 'Copy the diagram as a picture', close: 'Close window', quit: 'Quit Mandat',
    edit: 'Edit', undo: 'Undo', redo: 'Redo', cut: 'Cut', copy: 'Copy', paste: 'Paste', delete: 'Delete', duplicate: 'Duplicate', selectAll: 'Select all',
    view: 'View', find: 'Find…', zoomIn: 'Zoom in', zoomOut: 'Zoom out', zoomReset: 'Actual size', fit: 'Fit view', fullscreen: 'Full screen', compare: 'Compare two dates or files…',
    map: 'Map', addBody: 'Add body', autoLayout: 'Arrange automatically', showFindings: 'Show findings', showMembers: 'Show members', showInitiatives: 'Show initiatives',
    help: 'Help', about: 'About Mandat', userGuide: 'User guide',
  },
} as const;

export interface MenuActions {
  /** Sends a command to the focused window's renderer. */
  readonly send: (command: MenuCommand) => void;
  /** Opens a recent file in a window. */
  readonly openRecent: (path: string) => void;
  readonly recent: readonly string[];
  readonly isMac: boolean;
}

/**
 * The native menus (File, Edit, View, Map, Help) in the user's language, with the usual
 * accelerators; every item runs one of the renderer's commands (or a native role for text
 * editing and window handling).
 */
export function menuTemplate(lang: Language, actions: MenuActions): MenuItemConstructorOptions[] {
  const l = LABELS[lang];
  const cmd = (command: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    id: command,
    label: l[command as keyof typeof l] ?? command,
    ...(accelerator ? { accelerator } : {}),
    click: () => actions.send(command),
  });
  const recent: MenuItemConstructorOptions[] = actions.recent.map((path) => ({ label: path, click: () => actions.openRecent(path) }));
  return [
    {
      id: 'file',
      label: l.file,
      submenu: [
        cmd('new', 'CmdOrCtrl+N'),
        cmd('newFromTemplate'),
        cmd('open', 'CmdOrCtrl+O'),
        { id: 'recent', label: l.recent, enabled: recent.length > 0, submenu: recent },
        { type: 'separator' },
        cmd('save', 'CmdOrCtrl+S'),
        cmd('saveAs', 'CmdOrCtrl+Shift+S'),
        cmd('export', 'CmdOrCtrl+E'),
        cmd('copyDiagram', 'CmdOrCtrl+Shift+C'),
        cmd('exportWorkbook'),
        { type: 'separator' },
        cmd('mergeCopy'),
        { type: 'separator' },
        { id: 'close', label: l.close, role: 'close', accelerator: 'CmdOrCtrl+W' },
        ...(actions.isMac ? [] : [{ id: 'quit', label: l.quit, role: 'quit' } as MenuItemConstructorOptions]),
      ],
    },
    {
      id: 'edit',
      label: l.edit,
      submenu: [
        cmd('undo', 'CmdOrCtrl+Z'),
        cmd('redo', 'CmdOrCtrl+Shift+Z'),
        { type: 'separator' },
        { id: 'cut', label: l.cut, role: 'cut' },
        { id: 'copy', label: l.copy, role: 'copy' },
        { id: 'paste', label: l.paste, role: 'paste' },
        cmd('duplicate', 'CmdOrCtrl+D'),
        cmd('delete', 'Delete'),
        { id: 'selectAll', label: l.selectAll, role: 'selectAll' },
      ],
    },
    {
      id: 'view',
      label: l.view,
      submenu: [
        cmd('find', 'CmdOrCtrl+F'),
        { type: 'separator' },
        cmd('zoomIn', 'CmdOrCtrl+Plus'),
        cmd('zoomOut', 'CmdOrCtrl+-'),
        cmd('zoomReset', 'CmdOrCtrl+0'),
        cmd('fit'),
        { type: 'separator' },
        cmd('compare'),
        { type: 'separator' },
        { id: 'fullscreen', label: l.fullscreen, role: 'togglefullscreen' },
      ],
    },
    { id: 'map', label: l.map, submenu: [cmd('addBody', 'CmdOrCtrl+B'), cmd('autoLayout'), { type: 'separator' }, cmd('showFindings'), cmd('showMembers'), cmd('showInitiatives')] },
    // F1 opens the guide at what is on screen (the renderer knows what that is).
    { id: 'help', label: l.help, submenu: [cmd('userGuide', 'F1'), { type: 'separator' }, cmd('about')] },
  ];
}
