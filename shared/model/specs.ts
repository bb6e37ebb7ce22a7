import type { FieldSpec, ObjectSpec } from './fields';
import { DECLARATIONS, referencesOf, type Declarations, type ReferenceSpec } from './declarations';
import type { ACTIONS, ANSWERS, AUDITS, RECOMMENDATIONS } from './declarations/audits';
import type { BODIES } from './declarations/bodies';
import type { COORDINATION, DOCUMENTS } from './declarations/documents';
import type { VIEWS } from './declarations/views';
import type { FUNDING_LINES, INITIATIVES, REPORTING_LINES } from './declarations/lines';
import type { MEMBERS, MEMBERSHIPS } from './declarations/members';
import type { ACKNOWLEDGEMENTS, COMMENTS } from './declarations/notes';
import type { ASSIGNMENTS, TASKS } from './declarations/tasks';
import type { CollectionEntity, CollectionName } from './types';

export { COMMENT_TARGET_SPEC, FORMER_NAME_SPEC, MANDATE_SPEC, META_SPEC, POSITION_SPEC, SETTINGS_SPEC } from './declarations';
export type { ReferenceSpec } from './declarations';

/** The fields of each collection of a set of declarations. */
export function entitySpecsOf(declarations: Declarations): Readonly<Record<CollectionName, ObjectSpec>> {
  const out = {} as Record<CollectionName, ObjectSpec>;
  for (const name of Object.keys(declarations) as CollectionName[]) out[name] = declarations[name].fields;
  return out;
}

/** The fields of each kind of element, in the order the file writes them (from the declarations). */
export const ENTITY_SPECS: Readonly<Record<CollectionName, ObjectSpec>> = entitySpecsOf(DECLARATIONS);

/** Every reference between collections, from the declarations. */
export const REFERENCES: readonly ReferenceSpec[] = referencesOf(DECLARATIONS);

/** The ids `entity` refers to through `ref`: none when the field is empty or `ref.when` does not hold. */
export function referencedIds(ref: ReferenceSpec, entity: unknown): string[] {
  if (ref.when && readPath(entity, ref.when.field) !== ref.when.equals) return [];
  const value = readPath(entity, ref.field);
  if (value === null || value === undefined) return [];
  return ref.list ? (value as string[]) : [value as string];
}

/** Reads a dotted field path (`mandate.decidedBy`) from an element. */
export function readPath(entity: unknown, field: string): unknown {
  // Most references are one field deep: read it without splitting (restore asks for every element).
  if (!field.includes('.')) return typeof entity === 'object' && entity !== null ? (entity as Record<string, unknown>)[field] : undefined;
  let cur: unknown = entity;
  for (const part of field.split('.')) {
    if (typeof cur !== 'object' || cur === null) return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

// ── The entity types of types.ts tied to the declarations ──────────────────────────
// A field added to a declaration and not to its interface (or the other way round), or a
// field whose declared value type the interface does not fit, fails the type check here.

/** The value type a declaration's field holds. */
type ValueOf<F> = F extends FieldSpec<infer T> ? T : never;
/** What the declared fields of a collection infer. */
export type DeclaredEntity<S> = { -readonly [K in keyof S]: ValueOf<S[K]> };
/** An interface with its branded ids as plain strings and its nesting loosened, to compare with what a declaration infers. */
type Plain<T> = T extends string ? string : T extends readonly (infer U)[] ? Plain<U>[] : T extends object ? Record<string, unknown> : T;
type PlainEntity<E> = { -readonly [K in keyof E]: Plain<E[K]> };
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Every field of `E` fits its declared type, and the two have the same fields. */
type Fits<E, S> = Same<keyof E, keyof S> extends true ? (PlainEntity<E> extends PlainDeclared<S> ? true : false) : false;
type PlainDeclared<S> = { [K in keyof S]: Plain<ValueOf<S[K]>> };

type Declared = {
  bodies: typeof BODIES.fields;
  members: typeof MEMBERS.fields;
  memberships: typeof MEMBERSHIPS.fields;
  reportingLines: typeof REPORTING_LINES.fields;
  initiatives: typeof INITIATIVES.fields;
  fundingLines: typeof FUNDING_LINES.fields;
  acknowledgements: typeof ACKNOWLEDGEMENTS.fields;
  documents: typeof DOCUMENTS.fields;
  coordination: typeof COORDINATION.fields;
  tasks: typeof TASKS.fields;
  assignments: typeof ASSIGNMENTS.fields;
  audits: typeof AUDITS.fields;
  recommendations: typeof RECOMMENDATIONS.fields;
  answers: typeof ANSWERS.fields;
  actions: typeof ACTIONS.fields;
  comments: typeof COMMENTS.fields;
  views: typeof VIEWS.fields;
};
type AllFit = { [C in CollectionName]: Fits<CollectionEntity[C], Declared[C]> };
/** Fails to compile when an interface in types.ts and its declaration disagree. */
export const ENTITY_TYPES_MATCH_DECLARATIONS: AllFit = {
  bodies: true,
  members: true,
  memberships: true,
  reportingLines: true,
  initiatives: true,
  fundingLines: true,
  acknowledgements: true,
  documents: true,
  coordination: true,
  tasks: true,
  assignments: true,
  audits: true,
  recommendations: true,
  answers: true,
  actions: true,
  comments: true,
  views: true,
};
