/**
 * For each rule, how to turn a map into one on which the rule must stay quiet: the fix
 * the rule's own advice describes, applied to every element it could flag. Typed by
 * `RuleId`, so a new rule without an entry fails the type check (and the synthetic test).
 */
import type { RuleId } from '../../../shared/analysis/types';
import type { BodyId } from '../../../shared/model/ids';
import type { Body, MandatModel, Membership, ReportingLine } from '../../../shared/model/types';
import { PATH_LINE_KINDS } from '../../../shared/model/vocabulary';
import { isValidOn } from '../../../shared/time/isoDate';
import { makeAnswer, makeAssignment, makeLine, makeMember, makeMembership } from '../../factories';
import { QUIETEN_DOCUMENTS } from './quietDocuments';

type Quieten = (model: MandatModel, asOf: string) => MandatModel;

/** A collection with `change` applied to each element (null drops it). */
function each<T extends { readonly id: string }>(items: ReadonlyMap<string, T>, change: (item: T) => T | null): Map<string, T> {
  const out = new Map<string, T>();
  for (const item of items.values()) {
    const changed = change(item);
    if (changed) out.set(changed.id, changed);
  }
  return out;
}

/** Lines added to a map, under ids of their own. */
function withLines(model: MandatModel, lines: readonly ReportingLine[]): MandatModel {
  const all = new Map(model.reportingLines);
  lines.forEach((l, i) => all.set(`quiet-line-${i}`, { ...l, id: `quiet-line-${i}` as ReportingLine['id'] }));
  return { ...model, reportingLines: all };
}

/** An accountable body that exists on the date: where the added lines lead. */
function accountableOn(model: MandatModel, asOf: string): Body {
  const top = [...model.bodies.values()].find((b) => b.accountable && isValidOn(b, asOf));
  if (!top) throw new Error('the map has no accountable body on the date');
  return top;
}

/** Each member keeps its first seat only, so no two bodies share anyone and no one sits in two bodies. */
const oneSeatEach: Quieten = (model) => {
  const seated = new Set<string>();
  return {
    ...model,
    memberships: each(model.memberships, (m) => {
      if (seated.has(m.member)) return null;
      seated.add(m.member);
      return m;
    }),
  };
};

/** Every body gets a person of its own in `role`, for the whole time. */
function newPersonEach(role: Membership['role']): Quieten {
  return (model) => {
    const members = new Map(model.members);
    const memberships = new Map(model.memberships);
    for (const b of model.bodies.values()) {
      const person = makeMember(`quiet-${b.id}`);
      members.set(person.id, person);
      const seat = makeMembership(person.id, b.id, { role });
      memberships.set(seat.id, seat);
    }
    return { ...model, members, memberships };
  };
}

