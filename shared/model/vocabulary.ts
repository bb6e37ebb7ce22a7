/** The closed vocabularies of the model, in the English snake_case the file uses. */

export const BODY_KINDS = [
  'assembly',
  'executive_board',
  'working_committee',
  'drafting_committee',
  'committee',
  'council',
  'steering_group',
  'management_group',
  'operative_group',
  'working_group',
  'administration',
  'company',
  'external_organisation',
] as const;
export type BodyKind = (typeof BODY_KINDS)[number];

export const LEVELS = ['political', 'administrative', 'operative', 'external'] as const;
export type Level = (typeof LEVELS)[number];

export const ROLES = ['chair', 'member', 'secretary', 'invited'] as const;
export type Role = (typeof ROLES)[number];

/**
 * A reporting line always runs from the body that gives account to the body that
 * receives it; the kind says how.
 */
export const LINE_KINDS = ['reports_to', 'prepares_for', 'informs', 'followed_up_by'] as const;
export type LineKind = (typeof LINE_KINDS)[number];

/** Line kinds that carry accountability upwards ("informs" does not). */
export const PATH_LINE_KINDS: ReadonlySet<LineKind> = new Set(['reports_to', 'prepares_for', 'followed_up_by']);

export const DOCUMENTED = ['yes', 'no', 'unknown'] as const;
export type Documented = (typeof DOCUMENTED)[number];

export const MEMBER_KINDS = ['person', 'position'] as const;
export type MemberKind = (typeof MEMBER_KINDS)[number];

/**
 * What a governing document is (the product brief's "styrdokument"): the documents Lag
 * (2023:196) and the police cooperation name, then the municipality's own kinds. A yearly
 * plan (handlingsplan/årsplan) sits under another document (see the invariants).
 */
export const DOCUMENT_KINDS = [
  'situational_picture',
  'action_plan',
  'cooperation_agreement',
  'citizen_promise',
  'plan_programme',
  'yearly_plan',
  'rules_of_procedure',
  'delegation_order',
  'commission',
  'other',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/**
 * A role on a task in a responsibility matrix (RACI): Responsible carries it out, Accountable
 * answers for it (exactly one), Consulted is asked before, Informed is told after. In Swedish
 * practice U (utför), A (ansvarar), K (konsulteras), I (informeras); the file holds R/A/C/I.
 */
export const RACI_ROLES = ['R', 'A', 'C', 'I'] as const;
export type RaciRole = (typeof RACI_ROLES)[number];
/** What a body answers to an auditors' recommendation (tillstyrker, delvis, avstyrker). */
export const ANSWER_STANCES = ['agrees', 'agrees_in_part', 'does_not_agree'] as const;
export type AnswerStance = (typeof ANSWER_STANCES)[number];

/** Where an action taken on a recommendation stands. */
export const ACTION_STATUSES = ['open', 'in_progress', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const LANGUAGES = ['sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The default level for each kind, used when a body is created from a palette. */
export const DEFAULT_LEVEL: Readonly<Record<BodyKind, Level>> = {
  assembly: 'political',
  executive_board: 'political',
  working_committee: 'political',
  drafting_committee: 'political',
  committee: 'political',
  council: 'political',
  steering_group: 'administrative',
  management_group: 'administrative',
  operative_group: 'operative',
  working_group: 'operative',
  administration: 'administrative',
  company: 'administrative',
  external_organisation: 'external',
};
