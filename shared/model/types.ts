import type {
  AcknowledgementId,
  BodyId,
  CommentId,
  CoordinationId,
  AuditId,
  RecommendationId,
  AnswerId,
  ActionId,
  ViewId,
  DocumentId,
  FundingLineId,
  InitiativeId,
  MemberId,
  MembershipId,
  ReportingLineId,
  AssignmentId,
  TaskId,
} from './ids';
import type { ActionStatus, AnswerStance, BodyKind, Documented, DocumentKind, Language, Level, LineKind, MemberKind, RaciRole, Role } from './vocabulary';

/** A calendar date as `YYYY-MM-DD`; validity ranges include both ends. */
export type IsoDate = string;

/** A span of time in which an element exists; `null` means open-ended. */
export interface Validity {
  readonly validFrom: IsoDate | null;
  readonly validTo: IsoDate | null;
}

export interface Mandate {
  /** What the body is for, as decided. */
  readonly text: string;
  /** The body that decided the mandate. */
  readonly decidedBy: BodyId | null;
  /** The decision reference exactly as written, e.g. `KS 2018-11-06 § 224`. */
  readonly decisionRef: string;
  /** Titles (e.g. `Lokalpolisområdeschef`) or member ids the mandate requires. */
  readonly requiredMembers: readonly string[];
}

/** Where a body stands on the canvas (layout only; no check reads it). */
export interface Position {
  readonly x: number;
  readonly y: number;
}

/** A name the body had until (and including) `validTo`. */
export interface FormerName {
  readonly name: string;
  readonly shortName: string;
  readonly validTo: IsoDate;
}

export interface Body extends Validity {
  readonly id: BodyId;
  readonly name: string;
  readonly shortName: string;
  readonly kind: BodyKind;
  readonly level: Level;
  /** An accountable political body (KF, KS, a committee): the end of every report path. */
  readonly accountable: boolean;
  /** The body this one is a part of, e.g. KSAU of KS. */
  readonly partOf: BodyId | null;
  readonly mandate: Mandate;
  /** How often it meets, in words ("varje vecka", "4 gånger per år"). */
  readonly meets: string;
  /** Free notes with the sources of each fact. */
  readonly notes: string;
  readonly formerNames: readonly FormerName[];
  /** Where it stands on the canvas; null until placed (the editor lays it out). */
  readonly position: Position | null;
}

export interface Member {
  readonly id: MemberId;
  readonly name: string;
  readonly title: string;
  readonly organisation: string;
  readonly kind: MemberKind;
  readonly notes: string;
}

export interface Membership extends Validity {
  readonly id: MembershipId;
  readonly member: MemberId;
  readonly body: BodyId;
  readonly role: Role;
}

export interface ReportingLine extends Validity {
  readonly id: ReportingLineId;
  readonly from: BodyId;
  readonly to: BodyId;
  readonly kind: LineKind;
  /** In words ("löpande", "2 gånger per år"); empty when not known. */
  readonly frequency: string;
  /** In words ("skriftlig rapport", "protokoll", "muntligt"); empty when not known. */
  readonly form: string;
  readonly documented: Documented;
  readonly primary: boolean;
  readonly notes: string;
}

export interface Initiative extends Validity {
  readonly id: InitiativeId;
  readonly name: string;
  readonly responsible: BodyId | null;
  readonly executors: readonly BodyId[];
  /** Targets and indicators in words; empty means there are none. */
  readonly targets: string;
  readonly notes: string;
}

export interface FundingLine {
  readonly id: FundingLineId;
  readonly funder: BodyId;
  readonly receiver: BodyId;
  readonly initiative: InitiativeId | null;
  readonly year: number;
  /** Amount in SEK; `null` where the source gives no amount. */
  readonly amountSek: number | null;
  readonly source: string;
  readonly notes: string;
}

/** A finding that the users decided is intended. */
export interface Acknowledgement {
  readonly id: AcknowledgementId;
  /** The stable key of the finding (see `findingKey`). */
  readonly findingKey: string;
  readonly reason: string;
  readonly by: string;
  /** ISO date-time of the decision. */
  readonly at: string;
}

/** What a comment is about: the whole map, one body or one reporting line. */
export type CommentTarget =
  | { readonly kind: 'map' }
  | { readonly kind: 'body'; readonly id: BodyId }
  | { readonly kind: 'line'; readonly id: ReportingLineId };

/**
 * A remark on the map, a body or a line. A thread is a first comment and its replies
 * (one level: a reply answers the first comment, never another reply).
 */
