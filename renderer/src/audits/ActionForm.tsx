import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTION_STATUS_LABELS } from '../../../shared/audits/labels';
import { ACTIONS } from '../../../shared/model/declarations/audits';
import { ACTION_STATUSES, type ActionStatus } from '../../../shared/model/vocabulary';
import type { FieldErrors } from './fieldErrors';
import { useAuditForm } from './useAuditForm';
import type { ActionValues } from './formChanges';
import { FormField } from './FormField';
import { CalendarButton } from '../dates/CalendarButton';

/**
 * One action's form: the text and its status for adding one, and with the due date and the
 * evidence for changing one. The status is the one on the date viewed; a change is dated then.
 */
export function ActionForm(props: {
  full: boolean;
  initial: ActionValues;
  name: string;
  textLabel: string;
  submitLabel: string;
  lang: 'sv' | 'en';
  onSubmit: (values: ActionValues) => { ok: boolean; errors: FieldErrors };
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const { values: v, errors, set, formProps } = useAuditForm<ActionValues>({ initial: props.initial, onSubmit: props.onSubmit, onCancel: props.onCancel, resetAfterAdd: !props.full });
  const label = (field: keyof typeof ACTIONS.labels) => ACTIONS.labels[field][props.lang];
  return (
    <form
      aria-label={props.name}
      className={props.full ? 'audit-edit' : undefined}
      {...formProps}
    >
      <FormField id={`${id}-text`} label={props.textLabel} error={errors.text} lang={props.lang}>
        <input value={v.text} onChange={(e) => set({ text: e.target.value })} />
      </FormField>
      <FormField id={`${id}-status`} label={t('audits.actionStatus')} error={errors.statusHistory} lang={props.lang}>
        <select value={v.status} onChange={(e) => set({ status: e.target.value as ActionStatus })}>
          {ACTION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {ACTION_STATUS_LABELS[s][props.lang]}
            </option>
          ))}
        </select>
      </FormField>
      {props.full ? (
        <>
          <FormField id={`${id}-due`} label={label('due')} error={errors.due} lang={props.lang} after={<CalendarButton value={v.due} field={label('due')} onPick={(due) => set({ due })} />}>
            <input value={v.due} inputMode="numeric" placeholder={t('audits.datePlaceholder')} onChange={(e) => set({ due: e.target.value })} />
          </FormField>
          <FormField id={`${id}-evidence`} label={label('evidence')} error={errors.evidence} lang={props.lang}>
            <textarea rows={2} value={v.evidence} onChange={(e) => set({ evidence: e.target.value })} />
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
