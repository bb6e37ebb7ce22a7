import { BookOpen } from 'lucide-react';
import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LEVELS, LINE_KINDS } from '../../../shared/model/vocabulary';
import { FAR_UNDOCUMENTED_OPACITY, lineStyle } from './graph';

/** What the colours and line styles mean, behind a button in the toolbar. */
export function Legend() {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const list = useRef<HTMLUListElement>(null);
  // The list opens below the button, starting at its left edge; where the toolbar has
  // wrapped the button far to the right, it is moved left so that it stays in the window
  // (again when the language, and with it the list's width, changes).
  useLayoutEffect(() => {
    const ul = list.current;
    if (!open || !ul) return;
    ul.style.left = '0px';
    const overflow = ul.getBoundingClientRect().right - (document.documentElement.clientWidth - 8);
    if (overflow > 0) ul.style.left = `${-Math.max(0, Math.min(overflow, ul.getBoundingClientRect().left - 8))}px`;
  }, [open, i18n.language]);
  return (
    <details className="legend" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="icon-button" title={t('view.legend')}>
        <BookOpen size={18} strokeWidth={1.75} aria-hidden="true" />
        <span className="visually-hidden">{t('view.legend')}</span>
      </summary>
      <ul ref={list}>
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
        <li className="legend-note">{t('view.farLines')}</li>
      </ul>
    </details>
  );
}
