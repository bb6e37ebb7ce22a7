import { Dialog } from 'radix-ui';
import { useTranslation } from 'react-i18next';
import type { ShellActions } from './actions';
import { setShortcutsOpen, useShell } from './shellState';
import { ALL_SHORTCUTS, shortcutOf } from './shortcuts';

/** Hjälp › Kortkommandon: every shortcut with what it does. */
export function ShortcutsDialog() {
  const { t } = useTranslation();
  const open = useShell((s) => s.shortcutsOpen);
  const label: Partial<Record<keyof ShellActions, string>> = {
    newMap: t('file.new'),
    open: t('file.open'),
    save: t('file.save'),
    saveAs: t('file.saveAs'),
    exportDialog: t('export.open'),
    copyDiagram: t('export.copy'),
    undo: t('edit.undo'),
    redo: t('edit.redo'),
    copy: t('edit.copy'),
    paste: t('edit.paste'),
    duplicate: t('edit.duplicate'),
    deleteSelection: t('edit.delete'),
    find: t('view.search'),
    addBody: t('edit.addBody'),
  };
  return (
    <Dialog.Root open={open} onOpenChange={setShortcutsOpen}>
      <Dialog.Portal>
        <Dialog.Overlay className="shell-overlay" />
        <Dialog.Content className="shell-dialog" aria-describedby={undefined}>
          <Dialog.Title>{t('shell.shortcuts.title')}</Dialog.Title>
          <table className="shortcut-table">
            <tbody>
              {ALL_SHORTCUTS.map((c) => (
                <tr key={c}>
                  <td>{label[c]}</td>
                  <td>
                    <kbd>{shortcutOf(c)}</kbd>
                  </td>
                </tr>
              ))}
              {(
                [
                  ['rename', 'F2'],
                  ['line', 'Ctrl+L'],
                  ['menu', 'Shift+F10'],
                ] as const
              ).map(([what, keys]) => (
                <tr key={what}>
                  <td>{t(`shell.shortcuts.${what}`)}</td>
                  <td>
                    <kbd>{keys}</kbd>
                  </td>
                </tr>
              ))}
              <tr>
                <td>{t('shell.shortcuts.regions')}</td>
                <td>
                  <kbd>F6</kbd>
                </td>
              </tr>
            </tbody>
          </table>
          <div className="dialog-buttons">
            <Dialog.Close asChild>
              <button type="button" className="primary">
                {t('collab.close')}
              </button>
            </Dialog.Close>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
