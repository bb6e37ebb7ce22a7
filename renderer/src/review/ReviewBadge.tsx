import { Lock } from 'lucide-react';
import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useReviewMode } from './reviewMode';
import './review.css';

/**
 * Beside the map's saved state in the title area while review mode is on, so that the user
 * sees why nothing moves. Over the canvas it covered a body, wherever it was put.
 */
export function ReviewBadge() {
  const { t } = useTranslation();
  const on = useReviewMode();
  const badge = useRef<HTMLSpanElement>(null);
  // The title area keeps room for the whole badge however crowded the row (shell.css): its
  // width as drawn, in this language and font, on this window (the short word on a narrow one).
  useLayoutEffect(() => {
    const el = badge.current;
    const area = el?.closest<HTMLElement>('.title-area');
    if (!el || !area) return;
    const keep = () => area.style.setProperty('--review-badge-width', `${Math.ceil(el.getBoundingClientRect().width)}px`);
    keep();
    const watch = new ResizeObserver(keep);
    watch.observe(el);
    return () => {
      watch.disconnect();
      area.style.removeProperty('--review-badge-width');
    };
  }, [on]);
  if (!on) return null;
  return (
    <span ref={badge} className="review-badge" role="status" title={t('review.badgeHint')}>
      <Lock size={11} aria-hidden="true" />
      {/* The short word on a narrow window, where the whole one was cut while searching. */}
      <span className="review-badge-long long-form">{t('review.badge')}</span>
      <span className="review-badge-short short-form" aria-hidden="true">
        {t('review.badgeShort')}
      </span>
      <span className="visually-hidden">{t('review.badgeHint')}</span>
    </span>
  );
}
