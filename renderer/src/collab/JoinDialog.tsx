import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mayReplaceMap } from '../shell/unsaved';
import { invitationOf } from './invitation';
import { useClearsInfoNotices } from '../dialogs/useClearsInfoNotices';

/** "Join a session…": paste an invitation link (the desktop app has no address bar to open it in). */
export function JoinDialog({ onClose }: { onClose: () => void }) {
  useClearsInfoNotices();
  const { t } = useTranslation();
  const [link, setLink] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => field.current?.focus(), []);
  const join = async () => {
    const invitation = URL.canParse(link.trim()) ? invitationOf(new URL(link.trim())) : null;
    if (!invitation) return setError(t('collab.badLink'));
    // Joining replaces the open map: one with unsaved changes only when the person says so.
    if (!(await mayReplaceMap('join'))) return;
    setBusy(true);
    const { joinFromInvitation } = await import('./liveSession');
    const joined = await joinFromInvitation(invitation, 'Mandat');
    setBusy(false);
    if (joined) onClose();
  };
  return (
    <div className="dialog-backdrop">
      <div role="dialog" aria-modal="true" aria-labelledby="join-title" className="dialog" onKeyDown={(e) => e.key === 'Escape' && !busy && onClose()}>
        <h2 id="join-title">{t('collab.joinTitle')}</h2>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void join();
          }}
        >
          <div className={`field ${error ? 'has-error' : ''}`}>
            <label htmlFor="join-link">{t('collab.joinLink')}</label>
            <input
              id="join-link"
              ref={field}
              type="text"
              value={link}
              placeholder="http://10.0.0.5:4455/#session=…&token=…"
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? 'join-error' : undefined}
              onChange={(e) => {
                setLink(e.target.value);
                setError(null);
              }}
            />
            {error ? (
              <span id="join-error" className="error">
                {error}
              </span>
            ) : null}
          </div>
          <div className="dialog-buttons">
            <button type="button" onClick={onClose} disabled={busy}>
              {t('collab.close')}
            </button>
            <button type="submit" className="primary" disabled={busy || link.trim() === ''}>
              {t('collab.join')}
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
