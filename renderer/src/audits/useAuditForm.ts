import { useState, type FormEvent, type KeyboardEvent } from 'react';
import type { FieldErrors } from './fieldErrors';

/**
 * The state and handlers the answer and action forms share: the values being typed, the
 * reasons a refused value got (shown beside its field), submit and Escape. A form for adding
 * (`resetAfterAdd`) empties itself once a value is taken; a form for changing keeps it.
 */
export function useAuditForm<V>(options: {
  initial: V;
  onSubmit: (values: V) => { ok: boolean; errors: FieldErrors };
  onCancel?: () => void;
  resetAfterAdd: boolean;
}) {
  const [values, setValues] = useState<V>(options.initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const set = (changes: Partial<V>) => setValues((old) => ({ ...old, ...changes }));
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const r = options.onSubmit(values);
    setErrors(r.errors);
    if (r.ok && options.resetAfterAdd) setValues(options.initial);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && options.onCancel) options.onCancel();
  };
  return { values, errors, set, formProps: { onSubmit, onKeyDown } };
}
