import { useEffect, useId, useState, type ReactNode } from 'react';
import type { CommandResult } from '../../../shared/commands/apply';
import { useTranslation } from 'react-i18next';
import type { Text } from '../../../shared/i18n/text';
import { CalendarButton } from '../dates/CalendarButton';
import { plainIssue } from '../../../shared/model/plainIssue';
import { useEditor, withRefusalShownByCaller } from '../store/editor';

type Commit = (value: string) => CommandResult;

const UNKNOWN_REFUSAL: Text = { sv: 'Värdet kunde inte sparas.', en: 'The value could not be saved.' };

/**
 * Commits a field's value; when the map refuses it, the first reason in plain words (kept
 * in both languages, so that it follows a change of language). The field shows it beside
 * itself, so no toast repeats it.
 */
function commitRefusal(commit: () => CommandResult): Text | null {
  const r = withRefusalShownByCaller(commit);
  if (r.ok) return null;
  const first = r.issues[0];
  return first ? plainIssue(first) : UNKNOWN_REFUSAL;
}

/** The reason beside a field, tied to it with aria-describedby. */
function FieldError({ id, error }: { id: string; error: Text | null }) {
  const lang = useEditor((s) => s.lang);
  if (!error) return null;
  return (
    <small id={id} className="error" role="alert">
      {error[lang]}
    </small>
  );
}

/**
 * A text field that commits on Enter or when it loses focus. A refused value stays in
 * the field with the reason beside it; the map never holds it.
 */
export function TextField(props: { label: string; value: string; onCommit: Commit; multiline?: boolean; hint?: string; placeholder?: string }) {
  const id = useId();
  const [draft, setDraft] = useState(props.value);
  const [error, setError] = useState<Text | null>(null);
  useEffect(() => {
    setDraft(props.value);
    setError(null);
  }, [props.value]);
  const commit = () => {
    if (draft === props.value) return setError(null);
    setError(commitRefusal(() => props.onCommit(draft)));
  };
  const common = {
    id,
    value: draft,
    placeholder: props.placeholder,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}-error` : props.hint ? `${id}-hint` : undefined,
    onChange: (e: { target: { value: string } }) => setDraft(e.target.value),
    onBlur: commit,
  };
  return (
    <div className={`field ${error ? 'has-error' : ''}`}>
      <label htmlFor={id}>{props.label}</label>
      {props.multiline ? (
        <textarea {...common} rows={3} />
      ) : (
        <input {...common} type="text" onKeyDown={(e) => e.key === 'Enter' && commit()} />
      )}
      {props.hint && !error ? (
        <small id={`${id}-hint`} className="hint">
          {props.hint}
        </small>
      ) : null}
      <FieldError id={`${id}-error`} error={error} />
    </div>
  );
}

/**
 * A date field: yyyy-mm-dd in both languages, or empty for "open", with a calendar button.
 * Commits on Enter, on leaving the field and on a date picked from the calendar; a value
 * that is no date says how to write one and is not sent to the map.
 */
export function DateField(props: { label: string; value: string | null; onCommit: (value: string | null) => CommandResult }) {
  const { t } = useTranslation();
  const id = useId();
  const value = props.value ?? '';
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<Text | null>(null);
  useEffect(() => {
    setDraft(value);
    setError(null);
  }, [value]);
  const commit = (given: string) => {
    const v = given.trim();
    if (v === value) return setError(null);
    // A well-formed date that does not exist (2023-13-01) is left to the map, which says so.
    if (v !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(v)) return setError({ sv: t('dates.invalid', { lng: 'sv' }), en: t('dates.invalid', { lng: 'en' }) });
    setError(commitRefusal(() => props.onCommit(v === '' ? null : v)));
  };
  return (
    <div className={`field ${error ? 'has-error' : ''}`}>
      <label htmlFor={id}>{props.label}</label>
      <span className="date-input">
        <input
          id={id}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          value={draft}
          placeholder={t('dates.placeholder')}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={() => commit(draft)}
          onKeyDown={(e) => e.key === 'Enter' && commit(draft)}
        />
        <CalendarButton
          value={draft}
          field={props.label}
          onPick={(date) => {
            setDraft(date);
            commit(date);
          }}
        />
      </span>
      <FieldError id={`${id}-error`} error={error} />
    </div>
  );
}

/** A choice from a list; commits at once. */
export function SelectField<T extends string>(props: { label: string; value: T; options: readonly { value: T; label: string }[]; onCommit: (value: T) => CommandResult }) {
  const id = useId();
  const [error, setError] = useState<Text | null>(null);
  return (
    <div className={`field ${error ? 'has-error' : ''}`}>
      <label htmlFor={id}>{props.label}</label>
      <select
        id={id}
        value={props.value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => {
          const value = e.target.value as T;
          setError(commitRefusal(() => props.onCommit(value)));
        }}
      >
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldError id={`${id}-error`} error={error} />
    </div>
  );
}

export function CheckField(props: { label: string; value: boolean; onCommit: (value: boolean) => CommandResult }) {
  const id = useId();
  const [error, setError] = useState<Text | null>(null);
  return (
    <div className="field field-check">
      <input
        id={id}
        type="checkbox"
        checked={props.value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => {
          const checked = e.target.checked;
          setError(commitRefusal(() => props.onCommit(checked)));
        }}
      />
      <label htmlFor={id}>{props.label}</label>
      <FieldError id={`${id}-error`} error={error} />
    </div>
  );
}

export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="panel-section">
      <h3>{title}</h3>
      {children}
    </section>
  );
}
