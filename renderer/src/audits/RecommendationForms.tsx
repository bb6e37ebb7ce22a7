import { useTranslation } from 'react-i18next';
import type { Recommendation } from '../../../shared/model/types';
import { ActionForm } from './ActionForm';
import { AnswerForm } from './AnswerForm';
import { submitForm } from './fieldErrors';
import { ACTION_FORM_FIELDS, ANSWER_FORM_FIELDS } from './formChanges';

/**
 * Record an answer (stance, dated on the date viewed) and add an action (text and status) to
 * one recommendation: the same forms as changing them (AnswerItem, ActionItem) with their first fields.
 */
export function RecommendationForms({ recommendation, asOf, lang }: { recommendation: Recommendation; asOf: string; lang: 'sv' | 'en' }) {
  const { t } = useTranslation();
  const rec = recommendation;
  return (
    <div className="audit-forms">
      <AnswerForm
        full={false}
        initial={{ stance: 'agrees', date: asOf, text: '', decisionRef: '' }}
        name={t('audits.recordAnswer')}
        submitLabel={t('audits.recordAnswer')}
        lang={lang}
        onSubmit={(v) => submitForm({ type: 'addAnswer', answer: { recommendation: rec.id, stance: v.stance, date: asOf, by: rec.addressedTo } }, ANSWER_FORM_FIELDS)}
      />
      <ActionForm
        full={false}
        initial={{ text: '', status: 'in_progress', due: '', evidence: '' }}
        name={t('audits.recordAction')}
        textLabel={t('audits.actionText')}
        submitLabel={t('audits.recordAction')}
        lang={lang}
        onSubmit={(v) =>
          submitForm({ type: 'addAction', action: { recommendation: rec.id, text: v.text.trim(), owner: rec.addressedTo, statusHistory: [{ status: v.status, date: asOf }] } }, ACTION_FORM_FIELDS)
        }
      />
    </div>
  );
}
