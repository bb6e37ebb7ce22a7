import { COLLECTIONS, type CollectionName } from '../types';
import { ACTIONS, ANSWERS, AUDITS, RECOMMENDATIONS } from './audits';
import { BODIES } from './bodies';
import { COORDINATION, DOCUMENTS } from './documents';
import type { CollectionDeclaration, Declarations, ReferenceDeclaration } from './declaration';
import { FUNDING_LINES, INITIATIVES, REPORTING_LINES } from './lines';
import { MEMBERS, MEMBERSHIPS } from './members';
import { ACKNOWLEDGEMENTS, COMMENTS } from './notes';
import { ASSIGNMENTS, TASKS } from './tasks';
import { VIEWS } from './views';

export type { CollectionDeclaration, ColumnDeclaration, Declarations, ReferenceDeclaration, SheetDeclaration } from './declaration';
export { declareCollection } from './declaration';
export { FORMER_NAME_SPEC, MANDATE_SPEC, POSITION_SPEC } from './bodies';
export { COMMENT_TARGET_SPEC } from './notes';
export { VIEW_FILTERS_SPEC, VIEWPORT_SPEC } from './views';
export { MAP_KEY_DECLARATIONS, MAP_SHEET, META_SPEC, SETTINGS_SPEC, type MapKeyDeclaration } from './settings';

/** The declaration of every collection of a map: the one place a field or a reference is added. */
export const DECLARATIONS: Declarations = {
  bodies: BODIES,
  members: MEMBERS,
  memberships: MEMBERSHIPS,
  reportingLines: REPORTING_LINES,
  initiatives: INITIATIVES,
  fundingLines: FUNDING_LINES,
  acknowledgements: ACKNOWLEDGEMENTS,
  documents: DOCUMENTS,
  coordination: COORDINATION,
  tasks: TASKS,
  assignments: ASSIGNMENTS,
  audits: AUDITS,
  recommendations: RECOMMENDATIONS,
  answers: ANSWERS,
  actions: ACTIONS,
  comments: COMMENTS,
  views: VIEWS,
};

/** A reference with the collection it is made from. */
export interface ReferenceSpec extends ReferenceDeclaration {
  readonly collection: CollectionName;
}

const referenceCache = new WeakMap<Declarations, readonly ReferenceSpec[]>();

/**
 * Every reference of a set of declarations, in model order; the comments' come last, as
 * they point at lines and comments that the references before may drop.
 */
export function referencesOf(declarations: Declarations): readonly ReferenceSpec[] {
  let refs = referenceCache.get(declarations);
  if (!refs) {
    refs = COLLECTIONS.flatMap((collection) => (declarations[collection] as CollectionDeclaration).references.map((r) => ({ ...r, collection })));
    referenceCache.set(declarations, refs);
  }
  return refs;
}
