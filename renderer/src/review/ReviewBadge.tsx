import { Lock } from 'lucide-react';
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
  if (!on) return null;
  return (
    <span className="review-badge" role="status" title={t('review.badgeHint')}>
      <Lock size={11} aria-hidden="true" />
      {/* The short word on a narrow window, where the whole one was cut while searching. */}
      <span className="review-badge-long">{t('review.badge')}</span>
      <span className="review-badge-short" aria-hidden="true">
        {t('review.badgeShort')}
      </span>
      <span className="visually-hidden">{t('review.badgeHint')}</span>
    </span>
  );
}
