import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { lawRequirements } from '../../../shared/analysis/law/requirements';
import { useEditor } from '../store/editor';
import './law.css';

/** The window height (CSS px) from which the card starts open. */
const OPEN_FROM_HEIGHT = 700;

/**
 * The Lagkrav card: each of the law's requirements on the as-of date as met, missing or out
 * of date, with the document or holder that meets it and the source it rests on; and Brå's
 * five steps as a progress list. Read-only: it follows the map and the date.
 */
export function LawCards() {
  const { t } = useTranslation();
  // Follows edits at a lower priority than the findings count, like the findings list.
  const model = useDeferredValue(useEditor((s) => s.model));
  const asOf = useDeferredValue(useEditor((s) => s.asOf));
  const lang = useEditor((s) => s.lang);
  const r = useMemo(() => lawRequirements(model, asOf), [model, asOf]);
  const done = r.braSteps.filter((s) => s.done).length;
  const missing = r.requirements.filter((q) => q.status === 'missing').length;
  const stale = r.requirements.filter((q) => q.status === 'stale').length;
  // Open where there is room: on a short window (1093×614) the open card filled the whole
  // findings tab, and no finding showed. Closed, its line still says what is missing.
  const [open] = useState(() => typeof window === 'undefined' || window.innerHeight >= OPEN_FROM_HEIGHT);
  return (
    <details className="law-cards" open={open} data-testid="law-card">
      <summary>
        {/* Spaces between the heading and the counts: where the line breaks when they do not fit (else after the marker). */}
        <h2>{t('lawCard.title')}</h2>{' '}
        {missing > 0 ? <span className="law-count law-missing">{`${t('lawCard.status_missing')}: ${missing}`}</span> : null}{' '}
        {stale > 0 ? <span className="law-count law-stale">{`${t('lawCard.status_stale')}: ${stale}`}</span> : null}
      </summary>
      <p className="law-intro">{t('lawCard.intro', { date: asOf })}</p>
      {r.lawInForce ? null : <p className="law-before">{t('lawCard.before')}</p>}
      <ul className="law-requirements">
        {r.requirements.map((q) => (
          <li key={q.id} className={`law-requirement law-${q.status}`} data-requirement={q.id} data-status={q.status}>
            <span className="law-name">{q.label[lang]}</span>
            <span className="law-status">{t(`lawCard.status_${q.status}`)}</span>
            {q.meetsBy ? <span className="law-meets">{t('lawCard.meetsBy', { name: q.meetsBy })}</span> : null}
            <span className="law-detail">{q.detail[lang]}</span>
            <span className="law-source" title={q.source[lang]}>
              {t('lawCard.source')}: {q.source[lang]}
            </span>
          </li>
        ))}
      </ul>
      <details className="bra-steps" data-testid="bra-card">
        <summary>
          <h3>
            {t('lawCard.braTitle')}: {t('lawCard.braProgress', { count: done })}
          </h3>
        </summary>
        <ol>
          {r.braSteps.map((s) => (
            <li key={s.step} className={s.done ? 'bra-done' : 'bra-open'} data-done={s.done}>
              <span className="bra-label">{s.label[lang]}</span>
              <span className="bra-state">{s.done ? t('lawCard.done') : t('lawCard.notDone')}</span>
              <span className="bra-evidence">{s.evidence[lang]}</span>
            </li>
          ))}
        </ol>
      </details>
    </details>
  );
}
