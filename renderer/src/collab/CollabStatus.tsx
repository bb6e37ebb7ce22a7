import { Users } from 'lucide-react';
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
  // On a narrow window the line is said in short (the full sentence pushed the row out of the
  // window in a viewer's session at 1093 px); screen readers and the opened list have it whole.
  const short =
    collab.status === 'offline' ? (collab.unsent > 0 ? t('collab.shortOffline', { count: collab.unsent }) : t('collab.shortOfflineNone')) : collab.status === 'connected' ? t('collab.shortConnected') : t(`collab.${collab.status}`);
  const full = `${status}${collab.readOnly ? ` · ${t('collab.viewer')}` : ''}`;
  const people = collab.peers.length + 1;
  return (
    <details className={`collab-status is-${collab.status}`}>
      <summary title={`${full} · ${t('collab.people', { count: people })}`}>
        <span role="status" aria-live="polite" className="collab-status-long long-form">
          {full}
        </span>
        <span className="collab-status-short short-form" aria-hidden="true">
          {short}
          {collab.readOnly ? ` · ${t('collab.shortViewer')}` : ''}
        </span>{' '}
        <span className="collab-count long-form">{t('collab.people', { count: people })}</span>
        <span className="collab-count-short short-form" aria-hidden="true">
          <Users size={13} /> {people}
        </span>
      </summary>
      <div className="collab-popover">
        <p className="collab-status-full">{full}</p>
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
      </div>
    </details>
  );
}
