import { useTranslation } from 'react-i18next';
import { ReviewBadge } from '../review/ReviewBadge';
import { useEditor } from '../store/editor';

/** The map's name and whether it is saved, always in view (the browser tab's title says the same). */
export function TitleArea() {
  const { t } = useTranslation();
  const name = useEditor((s) => s.model.meta.name);
  const fileName = useEditor((s) => s.fileName);
  const dirty = useEditor((s) => s.dirty);
  const shown = name || fileName || t('app.untitled');
  return (
    <div className="title-area">
      <span className="title-logo" aria-hidden="true">
        M
      </span>
      <span className="title-text">
        <span className="title-name" title={fileName ? `${shown} (${fileName})` : shown}>
          {shown}
        </span>
        <span className="title-state-row">
          <ReviewBadge />
          <span className={`title-state ${dirty ? 'is-dirty' : ''}`} aria-live="polite">
            {dirty ? t('shell.state.unsaved') : fileName ? t('shell.state.saved') : t('shell.state.notInFile')}
          </span>
        </span>
      </span>
    </div>
  );
}
