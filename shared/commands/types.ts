import type {
  ActionId,
  ViewId,
  AnswerId,
  AuditId,
  RecommendationId,
  AcknowledgementId,
  BodyId,
  CommentId,
  AssignmentId,
  CoordinationId,
  DocumentId,
  TaskId,
  FundingLineId,
  InitiativeId,
  MemberId,
  MembershipId,
  ReportingLineId,
} from '../model/ids';
import type {
  Action,
  SavedView,
  Answer,
  Audit,
  Recommendation,
  Acknowledgement,
  Body,
  Comment,
  Assignment,
  Coordination,
  FundingLine,
  Task,
  GoverningDocument,
  Initiative,
  MapMeta,
  Mandate,
  Member,
  Membership,
  ReportingLine,
  Settings,
} from '../model/types';

/** A new element: the id may be left out (one is made), other fields take defaults. */
type New<T extends { id: string }, Required extends keyof T> = Partial<Omit<T, 'id'>> & Pick<T, Required> & { id?: T['id'] };
/** A change to an element: any fields but the id. */
type Changes<T> = Partial<Omit<T, 'id'>>;

export type NewBody = New<Body, 'name'> & { mandate?: Partial<Mandate> };
export type BodyChanges = Changes<Omit<Body, 'mandate'>> & { mandate?: Partial<Mandate> };
export type NewMember = New<Member, 'name'>;
export type NewMembership = New<Membership, 'member' | 'body'>;
export type NewReportingLine = New<ReportingLine, 'from' | 'to'>;
export type NewInitiative = New<Initiative, 'name'>;
export type NewFundingLine = New<FundingLine, 'funder' | 'receiver' | 'year'>;
export type NewAcknowledgement = New<Acknowledgement, 'findingKey' | 'reason'>;
export type NewDocument = New<GoverningDocument, 'title'>;
export type NewCoordination = New<Coordination, never>;
export type NewTask = New<Task, 'name'>;
export type NewAssignment = New<Assignment, 'task' | 'role'>;
export type NewAudit = New<Audit, 'title'>;
export type NewRecommendation = New<Recommendation, 'audit' | 'text'>;
export type NewAnswer = New<Answer, 'recommendation'>;
export type NewAction = New<Action, 'recommendation' | 'text'>;
/** A new saved view: viewport and filters may be given in part (the rest take defaults). */
export type NewView = Partial<Omit<SavedView, 'id' | 'viewport' | 'filters'>> &
  Pick<SavedView, 'name' | 'asOf'> & { id?: ViewId; viewport?: Partial<SavedView['viewport']>; filters?: Partial<SavedView['filters']> };
/** A new comment: `at` defaults to now; a reply (`replyTo`) takes its thread's target when none is given. */
export type NewComment = New<Comment, 'text' | 'author'>;

/**
 * Every edit of a map is one of these. One command is one transaction and one
 * undo step; `batch` makes several commands one step (paste, duplicate, import).
 */
