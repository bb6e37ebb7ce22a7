import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HostedSession } from '../../../shared/ipc';
import type { SessionHosting } from '../platform/types';
import { currentState, notify, openMap, useEditor } from '../store/editor';
import { useClearsInfoNotices } from '../dialogs/useClearsInfoNotices';

let hosted: HostedSession | null = null;

/** "Host a session" (desktop): pick the address, start the embedded server, share the links; stop hosting. */
export function HostDialog({ hosting, onClose }: { hosting: SessionHosting; onClose: () => void }) {
  useClearsInfoNotices();
  const { t } = useTranslation();
  const name = useEditor((s) => s.model.meta.name);
  const lang = useEditor((s) => s.lang);
  const [addresses, setAddresses] = useState<string[]>(['127.0.0.1']);
  const [address, setAddress] = useState('127.0.0.1');
  const [session, setSession] = useState<HostedSession | null>(hosted);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const first = useRef<HTMLSelectElement | HTMLButtonElement>(null);
  useEffect(() => {
    void hosting.addresses().then(setAddresses);
    first.current?.focus();
  }, [hosting]);

  const start = async () => {
    setBusy(true);
    setError(null);
    try {
      const r = await hosting.host(name, currentState(), address);
      if (!r.ok) return setError(r.message[lang]);
      const { joinSession } = await import('./liveSession');
      await joinSession({ wsUrl: r.invitation.wsUrl, document: r.invitation.document, token: r.invitation.token }, name);
      hosted = r.invitation;
      setSession(r.invitation);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  const stop = async () => {
    setBusy(true);
    // The map stays open as this computer's own, with everything the session made.
    const model = useEditor.getState().model;
    const state = currentState();
    await hosting.stop();
    void openMap(model, state, name, { dirty: true });
    hosted = null;
    setSession(null);
    setBusy(false);
    notify({ kind: 'info', key: 'collab.stopped' });
  };
  const copy = (link: string, field: string) => {
    const done = () => notify({ kind: 'info', key: 'collab.linkCopied' });
    // The desktop app denies web permissions, the Clipboard API's included: then copy the selected field.
    navigator.clipboard.writeText(link).then(done, () => {
      const input = document.getElementById(field) as HTMLInputElement | null;
      input?.select();
      if (document.execCommand('copy')) done();
    });
  };

  return (
    <div className="dialog-backdrop">
      <div role="dialog" aria-modal="true" aria-labelledby="host-title" className="dialog host-dialog" onKeyDown={(e) => e.key === 'Escape' && !busy && onClose()}>
        <h2 id="host-title">{t('collab.hostTitle')}</h2>
        {session ? (
          <>
            <p>{t('collab.hosting')}</p>
            {(['editLink', 'viewLink'] as const).map((k) => (
              <div key={k} className="field">
                <label htmlFor={`host-${k}`}>{t(`collab.${k}`)}</label>
                <div className="link-row">
                  <input id={`host-${k}`} type="text" readOnly value={session[k]} onFocus={(e) => e.target.select()} />
                  <button type="button" onClick={() => copy(session[k], `host-${k}`)}>
                    {t('collab.copyLink')}
                  </button>
                </div>
              </div>
            ))}
            <p className="muted">{t('collab.linkSecret')}</p>
          </>
        ) : (
          <div className="field">
            <label htmlFor="host-address">{t('collab.address')}</label>
            <select id="host-address" ref={first as React.RefObject<HTMLSelectElement>} value={address} onChange={(e) => setAddress(e.target.value)}>
              {addresses.map((a) => (
                <option key={a} value={a}>
                  {a === '127.0.0.1' ? t('collab.thisComputer') : t('collab.network', { address: a })}
                </option>
              ))}
            </select>
          </div>
        )}
        {error ? (
          <p className="error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="dialog-buttons">
          <button type="button" onClick={onClose} disabled={busy}>
            {t('collab.close')}
          </button>
          {session ? (
            <button type="button" className="danger" onClick={() => void stop()} disabled={busy}>
              {t('collab.stopHosting')}
            </button>
          ) : (
            <button type="button" className="primary" onClick={() => void start()} disabled={busy}>
              {t('collab.startHosting')}
            </button>
          )}
        </div>
      </div>
    </div>
  );
}
