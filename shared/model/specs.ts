import { text } from '../i18n/text';
import {
  boolField,
  checkId,
  dateField,
  dateTimeField,
  enumField,
  idField,
  numberField,
  objectField,
  objectListField,
  positionField,
  refField,
  refListField,
  requiredDateField,
  textField,
  textListField,
  isPlainObject,
  type FieldSpec,
  type ObjectSpec,
} from './fields';
import type { CollectionName } from './types';
import { BODY_KINDS, DOCUMENTED, LANGUAGES, LEVELS, LINE_KINDS, MEMBER_KINDS, ROLES } from './vocabulary';

export const MANDATE_SPEC: ObjectSpec = {
  text: textField(),
  decidedBy: refField(true),
  decisionRef: textField({ max: 500 }),
  requiredMembers: textListField(),
};

export const FORMER_NAME_SPEC: ObjectSpec = {
  name: textField({ required: true, max: 500 }),
  shortName: textField({ max: 100 }),
  validTo: requiredDateField(),
};

/** Key order of a written position. */
export const POSITION_SPEC: ObjectSpec = { x: numberField({ min: -1e7, max: 1e7, fallback: 0 }), y: numberField({ min: -1e7, max: 1e7, fallback: 0 }) };

/** Key order of a written comment target. */
export const COMMENT_TARGET_SPEC: ObjectSpec = { kind: textField(), id: textField() };

const TARGET_KINDS = ['map', 'body', 'line'] as const;

/** What a comment is about: `{ kind: 'map' }`, `{ kind: 'body', id }` or `{ kind: 'line', id }`. */
function commentTargetField(): FieldSpec<{ kind: string; id?: string }> {
  const wrong = text(
    'ska vara { "kind": "map" }, { "kind": "body", "id": … } eller { "kind": "line", "id": … }',
    'must be { "kind": "map" }, { "kind": "body", "id": … } or { "kind": "line", "id": … }',
  );
  return {
    shape: COMMENT_TARGET_SPEC,
    default: () => ({ kind: 'map' }),
    check: (v) => {
      if (!isPlainObject(v) || !(TARGET_KINDS as readonly unknown[]).includes(v.kind)) return { ok: false, message: wrong };
      if (v.kind === 'map') return { ok: true, value: { kind: 'map' } };
      const id = checkId(v.id);
      return id.ok ? { ok: true, value: { kind: v.kind as string, id: id.value } } : { ok: false, message: text(`id: ${id.message.sv}`, `id: ${id.message.en}`) };
    },
  };
}

const validity: ObjectSpec = { validFrom: dateField(), validTo: dateField() };

/** The fields of each kind of element, in the order the file writes them. */
export const ENTITY_SPECS: Readonly<Record<CollectionName, ObjectSpec>> = {
  bodies: {
    id: idField(),
    name: textField({ required: true, max: 500 }),
    shortName: textField({ max: 100 }),
    kind: enumField(BODY_KINDS, 'working_group', text('ett slags organ', 'a kind of body')),
    level: enumField(LEVELS, 'administrative', text('en nivå', 'a level')),
    accountable: boolField(),
    partOf: refField(true),
    mandate: objectField(MANDATE_SPEC),
    meets: textField({ max: 500 }),
    ...validity,
    formerNames: objectListField(FORMER_NAME_SPEC),
    position: { ...positionField(), shape: POSITION_SPEC },
    notes: textField(),
  },
  members: {
    id: idField(),
    name: textField({ required: true, max: 500 }),
    title: textField({ max: 500 }),
    organisation: textField({ max: 500 }),
    kind: enumField(MEMBER_KINDS, 'position', text('ett slags ledamot', 'a kind of member')),
    notes: textField(),
  },
  memberships: {
    id: idField(),
    member: refField(false),
    body: refField(false),
    role: enumField(ROLES, 'member', text('en roll', 'a role')),
    ...validity,
  },
  reportingLines: {
    id: idField(),
    from: refField(false),
    to: refField(false),
    kind: enumField(LINE_KINDS, 'reports_to', text('ett slags rapportering', 'a kind of reporting line')),
    frequency: textField({ max: 500 }),
    form: textField({ max: 500 }),
    documented: enumField(DOCUMENTED, 'unknown', text('ja, nej eller okänt (yes, no, unknown)', 'yes, no or unknown')),
    primary: boolField(),
    ...validity,
    notes: textField(),
  },
  initiatives: {
    id: idField(),
    name: textField({ required: true, max: 500 }),
    responsible: refField(true),
    executors: refListField(),
    targets: textField(),
    ...validity,
    notes: textField(),
  },
  fundingLines: {
    id: idField(),
    funder: refField(false),
    receiver: refField(false),
    initiative: refField(true),
    year: numberField({ min: 1900, max: 2200, integer: true, fallback: 2000 }),
    amountSek: numberField({ min: 0, max: 1e13, nullable: true, fallback: null }),
    source: textField({ max: 1000 }),
    notes: textField(),
  },
  acknowledgements: {
    id: idField(),
    findingKey: textField({ required: true, max: 2000 }),
    reason: textField({ required: true, max: 5000 }),
    by: textField({ max: 500 }),
    at: textField({ max: 100 }),
  },
  comments: {
    id: idField(),
    target: commentTargetField(),
    replyTo: refField(true),
    author: textField({ max: 500 }),
    at: dateTimeField(),
    text: textField({ required: true, max: 5000 }),
    resolved: boolField(),
  },
};

