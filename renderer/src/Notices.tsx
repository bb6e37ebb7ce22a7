import { Toast } from 'radix-ui';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/model/vocabulary';
import { dismiss, useEditor, type Notice } from './store/editor';
import { noticeDuration } from './store/notices';
import './notices.css';

/** The most details a toast lists; the rest is "…". */
const MAX_DETAILS = 12;

/**
 * Where Radix would put its hidden copy of each toast's words for screen readers: nowhere
 * in the page. Each toast is a live region itself (status, or alert for an error), so its
 * words are in the page once: the copy made screen readers read them twice and text
 * lookups find them twice.
 */
const NO_ANNOUNCER = typeof document === 'undefined' ? undefined : document.createDocumentFragment();

/** A notice's values for i18next: a count as a number, so that its plural form is chosen ("1 linje", "2 linjer"). */
function withCount(values: Readonly<Record<string, string>> | undefined): Record<string, string | number> {
  if (!values) return {};
  return values.count === undefined ? { ...values } : { ...values, count: Number(values.count) };
}

/**
 * Errors and information for the user, in their language, as Radix toasts at the bottom
 * right above the time control: information closes itself after a few seconds, an error
 * stays until it is closed or its cause is over (see store/notices.ts).
 */
export function Notices() {
  const { t } = useTranslation();
  const notices = useEditor((s) => s.notices);
  const lang = useEditor((s) => s.lang);
  return (
    <Toast.Provider label={t('notices.label')} swipeDirection="right" announcerContainer={NO_ANNOUNCER}>
      {notices.map((n) => (
        <NoticeToast key={n.id} notice={n} lang={lang} />
      ))}
      {/* A plain box, not Radix's list: each notice is a status or an alert of its own, which a list may not hold. */}
      <Toast.Viewport asChild className="notices" label={t('notices.region')}>
        <div />
      </Toast.Viewport>
    </Toast.Provider>
  );
}

function NoticeToast({ notice: n, lang }: { notice: Notice; lang: Language }) {
  const { t } = useTranslation();
  const details = n.details ?? [];
  return (
    <Toast.Root
      className={`notice notice-${n.kind}`}
      type={n.kind === 'error' ? 'foreground' : 'background'}
      role={n.kind === 'error' ? 'alert' : 'status'}
      duration={noticeDuration(n)}
      onOpenChange={(open) => {
        if (!open) dismiss(n.id);
      }}
    >
      {n.key ? <Toast.Title className="notice-title">{t(n.key, withCount(n.values))}</Toast.Title> : null}
      {n.text ? <Toast.Description className="notice-text">{n.text[lang]}</Toast.Description> : null}
      {details.length > 0 ? (
        <details className="notice-details">
          <summary>{t('notices.showDetails')}</summary>
          <ul>
            {details.slice(0, MAX_DETAILS).map((d, i) => (
              <li key={i}>{d[lang]}</li>
            ))}
            {details.length > MAX_DETAILS ? <li>{t('notices.moreDetails', { count: details.length - MAX_DETAILS })}</li> : null}
          </ul>
        </details>
      ) : null}
      <Toast.Close className="notice-close" aria-label={t('panels.close')}>
        ×
      </Toast.Close>
    </Toast.Root>
  );
}
