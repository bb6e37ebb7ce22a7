import { useTranslation } from 'react-i18next';
import { useEditor } from '../store/editor';

/** The live session at a glance: connected or offline with unsent edits, and who else is here. */
export function CollabStatus() {
  const { t } = useTranslation();
  const collab = useEditor((s) => s.collab);
  if (!collab) return null;
  const status =
    collab.status === 'offline'
      ? t('collab.offline', { count: collab.unsent })
      : collab.status === 'connected'
        ? collab.unsent > 0
          ? t('collab.sending', { count: collab.unsent })
          : t('collab.connected')
        : t(`collab.${collab.status}`);
  return (
    <details className={`collab-status is-${collab.status}`}>
      <summary>
        <span role="status" aria-live="polite">
          {status}
          {collab.readOnly ? ` · ${t('collab.viewer')}` : ''}
        </span>{' '}
        <span className="collab-count">{t('collab.people', { count: collab.peers.length + 1 })}</span>
      </summary>
      <ul className="collab-people" aria-label={t('collab.whoIsHere')}>
        <li>
          <span className="peer-dot" style={{ background: 'var(--focus)' }} aria-hidden="true" /> {t('collab.you')}
        </li>
        {collab.peers.map((p) => (
          <li key={p.clientId}>
            <span className="peer-dot" style={{ background: p.colour }} aria-hidden="true" /> {p.name || t('collab.anonymous')}
            {p.bodies.length > 0 ? <span className="muted"> · {t('collab.selected', { count: p.bodies.length })}</span> : null}
          </li>
        ))}
      </ul>
      {collab.refused ? <p className="error">{t('collab.refusedNow', { reason: collab.refused })}</p> : null}
    </details>
  );
}
