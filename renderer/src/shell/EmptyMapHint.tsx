import { SquarePlus } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useEditor } from '../store/editor';
import type { ShellActions } from './actions';
import { shortcutOf } from './shortcuts';

/** On an empty map, how to add the first body, with a button that does it. */
export function EmptyMapHint({ actions }: { actions: ShellActions }) {
  const { t } = useTranslation();
  const empty = useEditor((s) => s.model.bodies.size === 0);
  if (!empty) return null;
  return (
    <div className="empty-map-hint">
      <p>
        <strong>{t('shell.empty.title')}</strong>
      </p>
      <p>{t('shell.empty.how', { shortcut: shortcutOf('addBody') })}</p>
      <button type="button" className="primary" onClick={() => actions.addBody('executive_board')}>
        <SquarePlus size={16} aria-hidden="true" /> {t('shell.empty.first')}
      </button>
    </div>
  );
}
