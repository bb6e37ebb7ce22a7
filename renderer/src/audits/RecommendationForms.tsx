import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTION_STATUS_LABELS, STANCE_LABELS } from '../../../shared/audits/labels';
import type { Recommendation } from '../../../shared/model/types';
import { ACTION_STATUSES, ANSWER_STANCES, type ActionStatus, type AnswerStance } from '../../../shared/model/vocabulary';
import { dispatch } from '../store/editor';

/** Record an answer (stance, dated on the date viewed) and add an action (text and status) to one recommendation. */
export function RecommendationForms({ recommendation, asOf, lang }: { recommendation: Recommendation; asOf: string; lang: 'sv' | 'en' }) {
  const { t } = useTranslation();
  const id = useId();
  const [stance, setStance] = useState<AnswerStance>('agrees');
  const [action, setAction] = useState('');
  const [status, setStatus] = useState<ActionStatus>('in_progress');
  const rec = recommendation;
  return (
    <div className="audit-forms">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          dispatch({ type: 'addAnswer', answer: { recommendation: rec.id, stance, date: asOf, by: rec.addressedTo } });
        }}
      >
        <label htmlFor={`${id}-stance`}>{t('audits.stance')}</label>
        <select id={`${id}-stance`} value={stance} onChange={(e) => setStance(e.target.value as AnswerStance)}>
          {ANSWER_STANCES.map((s) => (
            <option key={s} value={s}>
              {STANCE_LABELS[s][lang]}
            </option>
          ))}
        </select>
        <button type="submit">{t('audits.recordAnswer')}</button>
      </form>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (action.trim() === '') return;
          const r = dispatch({ type: 'addAction', action: { recommendation: rec.id, text: action.trim(), owner: rec.addressedTo, statusHistory: [{ status, date: asOf }] } });
          if (r.ok) setAction('');
        }}
      >
        <label htmlFor={`${id}-action`}>{t('audits.actionText')}</label>
        <input id={`${id}-action`} value={action} onChange={(e) => setAction(e.target.value)} />
        <label htmlFor={`${id}-status`}>{t('audits.actionStatus')}</label>
        <select id={`${id}-status`} value={status} onChange={(e) => setStatus(e.target.value as ActionStatus)}>
          {ACTION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {ACTION_STATUS_LABELS[s][lang]}
            </option>
          ))}
        </select>
        <button type="submit">{t('audits.recordAction')}</button>
      </form>
    </div>
  );
}