export interface Comment {
  readonly id: CommentId;
  readonly target: CommentTarget;
  /** The thread's first comment, for a reply; null for a first comment. */
  readonly replyTo: CommentId | null;
  /** The name the writer gave; a name, not a login. */
  readonly author: string;
  /** ISO date-time with the writer's offset, e.g. `2024-05-02T14:30:00+02:00`; '' when not known. */
  readonly at: string;
  /** Non-empty, at most 5,000 characters. */
  readonly text: string;
  /** Whether the thread is settled; meaningful on a thread's first comment only (replies keep false). */
  readonly resolved: boolean;
}

/** A governing document (styrdokument): a plan, agreement, rules or commission, decided by a body, in force for a period. */
export interface GoverningDocument extends Validity {
  readonly id: DocumentId;
  readonly title: string;
  readonly kind: DocumentKind;
  /** The body that decided it; cleared when that body is removed. */
  readonly decidedBy: BodyId | null;
  /** The decision reference exactly as written, e.g. `KS 2023-11-06 § 201`. */
  readonly decisionRef: string;
  readonly decidedOn: IsoDate | null;
  /** When it is to be reviewed or renewed next. */
  readonly reviewBy: IsoDate | null;
  /** The bodies that are parties to it (an agreement's signing organisations). */
  readonly parties: readonly BodyId[];
  /** The members who signed it. */
  readonly signatories: readonly MemberId[];
  /** The document it sits under (a yearly plan under its agreement). */
  readonly parent: DocumentId | null;
  /** The document this one takes the place of (the previous plan); cleared when that document is removed. */
  readonly replaces: DocumentId | null;
  readonly governsBodies: readonly BodyId[];
  readonly governsInitiatives: readonly InitiativeId[];
  readonly governsLines: readonly ReportingLineId[];
  /** The parts of the municipality it covers; empty means the whole municipality. */
  readonly areas: readonly string[];
  /** Where the document is: a URL or a file path, as text. */
  readonly link: string;
  readonly notes: string;
  /** Where its sheet stands on the canvas; null until placed. */
  readonly position: Position | null;
}

/** Who was the municipality's samordningsfunktion over a period: a body or a member (exactly one). */
export interface Coordination extends Validity {
  readonly id: CoordinationId;
  readonly body: BodyId | null;
  readonly member: MemberId | null;
  readonly notes: string;
}

/**
 * A task someone must answer for (take the lägesbild forward, report results to KS). What it
 * concerns is at most one of an initiative, a document or a body; none means the organisation
 * as a whole.
 */
export interface Task extends Validity {
  readonly id: TaskId;
  readonly name: string;
  readonly description: string;
  readonly initiative: InitiativeId | null;
  readonly document: DocumentId | null;
  readonly body: BodyId | null;
  /** The key of the library task it was made from (`report_to_ks`); empty when typed freely. */
  readonly libraryKey: string;
  readonly notes: string;
}

/** A role (R, A, C or I) on a task given to a body or a member (exactly one), for a period. */
export interface Assignment extends Validity {
  readonly id: AssignmentId;
  readonly task: TaskId;
  readonly body: BodyId | null;
  readonly member: MemberId | null;
  readonly role: RaciRole;
  /** Where it is written: a decision, a report's section. */
  readonly source: string;
}

/** An audit (granskning) by the municipality's auditors, with its report's date. */
export interface Audit {
  readonly id: AuditId;
  readonly title: string;
  /** Who carried it out (a firm such as KPMG, or the auditors themselves). */
  readonly auditor: string;
  /** On whose behalf: the municipality's auditors (kommunens revisorer). */
  readonly forWhom: string;
  /** The report's date; the audit counts from that day. */
  readonly date: IsoDate | null;
  readonly scope: string;
  readonly link: string;
  readonly notes: string;
}

/** What an audit recommends, to whom, about which elements, and the checks' findings it corresponds to. */
export interface Recommendation {
  readonly id: RecommendationId;
  readonly audit: AuditId;
  readonly text: string;
  readonly addressedTo: BodyId | null;
  readonly concernsBodies: readonly BodyId[];
  readonly concernsLines: readonly ReportingLineId[];
  readonly concernsInitiatives: readonly InitiativeId[];
  readonly concernsDocuments: readonly DocumentId[];
  /** Keys of findings (`rule:subject`) that say the same as the recommendation. */
  readonly findingKeys: readonly string[];
  readonly notes: string;
}

/** A body's answer (yttrande) to a recommendation. */
export interface Answer {
  readonly id: AnswerId;
  readonly recommendation: RecommendationId;
  readonly by: BodyId | null;
  /** Null when the answer's date is not known; it then counts as given. */
  readonly date: IsoDate | null;
  readonly stance: AnswerStance;
  readonly text: string;
  readonly decisionRef: string;
  readonly notes: string;
}

/** One status of an action: from `date` on (null: since a day not known), the action was `status`. */
export interface StatusChange {
  readonly status: ActionStatus;
  readonly date: IsoDate | null;
}