export const META_SPEC: ObjectSpec = {
  name: textField({ max: 500 }),
  author: textField({ max: 500 }),
  description: textField(),
};

export const SETTINGS_SPEC: ObjectSpec = {
  overlapThreshold: numberField({ min: 0.01, max: 1, fallback: 0.5 }),
  overlapMinShared: numberField({ min: 1, max: 1000, integer: true, fallback: 2 }),
  overloadThreshold: numberField({ min: 1, max: 1000, integer: true, fallback: 5 }),
  language: enumField(LANGUAGES, 'sv', text('ett språk', 'a language')),
};

/** A reference from one field to another collection, and what a dangling one means. */
export interface ReferenceSpec {
  readonly collection: CollectionName;
  /** The field path inside the element, e.g. `mandate.decidedBy`. */
  readonly field: string;
  readonly target: CollectionName;
  readonly list: boolean;
  /**
   * `drop`: the element means nothing without its target (a membership of a deleted
   * body) and is removed, with a repair noted. `refuse`: the reference describes the
   * element and clearing it would change what it says, so the file is refused.
   */
  readonly dangling: 'drop' | 'refuse';
  /** Only elements whose field at `when.field` is `when.equals` make this reference (a comment's target kind). */
  readonly when?: { readonly field: string; readonly equals: string };
}

export const REFERENCES: readonly ReferenceSpec[] = [
  { collection: 'bodies', field: 'partOf', target: 'bodies', list: false, dangling: 'refuse' },
  { collection: 'bodies', field: 'mandate.decidedBy', target: 'bodies', list: false, dangling: 'refuse' },
  { collection: 'memberships', field: 'member', target: 'members', list: false, dangling: 'drop' },
  { collection: 'memberships', field: 'body', target: 'bodies', list: false, dangling: 'drop' },
  { collection: 'reportingLines', field: 'from', target: 'bodies', list: false, dangling: 'drop' },
  { collection: 'reportingLines', field: 'to', target: 'bodies', list: false, dangling: 'drop' },
  { collection: 'initiatives', field: 'responsible', target: 'bodies', list: false, dangling: 'refuse' },
  { collection: 'initiatives', field: 'executors', target: 'bodies', list: true, dangling: 'refuse' },
  { collection: 'fundingLines', field: 'funder', target: 'bodies', list: false, dangling: 'drop' },
  { collection: 'fundingLines', field: 'receiver', target: 'bodies', list: false, dangling: 'drop' },
  { collection: 'fundingLines', field: 'initiative', target: 'initiatives', list: false, dangling: 'refuse' },
  // A comment means nothing without what it is about, and a reply nothing without its
  // thread; a merge of two copies can leave either behind (one deletes a body, the other
  // comments on it), so they are dropped rather than refused. Kept last: they point at
  // lines and comments that the references above may drop.
  { collection: 'comments', field: 'target.id', target: 'bodies', list: false, dangling: 'drop', when: { field: 'target.kind', equals: 'body' } },
  { collection: 'comments', field: 'target.id', target: 'reportingLines', list: false, dangling: 'drop', when: { field: 'target.kind', equals: 'line' } },
  { collection: 'comments', field: 'replyTo', target: 'comments', list: false, dangling: 'drop' },
];

/** The ids `entity` refers to through `ref`: none when the field is empty or `ref.when` does not hold. */
export function referencedIds(ref: ReferenceSpec, entity: unknown): string[] {
  if (ref.when && readPath(entity, ref.when.field) !== ref.when.equals) return [];
  const value = readPath(entity, ref.field);
  if (value === null || value === undefined) return [];
  return ref.list ? (value as string[]) : [value as string];
}

/** Reads a dotted field path (`mandate.decidedBy`) from an element. */
export function readPath(entity: unknown, field: string): unknown {
  let cur: unknown = entity;
  for (const part of field.split('.')) {
    if (typeof cur !== 'object' || cur === null) return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}
