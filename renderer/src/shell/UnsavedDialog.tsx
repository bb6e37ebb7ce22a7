import { AlertDialog } from 'radix-ui';
import { useTranslation } from 'react-i18next';
import { useEditor } from '../store/editor';
import { useUnsavedQuestion } from './unsaved';

/** Save / Don't save / Cancel, before a map with unsaved changes is replaced. Enter saves, Escape cancels. */
export function UnsavedDialog() {
  const { t } = useTranslation();
  const asking = useUnsavedQuestion((s) => s.asking);
  const name = useEditor((s) => s.model.meta.name);
  return (
    <AlertDialog.Root open={asking !== null} onOpenChange={(open) => !open && asking?.answer('cancel')}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="shell-overlay" />
        <AlertDialog.Content className="shell-dialog" onEscapeKeyDown={() => asking?.answer('cancel')}>
          <AlertDialog.Title>{t('shell.unsaved.title', { name: name || t('app.untitled') })}</AlertDialog.Title>
          <AlertDialog.Description>{t(`shell.unsaved.${asking?.action ?? 'open'}`)}</AlertDialog.Description>
          <div className="dialog-buttons">
            <AlertDialog.Cancel asChild>
              <button type="button">{t('shell.unsaved.cancel')}</button>
            </AlertDialog.Cancel>
            <button type="button" onClick={() => asking?.answer('discard')}>
              {t('shell.unsaved.discard')}
            </button>
            <AlertDialog.Action asChild>
              {/* Radix focuses Cancel first in an alert dialog; Save is the default the person confirms. */}
              <button type="button" className="primary" autoFocus onClick={() => asking?.answer('save')}>
                {t('shell.unsaved.save')}
              </button>
            </AlertDialog.Action>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
