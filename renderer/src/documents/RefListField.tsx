import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommandResult } from '../../../shared/commands/apply';

export interface Choice {
  readonly value: string;
  readonly label: string;
}

/**
 * A list of references (parties, signatories, what a document governs): the chosen ones
 * with a remove button each, and a list to add one more. Shorter than a checkbox per body
 * on a map of a hundred bodies; each change is one command.
 */
export function RefListField(props: { label: string; value: readonly string[]; choices: readonly Choice[]; onCommit: (value: string[]) => CommandResult }) {
  const { t } = useTranslation();
  const id = useId();
  const byValue = new Map(props.choices.map((c) => [c.value, c.label]));
  const left = props.choices.filter((c) => !props.value.includes(c.value));
  return (
    <fieldset className="doc-reflist">
      <legend>{props.label}</legend>
      {props.value.length === 0 ? <p className="muted doc-reflist-none">{t('docPanel.nothingChosen')}</p> : null}
      <ul>
        {props.value.map((v) => (
          <li key={v}>
            <span>{byValue.get(v) ?? v}</span>
            <button type="button" className="link" aria-label={t('docPanel.removeItem', { name: byValue.get(v) ?? v })} onClick={() => props.onCommit(props.value.filter((x) => x !== v))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      {left.length > 0 ? (
        <select
          id={id}
          aria-label={`${props.label}: ${t('docPanel.addTo')}`}
          value=""
          onChange={(e) => {
            if (e.target.value !== '') props.onCommit([...props.value, e.target.value]);
          }}
        >
          <option value="">{t('docPanel.addTo')}</option>
          {left.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      ) : null}
    </fieldset>
  );
}
