import type { Action, Answer, StatusChange } from '../../../shared/model/types';
import type { ActionStatus, AnswerStance } from '../../../shared/model/vocabulary';

/** What the answer form holds: the text of each field, as typed. */
export interface AnswerValues {
  readonly stance: AnswerStance;
  readonly date: string;
  readonly text: string;
  readonly decisionRef: string;
}

export const ANSWER_FORM_FIELDS = ['stance', 'date', 'text', 'decisionRef'] as const;

/** What the action form holds: the text of each field, as typed, and the status on the date viewed. */
export interface ActionValues {
  readonly text: string;
  readonly status: ActionStatus;
  readonly due: string;
  readonly evidence: string;
}

/** The fields a refusal can name; a status change is written into `statusHistory`. */
export const ACTION_FORM_FIELDS = ['text', 'statusHistory', 'due', 'evidence'] as const;

/** A date field's text: empty is no date; anything else goes to the map, which says if it is not one. */
const dateOf = (v: string): string | null => (v.trim() === '' ? null : v.trim());

export function answerValues(a: Answer): AnswerValues {
  return { stance: a.stance, date: a.date ?? '', text: a.text, decisionRef: a.decisionRef };
}

/** What the answer form changes of an answer: only the fields that differ. */
export function answerChanges(a: Answer, v: AnswerValues): Partial<Answer> {
  const next = { stance: v.stance, date: dateOf(v.date), text: v.text.trim(), decisionRef: v.decisionRef.trim() };
  return Object.fromEntries(Object.entries(next).filter(([k, value]) => a[k as keyof Answer] !== value)) as Partial<Answer>;
}

export function actionValues(a: Action, status: ActionStatus): ActionValues {
  return { text: a.text, status, due: a.due ?? '', evidence: a.evidence };
}

/**
 * The status history after the status was set to `status` on `asOf`: unchanged when it already
 * was that status then; otherwise a change dated `asOf` (replacing one made on that same day),
 * so the history still says what the status was before.
 */
export function withStatusOn(history: readonly StatusChange[], current: ActionStatus, status: ActionStatus, asOf: string): StatusChange[] {
  if (status === current) return [...history];
  return [...history.filter((c) => c.date !== asOf), { status, date: asOf }];
}

/** What the action form changes of an action (its status as seen on `asOf`): only the fields that differ. */
export function actionChanges(a: Action, current: ActionStatus, v: ActionValues, asOf: string): Partial<Action> {
  const out: Record<string, unknown> = {};
  if (v.text.trim() !== a.text) out.text = v.text.trim();
  if (dateOf(v.due) !== a.due) out.due = dateOf(v.due);
  if (v.evidence.trim() !== a.evidence) out.evidence = v.evidence.trim();
  if (v.status !== current) out.statusHistory = withStatusOn(a.statusHistory, current, v.status, asOf);
  return out as Partial<Action>;
}
