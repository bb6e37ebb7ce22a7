import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { STANCE_LABELS } from '../../../shared/audits/labels';
import { ANSWERS } from '../../../shared/model/declarations/audits';
import { ANSWER_STANCES, type AnswerStance } from '../../../shared/model/vocabulary';
import type { FieldErrors } from './fieldErrors';
import { useAuditForm } from './useAuditForm';
import type { AnswerValues } from './formChanges';
import { FormField } from './FormField';
import { CalendarButton } from '../dates/CalendarButton';

/**
 * One answer's form, for recording one (the stance, dated on the date viewed) and, with every
 * field, for changing one. A refused value keeps the form open with the reason beside its field.
 */
export function AnswerForm(props: {
  full: boolean;
  initial: AnswerValues;
  name: string;
  submitLabel: string;
  lang: 'sv' | 'en';
  onSubmit: (values: AnswerValues) => { ok: boolean; errors: FieldErrors };
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const { values: v, errors, set, formProps } = useAuditForm<AnswerValues>({ initial: props.initial, onSubmit: props.onSubmit, onCancel: props.onCancel, resetAfterAdd: false });
  const label = (field: keyof typeof ANSWERS.labels) => ANSWERS.labels[field][props.lang];
  return (
    <form
      aria-label={props.name}
      className={props.full ? 'audit-edit' : undefined}
      {...formProps}
    >
      <FormField id={`${id}-stance`} label={t('audits.stance')} error={errors.stance} lang={props.lang}>
        <select value={v.stance} onChange={(e) => set({ stance: e.target.value as AnswerStance })}>
          {ANSWER_STANCES.map((s) => (
            <option key={s} value={s}>
              {STANCE_LABELS[s][props.lang]}
            </option>
          ))}
        </select>
      </FormField>
      {props.full ? (
        <>
          <FormField id={`${id}-date`} label={label('date')} error={errors.date} lang={props.lang} after={<CalendarButton value={v.date} field={label('date')} onPick={(date) => set({ date })} />}>
            <input value={v.date} inputMode="numeric" placeholder={t('audits.datePlaceholder')} onChange={(e) => set({ date: e.target.value })} />
          </FormField>
          <FormField id={`${id}-text`} label={label('text')} error={errors.text} lang={props.lang}>
            <textarea rows={2} value={v.text} onChange={(e) => set({ text: e.target.value })} />
          </FormField>
          <FormField id={`${id}-ref`} label={label('decisionRef')} error={errors.decisionRef} lang={props.lang}>
            <input value={v.decisionRef} onChange={(e) => set({ decisionRef: e.target.value })} />
          </FormField>
        </>
      ) : null}
      {errors[''] ? (
        <small className="error" role="alert">
          {errors[''][props.lang]}
        </small>
      ) : null}
      <button type="submit">{props.submitLabel}</button>
      {props.onCancel ? (
        <button type="button" onClick={props.onCancel}>
          {t('audits.cancel')}
        </button>
      ) : null}
    </form>
  );
}
