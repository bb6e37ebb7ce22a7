import { emptyModel } from '../shared/model/empty';
import { collectionOf } from '../shared/model/records';
import type { ActionId, AnswerId, AssignmentId, AuditId, BodyId, CommentId, CoordinationId, DocumentId, FundingLineId, InitiativeId, MemberId, MembershipId, RecommendationId, ReportingLineId, TaskId, ViewId } from '../shared/model/ids';
import type { Action, Answer, Assignment, Audit, Body, Comment, CommentTarget, Coordination, FundingLine, GoverningDocument, Initiative, MandatModel, Member, Membership, Recommendation, ReportingLine, SavedView, Task } from '../shared/model/types';

/** A saved view of the whole map at 2024-01-01, every filter on; override what the test is about. */
export function makeView(id: string, over: Partial<SavedView> = {}): SavedView {
  return {
    id: id as ViewId,
    name: `View ${id}`,
    asOf: '2024-01-01',
    viewport: { x: 0, y: 0, zoom: 1 },
    focus: null,
    filters: { levels: ['political', 'administrative', 'operative', 'external'], kind: 'all', showFunding: true, showDecidedBy: true },
    order: 0,
    ...over,
  };
}

/** A body with every field filled sensibly; override what the test is about. */
export function makeBody(id: string, over: Partial<Body> = {}): Body {
  return {
    id: id as BodyId,
    name: `Body ${id}`,
    shortName: id.toUpperCase(),
    kind: 'working_group',
    level: 'administrative',
    accountable: false,
    partOf: null,
    mandate: { text: `Mandate of ${id}`, decidedBy: null, decisionRef: `KS 2020-01-01 § 1`, requiredMembers: [] },
    meets: '',
    validFrom: null,
    validTo: null,
    formerNames: [],
    position: null,
    notes: '',
    ...over,
  };
}

export function makeAccountable(id: string, over: Partial<Body> = {}): Body {
  return makeBody(id, { kind: 'executive_board', level: 'political', accountable: true, ...over });
}

export function makeMember(id: string, over: Partial<Member> = {}): Member {
  return { id: id as MemberId, name: `Member ${id}`, title: '', organisation: '', kind: 'position', notes: '', ...over };
}

export function makeMembership(member: string, body: string, over: Partial<Membership> = {}): Membership {
  return {
    id: `ms-${member}-${body}` as MembershipId,
    member: member as MemberId,
    body: body as BodyId,
    role: 'member',
    validFrom: null,
    validTo: null,
    ...over,
  };
}

export function makeLine(from: string, to: string, over: Partial<ReportingLine> = {}): ReportingLine {
  return {
    id: `line-${from}-${to}` as ReportingLineId,
    from: from as BodyId,
    to: to as BodyId,
    kind: 'reports_to',
    frequency: '2 gånger per år',
    form: 'skriftlig rapport',
    documented: 'yes',
    primary: false,
    validFrom: null,
    validTo: null,
    notes: '',
    ...over,
  };
}

export function makeInitiative(id: string, over: Partial<Initiative> = {}): Initiative {
  return {
    id: id as InitiativeId,
    name: `Initiative ${id}`,
    responsible: null,
    executors: [],
    targets: 'Target 1',
    validFrom: null,
    validTo: null,
    notes: '',
    ...over,
  };
}

export function makeFunding(funder: string, receiver: string, over: Partial<FundingLine> = {}): FundingLine {
  return {
    id: `fund-${funder}-${receiver}-${over.year ?? 2022}` as FundingLineId,
    funder: funder as BodyId,
    receiver: receiver as BodyId,
    initiative: null,
    year: 2022,
    amountSek: 1_000_000,
    source: 'Kommunstyrelsens centrala medel',
    notes: '',
    ...over,
  };
}

/** A comment on the map by Anna; `on` says what about (`body('ks')`, `line('l1')`). */
export function makeComment(id: string, over: Partial<Comment> = {}): Comment {
  return {
    id: id as CommentId,
    target: { kind: 'map' },
    replyTo: null,
    author: 'Anna Strateg',
    at: '2024-05-02T14:30:00+02:00',
    text: `Comment ${id}`,
    resolved: false,
    ...over,
  };
}

export const onBody = (id: string): CommentTarget => ({ kind: 'body', id: id as BodyId });
export const onLine = (id: string): CommentTarget => ({ kind: 'line', id: id as ReportingLineId });

