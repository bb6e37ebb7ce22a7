import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isIsoDate } from '../../../shared/time/isoDate';
import { CalendarButton } from './CalendarButton';

/**
 * A date written as yyyy-mm-dd in both languages, with a calendar button: the as-of date and
 * Compare's two dates. `onDate` gets each valid date as it is typed or picked; a value that
 * is not one says how to write it once the field is left (or Enter is pressed).
 */
export function IsoDateInput(props: { id: string; value: string; label: string; onDate: (date: string) => void; describedBy?: string }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(props.value);
  const [checked, setChecked] = useState(false);
  useEffect(() => {
    setDraft(props.value);
    setChecked(false);
  }, [props.value]);
  const invalid = !isIsoDate(draft);
  const showError = checked && invalid;
  const errorId = `${props.id}-error`;
  const describedBy = [showError ? errorId : null, props.describedBy ?? null].filter(Boolean).join(' ') || undefined;
  return (
    <span className="date-input-wrap">
      <span className="date-input">
        <input
          id={props.id}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          placeholder={t('dates.placeholder')}
          value={draft}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          onChange={(e) => {
            setDraft(e.target.value);
            setChecked(false);
            if (isIsoDate(e.target.value)) props.onDate(e.target.value);
          }}
          onBlur={() => setChecked(true)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') setChecked(true);
          }}
        />
        <CalendarButton value={draft} field={props.label} onPick={(date) => {
          setDraft(date);
          props.onDate(date);
        }} />
      </span>
      {showError ? (
        <small id={errorId} className="error date-input-error" role="alert">
          {t('dates.invalid')}
        </small>
      ) : null}
    </span>
  );
}
