import type { CommandResult } from '../../../shared/commands/apply';
import type { Text } from '../../../shared/i18n/text';
import { plainIssue } from '../../../shared/model/plainIssue';
import { dispatch, withRefusalShownByCaller } from '../store/editor';
import type { Command } from '../../../shared/commands/types';

/** Why a form's fields were refused, by field name ('' for what no one field says). */
export type FieldErrors = Readonly<Record<string, Text>>;

/**
 * The field an issue is about: the last part of its path (`changes.date` → `date`,
 * `action.statusHistory[0].date` → `statusHistory`), so each reason stands beside its field.
 */
export function fieldOfPath(path: string, fields: readonly string[]): string {
  const parts = path.split('.').map((p) => p.replace(/\[\d+\]$/, ''));
  for (let i = parts.length - 1; i >= 0; i--) if (fields.includes(parts[i] as string)) return parts[i] as string;
  return '';
}

/** The reasons of a refused command, the first one per field. */
export function errorsOf(result: CommandResult, fields: readonly string[]): FieldErrors {
  if (result.ok) return {};
  const out: Record<string, Text> = {};
  for (const issue of result.issues) {
    const field = fieldOfPath(issue.path, fields);
    out[field] ??= plainIssue(issue);
  }
  return out;
}

/** Dispatches a form's command with the refusal shown by the form itself (no toast repeats it). */
export function submitForm(command: Command, fields: readonly string[]): { ok: boolean; errors: FieldErrors } {
  const r = withRefusalShownByCaller(() => dispatch(command));
  return { ok: r.ok, errors: errorsOf(r, fields) };
}
