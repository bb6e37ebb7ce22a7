import type { ReactElement, ReactNode } from 'react';
import { cloneElement } from 'react';
import type { Text } from '../../../shared/i18n/text';

/**
 * A label, its control and the reason it was refused beside it (tied with aria-describedby
 * and aria-invalid, as the panels' fields do).
 */
export function FormField({ id, label, error, lang, children, after }: { id: string; label: string; error: Text | undefined; lang: 'sv' | 'en'; children: ReactElement<Record<string, unknown>>; after?: ReactNode }) {
  const control = cloneElement(children, { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': error ? `${id}-error` : undefined });
  return (
    <span className={`audit-field ${error ? 'has-error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {after ? (
        <span className="date-input">
          {control}
          {after}
        </span>
      ) : (
        control
      )}
      {error ? (
        <small id={`${id}-error`} className="error" role="alert">
          {error[lang]}
        </small>
      ) : null}
    </span>
  );
}
