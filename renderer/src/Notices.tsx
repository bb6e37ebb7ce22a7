import { useTranslation } from 'react-i18next';
import { dismiss, useEditor } from './store/editor';

/** Errors and information for the user, in their language, until dismissed. */
export function Notices() {
  const { t } = useTranslation();
  const notices = useEditor((s) => s.notices);
  const lang = useEditor((s) => s.lang);
  return (
    <div className="notices" aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice-${n.kind}`} role={n.kind === 'error' ? 'alert' : 'status'}>
          {n.key ? <strong>{t(n.key, n.values ?? {})}</strong> : null}
          {n.text ? <p>{n.text[lang]}</p> : null}
          {n.details && n.details.length > 0 ? (
            <ul>
              {n.details.slice(0, 12).map((d, i) => (
                <li key={i}>{d[lang]}</li>
              ))}
              {n.details.length > 12 ? <li>…</li> : null}
            </ul>
          ) : null}
          <button type="button" className="notice-close" aria-label={t('panels.close')} onClick={() => dismiss(n.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
