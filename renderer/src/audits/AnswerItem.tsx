import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { STANCE_LABELS } from '../../../shared/audits/labels';
import type { Answer } from '../../../shared/model/types';
import { dispatch } from '../store/editor';
import { AnswerForm } from './AnswerForm';
import { submitForm } from './fieldErrors';
import { ANSWER_FORM_FIELDS, answerChanges, answerValues } from './formChanges';

/**
 * The answer that counts for a recommendation, with Change and Remove. Removing it when
 * actions are recorded for the recommendation first asks (they stay, but the answer they
 * follow from goes); either way one undo step brings it back.
 */
export function AnswerItem({ answer, by, actionCount, editable, lang }: { answer: Answer; by: string; actionCount: number; editable: boolean; lang: 'sv' | 'en' }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'view' | 'edit' | 'confirm'>('view');
  const editButton = useRef<HTMLButtonElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  // Focus follows the form: into the question when it opens, back to Change when a form closes.
  useEffect(() => {
    if (mode === 'confirm') confirmButton.current?.focus();
    else if (mode === 'view' && wasOpen.current) editButton.current?.focus();
    wasOpen.current = mode !== 'view';
  }, [mode]);
  const remove = () => dispatch({ type: 'removeAnswer', id: answer.id });
  const summary = `${STANCE_LABELS[answer.stance][lang]} (${[by, answer.date ?? t('audits.dateUnknown')].filter(Boolean).join(', ')})`;
  return (
    <div className="audit-answer-item">
      <p className="audit-answer">
        <strong>{t('audits.answer')}: </strong>
        {summary}
      </p>
      {answer.text ? <p className="muted">{answer.text}</p> : null}
      {editable && mode === 'view' ? (
        <p className="audit-item-buttons">
          <button type="button" ref={editButton} onClick={() => setMode('edit')}>
            {t('audits.editAnswer')}
          </button>
          <button type="button" className="danger" onClick={() => (actionCount > 0 ? setMode('confirm') : remove())}>
            {t('audits.removeAnswer')}
          </button>
        </p>
      ) : null}
      {editable && mode === 'edit' ? (
        <AnswerForm
          full
          initial={answerValues(answer)}
          name={t('audits.editAnswerForm')}
          submitLabel={t('audits.save')}
          lang={lang}
          onCancel={() => setMode('view')}
          onSubmit={(v) => {
            const changes = answerChanges(answer, v);
            if (Object.keys(changes).length === 0) {
              setMode('view');
              return { ok: true, errors: {} };
            }
            const r = submitForm({ type: 'updateAnswer', id: answer.id, changes }, ANSWER_FORM_FIELDS);
            if (r.ok) setMode('view');
            return r;
          }}
        />
      ) : null}
      {editable && mode === 'confirm' ? (
        <div role="alertdialog" aria-labelledby={`confirm-${answer.id}`} className="audit-confirm">
          <p id={`confirm-${answer.id}`}>{t('audits.removeAnswerAsk', { count: actionCount })}</p>
          <button type="button" className="danger" ref={confirmButton} onClick={() => remove()}>
            {t('audits.removeAnswerConfirm')}
          </button>
          <button type="button" onClick={() => setMode('view')} onKeyDown={(e) => e.key === 'Escape' && setMode('view')}>
            {t('audits.cancel')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
