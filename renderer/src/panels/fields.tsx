import { useEffect, useId, useState, type ReactNode } from 'react';
import type { CommandResult } from '../../../shared/commands/apply';
import { useEditor } from '../store/editor';

type Commit = (value: string) => CommandResult;

/** The first issue's message in the user's language, when a commit was refused. */
function refusal(r: CommandResult, lang: 'sv' | 'en'): string | null {
  return r.ok ? null : (r.issues[0]?.message[lang] ?? '');
}

/**
 * A text field that commits on Enter or when it loses focus. A refused value stays in
 * the field with the reason beside it; the map never holds it.
 */
export function TextField(props: { label: string; value: string; onCommit: Commit; multiline?: boolean; hint?: string; placeholder?: string }) {
  const lang = useEditor((s) => s.lang);
  const id = useId();
  const [draft, setDraft] = useState(props.value);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setDraft(props.value);
    setError(null);
  }, [props.value]);
  const commit = () => {
    if (draft === props.value) return setError(null);
    setError(refusal(props.onCommit(draft), lang));
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
      {error ? (
        <small id={`${id}-error`} className="error" role="alert">
          {error}
        </small>
      ) : null}
    </div>
  );
}

/** A date field: `YYYY-MM-DD` or empty for "open". */
export function DateField(props: { label: string; value: string | null; onCommit: (value: string | null) => CommandResult }) {
  return <TextField label={props.label} value={props.value ?? ''} placeholder="ÅÅÅÅ-MM-DD" onCommit={(v) => props.onCommit(v.trim() === '' ? null : v.trim())} />;
}

/** A choice from a list; commits at once. */
export function SelectField<T extends string>(props: { label: string; value: T; options: readonly { value: T; label: string }[]; onCommit: (value: T) => CommandResult }) {
  const lang = useEditor((s) => s.lang);
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className={`field ${error ? 'has-error' : ''}`}>
      <label htmlFor={id}>{props.label}</label>
      <select id={id} value={props.value} onChange={(e) => setError(refusal(props.onCommit(e.target.value as T), lang))}>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {error ? (
        <small className="error" role="alert">
          {error}
        </small>
      ) : null}
    </div>
  );
}

export function CheckField(props: { label: string; value: boolean; onCommit: (value: boolean) => CommandResult }) {
  const id = useId();
  return (
    <div className="field field-check">
      <input id={id} type="checkbox" checked={props.value} onChange={(e) => props.onCommit(e.target.checked)} />
      <label htmlFor={id}>{props.label}</label>
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
