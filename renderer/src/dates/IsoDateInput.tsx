import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { noSuchDateProblem } from '../../../shared/model/plainIssue';
import { isIsoDate } from '../../../shared/time/isoDate';
import { CalendarButton } from './CalendarButton';

/**
 * A date written as yyyy-mm-dd in both languages, with a calendar button: the as-of date and
 * Compare's two dates. `onDate` gets each valid date as it is typed or picked; a value that
 * is not one says how to write it once the field is left (or Enter is pressed).
 */
export function IsoDateInput(props: { id: string; value: string; label: string; onDate: (date: string) => void; describedBy?: string }) {
  const { t, i18n } = useTranslation();
  const [draft, setDraft] = useState(props.value);
  const [checked, setChecked] = useState(false);
  useEffect(() => {
    setDraft(props.value);
    setChecked(false);
  }, [props.value]);
  const invalid = !isIsoDate(draft);
  // A date written right that does not exist (2023-02-30) is told so, not how to write a date.
  const problem = invalid ? noSuchDateProblem(draft) : null;
  const lang = i18n.language === 'en' ? 'en' : 'sv';
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
            // Escape puts back the date in force, as a field's Escape does elsewhere.
            if (e.key === 'Escape' && draft !== props.value) {
              e.preventDefault();
              e.stopPropagation();
              setDraft(props.value);
              setChecked(false);
            }
          }}
        />
        <CalendarButton value={draft} field={props.label} onPick={(date) => {
          setDraft(date);
          props.onDate(date);
        }} />
      </span>
      {showError ? (
        <small id={errorId} className="error date-input-error" role="alert">
          {problem ? problem[lang] : t('dates.invalid')}
        </small>
      ) : null}
    </span>
  );
}
