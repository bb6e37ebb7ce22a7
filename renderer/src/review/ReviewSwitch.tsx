import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { toggleReviewMode, useReviewMode } from './reviewMode';
import './review.css';

/** The Granskningsläge switch at the top of the side panel (the View menu can call toggleReviewMode too). */
export function ReviewSwitch() {
  const { t } = useTranslation();
  const on = useReviewMode();
  const hintId = useId();
  return (
    <div className={`review-switch ${on ? 'is-on' : ''}`}>
      <button type="button" role="switch" aria-checked={on} aria-describedby={on ? hintId : undefined} onClick={toggleReviewMode}>
        <span className="switch-track" aria-hidden="true">
          <span className="switch-thumb" />
        </span>
        {t('review.mode')}
      </button>
      {on ? (
        <span id={hintId} className="review-switch-hint">
          {t('review.onHint')}
        </span>
      ) : null}
    </div>
  );
}
