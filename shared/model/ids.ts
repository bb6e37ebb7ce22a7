/** Branded ids: a BodyId cannot be passed where a MemberId is expected. */
declare const brand: unique symbol;
export type Brand<T, B extends string> = T & { readonly [brand]: B };

export type BodyId = Brand<string, 'BodyId'>;
export type MemberId = Brand<string, 'MemberId'>;
export type MembershipId = Brand<string, 'MembershipId'>;
export type ReportingLineId = Brand<string, 'ReportingLineId'>;
export type InitiativeId = Brand<string, 'InitiativeId'>;
export type FundingLineId = Brand<string, 'FundingLineId'>;
export type AcknowledgementId = Brand<string, 'AcknowledgementId'>;
export type CommentId = Brand<string, 'CommentId'>;
export type DocumentId = Brand<string, 'DocumentId'>;
export type CoordinationId = Brand<string, 'CoordinationId'>;
export type TaskId = Brand<string, 'TaskId'>;
export type AssignmentId = Brand<string, 'AssignmentId'>;
export type AuditId = Brand<string, 'AuditId'>;
export type RecommendationId = Brand<string, 'RecommendationId'>;
export type AnswerId = Brand<string, 'AnswerId'>;
export type ActionId = Brand<string, 'ActionId'>;
export type ViewId = Brand<string, 'ViewId'>;

/** Ids are short, readable and safe in a file, a URL and a spreadsheet cell. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/;

/** True when `value` can be used as an id of any element. */
export function isValidId(value: unknown): value is string {
  return typeof value === 'string' && ID_PATTERN.test(value);
}

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/** A new random id with a readable prefix, e.g. `body-k3f9q2xz`. */
export function newId<T extends string>(prefix: string, random: () => number = Math.random): T {
  let tail = '';
  for (let i = 0; i < 10; i++) tail += ALPHABET[Math.floor(random() * ALPHABET.length)];
  return `${prefix}-${tail}` as T;
}