export const QUIETEN: Readonly<Record<RuleId, Quieten>> = {
  overlap: oneSeatEach,
  'overloaded-member': oneSeatEach,
  'missing-report-path': (model, asOf) => {
    const top = accountableOn(model, asOf);
    return withLines(
      model,
      [...model.bodies.values()].filter((b) => b.id !== top.id).map((b) => makeLine(b.id, top.id)),
    );
  },
  'undocumented-report': (model) => ({ ...model, reportingLines: each(model.reportingLines, (l) => ({ ...l, documented: 'yes' })) }),
  'report-frequency-missing': (model) => ({ ...model, reportingLines: each(model.reportingLines, (l) => ({ ...l, frequency: 'varje månad' })) }),
  // The lines to a body that does not exist on the date end with it.
  'report-to-dissolved': (model, asOf) => ({
    ...model,
    reportingLines: each(model.reportingLines, (l) => {
      const to = model.bodies.get(l.to);
      return to && !isValidOn(to, asOf) ? null : l;
    }),
  }),
  // Reporting that runs back becomes information ("informs"), which is no accountability edge.
  'reporting-cycle': (model) => ({ ...model, reportingLines: each(model.reportingLines, (l) => (PATH_LINE_KINDS.has(l.kind) ? { ...l, kind: 'informs' } : l)) }),
  'several-masters': (model) => ({ ...model, reportingLines: each(model.reportingLines, (l) => ({ ...l, primary: true })) }),
  'missing-mandate': (model, asOf) => {
    const top = accountableOn(model, asOf);
    return {
      ...model,
      bodies: each(model.bodies, (b) => ({
        ...b,
        mandate: { ...b.mandate, text: 'Uppdrag', decisionRef: 'KS 2020-01-01 § 1', decidedBy: b.id === top.id ? b.mandate.decidedBy : top.id },
      })),
    };
  },
  'composition-mismatch': (model) => ({ ...model, bodies: each(model.bodies, (b) => ({ ...b, mandate: { ...b.mandate, requiredMembers: [] } })) }),
  'same-people-both-sides': oneSeatEach,
  // Whoever receives or carries out funded work reports to the funder.
  'funding-without-report': (model) => {
    const lines: ReportingLine[] = [];
    for (const f of model.fundingLines.values()) {
      const executors = f.initiative ? (model.initiatives.get(f.initiative)?.executors ?? []) : [];
      for (const body of [f.receiver, ...executors] as BodyId[]) if (body !== f.funder) lines.push(makeLine(body, f.funder));
    }
    return withLines(model, lines);
  },
  'initiative-without-targets': (model) => ({ ...model, initiatives: each(model.initiatives, (i) => ({ ...i, targets: 'Färre anmälda brott' })) }),
  'empty-body': newPersonEach('member'),
  'no-chair': newPersonEach('chair'),
  ...QUIETEN_DOCUMENTS,
  // Every task: one A, the accountable body; an R that is that body too.
  'task-accountable': (model, asOf) => withOneAccountable(model, asOf),
  'task-without-responsible': (model, asOf) => {
    const top = accountableOn(model, asOf);
    const assignments = new Map(model.assignments);
    for (const t of model.tasks.values()) assignments.set(`quiet-r-${t.id}`, makeAssignment(t.id, top.id, 'R', { id: `quiet-r-${t.id}` as never }));
    return { ...model, assignments };
  },
  'accountable-without-mandate': (model, asOf) => withOneAccountable(model, asOf),
  // Every body that carries a task out reports to the one that answers for it.
  'responsible-not-reaching-accountable': (model) => {
    const lines: ReportingLine[] = [];
    for (const r of model.assignments.values()) {
      if (r.role !== 'R' || r.body === null) continue;
      for (const a of model.assignments.values()) if (a.task === r.task && a.role === 'A' && a.body !== null && a.body !== r.body) lines.push(makeLine(r.body, a.body));
    }
    return withLines(model, lines);
  },
  // Every funder is informed of every task of what it funds.
  'funder-not-on-follow-up': (model) => {
    const assignments = new Map(model.assignments);
    for (const f of model.fundingLines.values())
      for (const t of model.tasks.values())
        if (t.initiative !== null && t.initiative === f.initiative) {
          const id = `quiet-i-${t.id}-${f.funder}`;
          assignments.set(id, makeAssignment(t.id, f.funder, 'I', { id: id as never }));
        }
    return { ...model, assignments };
  },
  'accountable-bottleneck': (model) => ({ ...model, settings: { ...model.settings, accountableTaskThreshold: 1000 } }),
  'assignment-to-absent-body': (model, asOf) => ({
    ...model,
    assignments: each(model.assignments, (a) => {
      const body = a.body === null ? undefined : model.bodies.get(a.body);
      return body && !isValidOn(body, asOf) ? null : a;
    }),
  }),
  // Audits: every recommendation answered (disagreeing, so no action is owed), no action due or owned, no finding keys.
  'recommendation-unanswered': quietAudits,
  'action-overdue': quietAudits,
  'agreed-without-action': quietAudits,
  'action-owner-missing': quietAudits,
  'repeat-finding': quietAudits,
};

/** Each task's A assignments replaced by one: the accountable body on the date. */
function withOneAccountable(model: MandatModel, asOf: string): MandatModel {
  const top = accountableOn(model, asOf);
  const assignments = each(model.assignments, (a) => (a.role === 'A' ? null : a));
  for (const t of model.tasks.values()) assignments.set(`quiet-a-${t.id}`, makeAssignment(t.id, top.id, 'A', { id: `quiet-a-${t.id}` as never }));
  return { ...model, assignments };
}

/** Each recommendation answered "does not agree" and tied to no finding; each action without a due date or an owner. */
function quietAudits(model: MandatModel): MandatModel {
  const answers = new Map(model.answers);
  for (const r of model.recommendations.values()) {
    const a = makeAnswer(`quiet-answer-${r.id}`, r.id, { stance: 'does_not_agree', date: '1900-01-01' });
    answers.set(a.id, a);
  }
  return {
    ...model,
    answers: each(answers, (a) => ({ ...a, stance: 'does_not_agree' })),
    recommendations: each(model.recommendations, (r) => ({ ...r, findingKeys: [] })),
    actions: each(model.actions, (a) => ({ ...a, due: null, owner: null })),
  };
}
