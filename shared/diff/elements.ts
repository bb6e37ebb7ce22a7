import { LazyText, type Text } from '../i18n/text';
import { elementLabel } from '../merge/labels';
import { jsonEqual } from '../model/document';
import { DECLARATIONS, referencesOf, type ReferenceSpec } from '../model/declarations';
import { isPlainObject } from '../model/fields';
import type { CollectionName, MandatModel } from '../model/types';
import { valueAt } from './fieldPath';
import { describeValue, fieldLabel } from './values';
import { describeAdded, describeChanged, describeRemoved } from './wording';
import type { Change, DiffScope, Entity, FieldChange } from './types';

/** Fields that only say where a box stands: a move is a change of the drawing, not of the organisation. */
export const LAYOUT_FIELDS: ReadonlySet<string> = new Set(['position']);

/** The two sides being compared, with what the wording needs. */
export interface Sides {
  readonly a: MandatModel;
  readonly b: MandatModel;
  /** The two dates, when the sides are one map on two dates. */
  readonly dated: { readonly from: string; readonly to: string; readonly model: MandatModel } | null;
}

/** The fields in which two versions differ, nested objects by their fields (`mandate.text`); the id is not a field. */
export function differingFields(before: Entity, after: Entity, prefix = ''): string[] {
  const out: string[] = [];
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (prefix === '' && key === 'id') continue;
    const x = before[key];
    const y = after[key];
    if (!LAYOUT_FIELDS.has(key) && isPlainObject(x) && isPlainObject(y)) out.push(...differingFields(x, y, `${prefix}${key}.`));
    else if (!jsonEqual(x, y)) out.push(`${prefix}${key}`);
  }
  return out;
}

// Per collection, its references to bodies and lines: looked up once, not for every change.
const FRAMING_REFS = new Map<DiffScope, ReferenceSpec[]>();
for (const ref of referencesOf(DECLARATIONS)) {
  if (ref.target !== 'bodies' && ref.target !== 'reportingLines') continue;
  const list = FRAMING_REFS.get(ref.collection);
  if (list) list.push(ref);
  else FRAMING_REFS.set(ref.collection, [ref]);
}

/**
 * `list` with `x` added unless it is there, made at its size: a list grown by push gets room
 * for seventeen, and ten thousand changes each keep one or two.
 */
function withOnce(list: readonly string[] | null, x: string): readonly string[] {
  if (list === null) return [x];
  if (list.includes(x)) return list;
  return list.length === 1 ? [list[0] as string, x] : [...list, x];
}

const NOTHING: readonly string[] = Object.freeze([]);
const NO_FIELDS: readonly FieldChange[] = Object.freeze([]);

/** The bodies and reporting lines an element concerns: a body itself, another element what its references name. */
export function framingOf(scope: DiffScope, id: string, entities: readonly Entity[]): { bodies: readonly string[]; lines: readonly string[] } {
  if (scope === 'bodies') return { bodies: [id], lines: NOTHING };
  if (scope === 'meta' || scope === 'settings') return { bodies: NOTHING, lines: NOTHING };
  const refs = FRAMING_REFS.get(scope);
  if (!refs && scope !== 'reportingLines') return { bodies: NOTHING, lines: NOTHING };
  let bodies: readonly string[] | null = null;
  let lines: readonly string[] | null = scope === 'reportingLines' ? [id] : null;
  for (const ref of refs ?? NO_REFS) {
    const toBodies = ref.target === 'bodies';
    for (const e of entities) {
      if (ref.when && valueAt(e, ref.when.field) !== ref.when.equals) continue;
      const v = valueAt(e, ref.field);
      if (typeof v === 'string') {
        if (toBodies) bodies = withOnce(bodies, v);
        else lines = withOnce(lines, v);
      } else if (Array.isArray(v)) {
        for (const x of v) {
          if (toBodies) bodies = withOnce(bodies, String(x));
          else lines = withOnce(lines, String(x));
        }
      }
    }
  }
  return { bodies: bodies ?? NOTHING, lines: lines ?? NOTHING };
}

const NO_REFS: readonly ReferenceSpec[] = [];

function label(scope: DiffScope, id: string, e: Entity, first: MandatModel, second: MandatModel): Text {
  return elementLabel(scope, id, e, [first, second]);
}

/**
 * The sentence of an added or removed element, made when read: one object with what it
 * needs, not a closure and its scope (two dates of the largest map add and remove 10,000
 * elements, and the Compare view reads the sentences of the rows it shows).
 */
class AddedOrRemoved extends LazyText {
  constructor(
    private readonly kind: 'added' | 'removed',
    private readonly scope: DiffScope,
    private readonly label: Text,
    private readonly e: Entity,
    private readonly s: Sides,
  ) {
    super();
  }
  protected make(): Text {
    const { scope, label, e, s } = this;
    return this.kind === 'added' ? describeAdded(scope, label, e, s.b, s.dated !== null) : describeRemoved(scope, label, e, s.a, s.dated);
  }
}

export function added(scope: DiffScope, id: string, e: Entity, s: Sides): Change {
  const l = label(scope, id, e, s.b, s.a);
  const { bodies, lines } = framingOf(scope, id, [e]);
  return { scope, kind: 'added', id, label: l, before: null, after: e, fields: NO_FIELDS, description: new AddedOrRemoved('added', scope, l, e, s), bodies, lines };
}

export function removed(scope: DiffScope, id: string, e: Entity, s: Sides): Change {
  const l = label(scope, id, e, s.a, s.b);
  const { bodies, lines } = framingOf(scope, id, [e]);
  return { scope, kind: 'removed', id, label: l, before: e, after: null, fields: NO_FIELDS, description: new AddedOrRemoved('removed', scope, l, e, s), bodies, lines };
}

/**
 * The change between two versions of one element, or null when they are the same.
 * `compared` is B's version as A would write it (its references in A's ids), when the two
 * were matched by name; `after` is B's version as B holds it.
 */
export function changed(scope: DiffScope, id: string, before: Entity, after: Entity, s: Sides, compared: Entity = after, idBefore?: string): Change | null {
  const paths = differingFields(before, compared);
  if (paths.length === 0) return null;
  const fields: FieldChange[] = paths.map((field) => {
    const x = valueAt(before, field);
    const y = valueAt(after, field);
    return { field, label: fieldLabel(scope, field), before: x, after: y, beforeText: describeValue(scope, field, x, s.a), afterText: describeValue(scope, field, y, s.b) };
  });
  const l = label(scope, id, after, s.b, s.a);
  const frame = framingOf(scope, id, [after]);
  return {
    scope,
    kind: 'changed',
    id,
    ...(idBefore !== undefined && idBefore !== id ? { idBefore } : {}),
    label: l,
    before,
    after,
    fields,
    description: describeChanged(scope, l, fields),
    ...frame,
  };
}

/** True when a change is only a move of a box on the canvas. */
export function isLayoutOnly(c: Change): boolean {
  return c.kind === 'changed' && c.fields.every((f) => LAYOUT_FIELDS.has(f.field));
}

/** The elements of one collection of a model as plain records. */
export function entities(model: MandatModel, name: CollectionName): ReadonlyMap<string, Entity> {
  return model[name] as unknown as ReadonlyMap<string, Entity>;
}
