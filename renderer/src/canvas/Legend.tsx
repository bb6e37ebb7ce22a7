import { useTranslation } from 'react-i18next';
import { LEVELS, LINE_KINDS } from '../../../shared/model/vocabulary';
import { FAR_UNDOCUMENTED_OPACITY, lineStyle } from './graph';

/** What the colours and line styles mean, behind a button in the toolbar. */
export function Legend() {
  const { t } = useTranslation();
  return (
    <details className="legend">
      <summary>{t('view.legend')}</summary>
      <ul>
        {LEVELS.map((l) => (
          <li key={l}>
            <span className={`legend-swatch level-${l}`} aria-hidden="true" /> {t(`levels.${l}`)}
          </li>
        ))}
        {LINE_KINDS.map((k) => (
          <li key={k}>
            <svg width="28" height="8" aria-hidden="true">
              <line x1="0" y1="4" x2="28" y2="4" stroke={lineStyle(k, false).stroke} strokeWidth={lineStyle(k, false).strokeWidth} />
            </svg>{' '}
            {t(`lineKinds.${k}`)}
          </li>
        ))}
        <li>
          <svg width="28" height="8" aria-hidden="true">
            <line x1="0" y1="4" x2="28" y2="4" stroke="#1f2933" strokeWidth="2" strokeDasharray="6 4" />
          </svg>{' '}
          {t('documented.no')}
        </li>
        <li>
          <svg width="28" height="8" aria-hidden="true">
            <line x1="0" y1="4" x2="28" y2="4" stroke="#1f2933" strokeWidth="2" strokeOpacity={FAR_UNDOCUMENTED_OPACITY} />
          </svg>{' '}
          {t('view.undocumentedFar')}
        </li>
      </ul>
    </details>
  );
}