/** What is done about a recommendation, by whom, by when, and how it went. */
export interface Action {
  readonly id: ActionId;
  readonly recommendation: RecommendationId;
  readonly text: string;
  readonly owner: BodyId | null;
  readonly due: IsoDate | null;
  /** Each change of status with its date; before the first, the action is open. */
  readonly statusHistory: readonly StatusChange[];
  readonly evidence: string;
  readonly notes: string;
}

export interface Settings {
  /** Share of the smaller body's regular members that two bodies must share to overlap. */
  readonly overlapThreshold: number;
  /** Fewest shared regular members for an overlap. */
  readonly overlapMinShared: number;
  /** A member in more bodies than this is overloaded. */
  readonly overloadThreshold: number;
  readonly language: Language;
  /** How many months old a lägesbild may be before it is stale; the law sets no interval, so the map does. */
  readonly situationalPictureMaxAgeMonths: number;
  /** Rule ids and rule groups (law, police, plans, structure) switched off for this map. */
  readonly rulesOff: readonly string[];
  /** A body accountable (A) for more tasks than this on a date is a bottleneck. */
  readonly accountableTaskThreshold: number;
  /** Days after an audit's date within which each recommendation should have an answer. */
  readonly answerDueDays: number;
}

export interface MapMeta {
  readonly name: string;
  readonly author: string;
  readonly description: string;
}

/**
 * The plain model: everything a map is, as immutable data. Each collection is a map
 * from id to element, in insertion order (maps, not objects: walking 120,000
 * memberships in a Map takes under a millisecond, in an object some 50 ms).
 */
export interface MandatModel {
  readonly meta: MapMeta;
  readonly settings: Settings;
  readonly bodies: ReadonlyMap<string, Body>;
  readonly members: ReadonlyMap<string, Member>;
  readonly memberships: ReadonlyMap<string, Membership>;
  readonly reportingLines: ReadonlyMap<string, ReportingLine>;
  readonly initiatives: ReadonlyMap<string, Initiative>;
  readonly fundingLines: ReadonlyMap<string, FundingLine>;
  readonly acknowledgements: ReadonlyMap<string, Acknowledgement>;
  readonly comments: ReadonlyMap<string, Comment>;
  readonly documents: ReadonlyMap<string, GoverningDocument>;
  readonly coordination: ReadonlyMap<string, Coordination>;
  readonly tasks: ReadonlyMap<string, Task>;
  readonly assignments: ReadonlyMap<string, Assignment>;
  readonly audits: ReadonlyMap<string, Audit>;
  readonly recommendations: ReadonlyMap<string, Recommendation>;
  readonly answers: ReadonlyMap<string, Answer>;
  readonly actions: ReadonlyMap<string, Action>;
  readonly views: ReadonlyMap<string, SavedView>;
}

/** A view's filters: the canvas's filter bar when the view was saved. */
export interface ViewFilters {
  readonly levels: readonly Level[];
  readonly kind: BodyKind | 'all';
  readonly showFunding: boolean;
  readonly showDecidedBy: boolean;
}

/** A saved view, one step of a presentation: a date, where the canvas looks (centre and zoom), a focus body, filters. */
export interface SavedView {
  readonly id: ViewId;
  readonly name: string;
  readonly asOf: string;
  readonly viewport: { readonly x: number; readonly y: number; readonly zoom: number };
  readonly focus: BodyId | null;
  readonly filters: ViewFilters;
  readonly order: number;
}

export type CollectionName =
  | 'bodies'
  | 'members'
  | 'memberships'
  | 'reportingLines'
  | 'initiatives'
  | 'fundingLines'
  | 'acknowledgements'
  | 'documents'
  | 'coordination'
  | 'tasks'
  | 'assignments'
  | 'audits'
  | 'recommendations'
  | 'answers'
  | 'actions'
  | 'comments'
  | 'views';

export const COLLECTIONS: readonly CollectionName[] = [
  'bodies',
  'members',
  'memberships',
  'reportingLines',
  'initiatives',
  'fundingLines',
  'acknowledgements',
  // Before the comments: theirs are the last references (they point at lines the others may drop).
  'documents',
  'coordination',
  'tasks',
  'assignments',
  // Audits after documents (recommendations name them); answers and actions after recommendations.
  'audits',
  'recommendations',
  'answers',
  'actions',
  'comments',
  // Last: a view names a body and nothing names a view.
  'views',
];

/** The entity type stored in each collection. */
export interface CollectionEntity {
  bodies: Body;
  members: Member;
  memberships: Membership;
  reportingLines: ReportingLine;
  initiatives: Initiative;
  fundingLines: FundingLine;
  acknowledgements: Acknowledgement;
  comments: Comment;
  documents: GoverningDocument;
  coordination: Coordination;
  tasks: Task;
  assignments: Assignment;
  audits: Audit;
  recommendations: Recommendation;
  answers: Answer;
  actions: Action;
  views: SavedView;
}