export type Command =
  | { readonly type: 'updateMeta'; readonly changes: Partial<MapMeta> }
  | { readonly type: 'updateSettings'; readonly changes: Partial<Settings> }
  | { readonly type: 'addBody'; readonly body: NewBody }
  | { readonly type: 'updateBody'; readonly id: BodyId; readonly changes: BodyChanges }
  | { readonly type: 'removeBody'; readonly id: BodyId }
  | { readonly type: 'addMember'; readonly member: NewMember }
  | { readonly type: 'updateMember'; readonly id: MemberId; readonly changes: Changes<Member> }
  | { readonly type: 'removeMember'; readonly id: MemberId }
  | { readonly type: 'addMembership'; readonly membership: NewMembership }
  | { readonly type: 'updateMembership'; readonly id: MembershipId; readonly changes: Changes<Membership> }
  | { readonly type: 'removeMembership'; readonly id: MembershipId }
  | { readonly type: 'connectReport'; readonly line: NewReportingLine }
  | { readonly type: 'updateReportingLine'; readonly id: ReportingLineId; readonly changes: Changes<ReportingLine> }
  | { readonly type: 'removeReportingLine'; readonly id: ReportingLineId }
  | { readonly type: 'addInitiative'; readonly initiative: NewInitiative }
  | { readonly type: 'updateInitiative'; readonly id: InitiativeId; readonly changes: Changes<Initiative> }
  | { readonly type: 'removeInitiative'; readonly id: InitiativeId }
  | { readonly type: 'addFunding'; readonly funding: NewFundingLine }
  | { readonly type: 'updateFunding'; readonly id: FundingLineId; readonly changes: Changes<FundingLine> }
  | { readonly type: 'removeFunding'; readonly id: FundingLineId }
  | { readonly type: 'addDocument'; readonly document: NewDocument }
  | { readonly type: 'updateDocument'; readonly id: DocumentId; readonly changes: Changes<GoverningDocument> }
  | { readonly type: 'removeDocument'; readonly id: DocumentId }
  /** Names a body or a member the samordningsfunktion for a period. */
  | { readonly type: 'addCoordination'; readonly coordination: NewCoordination }
  | { readonly type: 'updateCoordination'; readonly id: CoordinationId; readonly changes: Changes<Coordination> }
  | { readonly type: 'removeCoordination'; readonly id: CoordinationId }
  | { readonly type: 'addTask'; readonly task: NewTask }
  | { readonly type: 'updateTask'; readonly id: TaskId; readonly changes: Changes<Task> }
  /** Removes the task and, in the same step, its assignments. */
  | { readonly type: 'removeTask'; readonly id: TaskId }
  /** Gives a body or a member a role (R, A, C or I) on a task. */
  | { readonly type: 'addAssignment'; readonly assignment: NewAssignment }
  | { readonly type: 'updateAssignment'; readonly id: AssignmentId; readonly changes: Changes<Assignment> }
  | { readonly type: 'removeAssignment'; readonly id: AssignmentId }
  | { readonly type: 'addAudit'; readonly audit: NewAudit }
  | { readonly type: 'updateAudit'; readonly id: AuditId; readonly changes: Changes<Audit> }
  /** Removes the audit with its recommendations, their answers and actions. */
  | { readonly type: 'removeAudit'; readonly id: AuditId }
  | { readonly type: 'addRecommendation'; readonly recommendation: NewRecommendation }
  | { readonly type: 'updateRecommendation'; readonly id: RecommendationId; readonly changes: Changes<Recommendation> }
  | { readonly type: 'removeRecommendation'; readonly id: RecommendationId }
  | { readonly type: 'addAnswer'; readonly answer: NewAnswer }
  | { readonly type: 'updateAnswer'; readonly id: AnswerId; readonly changes: Changes<Answer> }
  | { readonly type: 'removeAnswer'; readonly id: AnswerId }
  | { readonly type: 'addAction'; readonly action: NewAction }
  | { readonly type: 'updateAction'; readonly id: ActionId; readonly changes: Changes<Action> }
  | { readonly type: 'removeAction'; readonly id: ActionId }
  | { readonly type: 'addView'; readonly view: NewView }
  | { readonly type: 'updateView'; readonly id: ViewId; readonly changes: Changes<SavedView> }
  | { readonly type: 'removeView'; readonly id: ViewId }
  | { readonly type: 'acknowledgeFinding'; readonly acknowledgement: NewAcknowledgement }
  | { readonly type: 'withdrawAcknowledgement'; readonly id: AcknowledgementId }
  | { readonly type: 'addComment'; readonly comment: NewComment }
  /** Changes the text of a comment; `by` must be its author. */
  | { readonly type: 'editComment'; readonly id: CommentId; readonly text: string; readonly by: string }
  /** Marks a thread settled or open again; `id` is its first comment. */
  | { readonly type: 'resolveThread'; readonly id: CommentId; readonly resolved: boolean }
  /** Deletes a comment, and with a thread's first comment its replies; `by` must be its author. */
  | { readonly type: 'deleteComment'; readonly id: CommentId; readonly by: string }
  | { readonly type: 'batch'; readonly commands: readonly Command[] };

export type CommandType = Command['type'];
