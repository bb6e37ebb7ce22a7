import type { Action, Answer, Audit, IsoDate, MandatModel, Recommendation } from '../model/types';
import type { ActionStatus } from '../model/vocabulary';

const byDateThenId = (a: { date: IsoDate | null; id: string }, b: { date: IsoDate | null; id: string }): number =>
  (a.date ?? '') < (b.date ?? '') ? -1 : (a.date ?? '') > (b.date ?? '') ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/** An audit counts from its report's date; one without a date counts always (nothing better is known). */
export function auditKnownOn(audit: Audit, asOf: IsoDate): boolean {
  return audit.date === null || audit.date <= asOf;
}

/**
 * An action's status on a date: the last change on or before it; open before the first. A change
 * whose day is not known counts from the start, before every dated one (in the list's order).
 */
export function statusOn(action: Action, asOf: IsoDate): ActionStatus {
  let status: ActionStatus = 'open';
  let at = '';
  for (const change of action.statusHistory) if (change.date === null && at === '') status = change.status;
  for (const change of action.statusHistory)
    if (change.date !== null && change.date <= asOf && change.date >= at) [status, at] = [change.status, change.date];
  return status;
}

/** Whether the action had been recorded by the date: a change on or before it, or one undated (one without any always was). */
export function actionKnownOn(action: Action, asOf: IsoDate): boolean {
  return action.statusHistory.length === 0 || action.statusHistory.some((c) => c.date === null || c.date <= asOf);
}

/** Done and dropped actions are closed: nothing more is expected of them. */
export const isClosed = (status: ActionStatus): boolean => status === 'done' || status === 'dropped';

/** The date `days` days after `date`. */
export function addDays(date: IsoDate, days: number): IsoDate {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** One recommendation as it stood on a date: the answers given by then (latest last) and the actions recorded by then. */
export interface RecommendationOnDate {
  readonly recommendation: Recommendation;
  readonly answers: readonly Answer[];
  /** The answer that counts: the latest dated one, else the last undated. */
  readonly answer: Answer | null;
  readonly actions: readonly { readonly action: Action; readonly status: ActionStatus }[];
}

export interface AuditOnDate {
  readonly audit: Audit;
  readonly recommendations: readonly RecommendationOnDate[];
}

/** Answers and actions grouped by recommendation, once per model. */
interface Index {
  readonly answers: ReadonlyMap<string, Answer[]>;
  readonly actions: ReadonlyMap<string, Action[]>;
  readonly recommendations: ReadonlyMap<string, Recommendation[]>;
}

const indexCache = new WeakMap<MandatModel, Index>();

function indexOf(model: MandatModel): Index {
  let index = indexCache.get(model);
  if (index) return index;
  const group = <T extends { id: string }>(items: Iterable<T>, key: (x: T) => string): Map<string, T[]> => {
    const out = new Map<string, T[]>();
    for (const x of items) {
      const list = out.get(key(x));
      if (list) list.push(x);
      else out.set(key(x), [x]);
    }
    for (const list of out.values()) list.sort((a, b) => (a.id < b.id ? -1 : 1));
    return out;
  };
  index = {
    answers: group(model.answers.values(), (a) => a.recommendation),
    actions: group(model.actions.values(), (a) => a.recommendation),
    recommendations: group(model.recommendations.values(), (r) => r.audit),
  };
  indexCache.set(model, index);
  return index;
}

/** A recommendation on a date: answers given by then (undated ones count as given) and actions recorded by then. */
export function recommendationOn(model: MandatModel, recommendation: Recommendation, asOf: IsoDate): RecommendationOnDate {
  const index = indexOf(model);
  const answers = (index.answers.get(recommendation.id) ?? []).filter((a) => a.date === null || a.date <= asOf);
  const dated = answers.filter((a) => a.date !== null).sort(byDateThenId);
  const answer = dated[dated.length - 1] ?? answers[answers.length - 1] ?? null;
  const actions = (index.actions.get(recommendation.id) ?? []).filter((a) => actionKnownOn(a, asOf)).map((action) => ({ action, status: statusOn(action, asOf) }));
  return { recommendation, answers: [...dated, ...answers.filter((a) => a.date === null)], answer, actions };
}

/** Every audit known on the date, oldest first, with its recommendations as they stood then. */
export function auditsOn(model: MandatModel, asOf: IsoDate): AuditOnDate[] {
  const index = indexOf(model);
  return [...model.audits.values()]
    .filter((a) => auditKnownOn(a, asOf))
    .sort(byDateThenId)
    .map((audit) => ({ audit, recommendations: (index.recommendations.get(audit.id) ?? []).map((r) => recommendationOn(model, r, asOf)) }));
}

/** The audits after `audit` (by date) known on `asOf`, latest last. */
export function laterAudits(model: MandatModel, audit: Audit, asOf: IsoDate): Audit[] {
  if (audit.date === null) return [];
  const from = audit.date;
  return [...model.audits.values()].filter((a) => a.date !== null && a.date > from && a.date <= asOf).sort(byDateThenId);
}