/** A governing document with every field empty but its title; override what the test is about. */
export function makeDocument(id: string, over: Partial<GoverningDocument> = {}): GoverningDocument {
  return {
    id: id as DocumentId,
    title: `Document ${id}`,
    kind: 'other',
    decidedBy: null,
    decisionRef: '',
    decidedOn: null,
    validFrom: null,
    validTo: null,
    reviewBy: null,
    parties: [],
    signatories: [],
    parent: null,
    replaces: null,
    governsBodies: [],
    governsInitiatives: [],
    governsLines: [],
    areas: [],
    link: '',
    notes: '',
    position: null,
    ...over,
  };
}

export function makeCoordination(id: string, over: Partial<Coordination> = {}): Coordination {
  return { id: id as CoordinationId, body: null, member: null, validFrom: null, validTo: null, notes: '', ...over };
}

/** A task of the organisation as a whole; override what the test is about. */
export function makeTask(id: string, over: Partial<Task> = {}): Task {
  return { id: id as TaskId, name: `Task ${id}`, description: '', initiative: null, document: null, body: null, validFrom: null, validTo: null, libraryKey: '', notes: '', ...over };
}

/** An assignment of `role` on `task` to the body `body`, always valid; override what the test is about. */
export function makeAssignment(task: string, body: string, role: Assignment['role'], over: Partial<Assignment> = {}): Assignment {
  return { id: `raci-${task}-${body}-${role}` as AssignmentId, task: task as TaskId, body: body as BodyId, member: null, role, validFrom: null, validTo: null, source: '', ...over };
}

/** An audit dated 2023-02-21 with its title; override what the test is about. */
export function makeAudit(id: string, over: Partial<Audit> = {}): Audit {
  return { id: id as AuditId, title: `Audit ${id}`, auditor: '', forWhom: '', date: '2023-02-21', scope: '', link: '', notes: '', ...over };
}

export function makeRecommendation(id: string, audit: string, over: Partial<Recommendation> = {}): Recommendation {
  return {
    id: id as RecommendationId,
    audit: audit as AuditId,
    text: `Recommendation ${id}`,
    addressedTo: null,
    concernsBodies: [],
    concernsLines: [],
    concernsInitiatives: [],
    concernsDocuments: [],
    findingKeys: [],
    notes: '',
    ...over,
  };
}

export function makeAnswer(id: string, recommendation: string, over: Partial<Answer> = {}): Answer {
  return { id: id as AnswerId, recommendation: recommendation as RecommendationId, by: null, date: null, stance: 'agrees', text: '', decisionRef: '', notes: '', ...over };
}

export function makeAction(id: string, recommendation: string, over: Partial<Action> = {}): Action {
  return { id: id as ActionId, recommendation: recommendation as RecommendationId, text: `Action ${id}`, owner: null, due: null, statusHistory: [], evidence: '', notes: '', ...over };
}

type Parts = {
  bodies?: Body[];
  members?: Member[];
  memberships?: Membership[];
  lines?: ReportingLine[];
  initiatives?: Initiative[];
  funding?: FundingLine[];
  comments?: Comment[];
  documents?: GoverningDocument[];
  coordination?: Coordination[];
  tasks?: Task[];
  assignments?: Assignment[];
  audits?: Audit[];
  recommendations?: Recommendation[];
  answers?: Answer[];
  actions?: Action[];
  views?: SavedView[];
};

const byId = <T extends { id: string }>(items: readonly T[] = []): ReadonlyMap<string, T> => collectionOf(items);

/** A model from lists of elements. */
export function makeModel(parts: Parts = {}, base: MandatModel = emptyModel({ name: 'Test' })): MandatModel {
  return {
    ...base,
    bodies: byId(parts.bodies),
    members: byId(parts.members),
    memberships: byId(parts.memberships),
    reportingLines: byId(parts.lines),
    initiatives: byId(parts.initiatives),
    fundingLines: byId(parts.funding),
    comments: byId(parts.comments),
    documents: byId(parts.documents),
    coordination: byId(parts.coordination),
    tasks: byId(parts.tasks),
    assignments: byId(parts.assignments),
    audits: byId(parts.audits),
    recommendations: byId(parts.recommendations),
    answers: byId(parts.answers),
    actions: byId(parts.actions),
    views: byId(parts.views),
  };
}

/** Members m1..mN and their memberships in `body`. */
export function seat(body: string, memberIds: string[], over: Partial<Membership> = {}): Membership[] {
  return memberIds.map((m) => makeMembership(m, body, over));
}

export function members(...ids: string[]): Member[] {
  return ids.map((id) => makeMember(id));
}
