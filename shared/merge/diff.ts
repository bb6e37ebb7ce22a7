import { jsonEqual } from '../model/document';
import { isPlainObject } from '../model/fields';
import { COLLECTIONS, type MandatModel } from '../model/types';
import { entitiesOf, type Entity } from './entities';
import { elementLabel } from './labels';
import type { ElementChange, FieldDifference, MergeSummary } from './types';


/** The fields in which two versions of one element differ; nested objects by their fields (`mandate.text`). */
export function fieldDifferences(ours: Entity, theirs: Entity, prefix = ''): FieldDifference[] {
  const out: FieldDifference[] = [];
  for (const key of new Set([...Object.keys(ours), ...Object.keys(theirs)])) {
    const a = ours[key];
    const b = theirs[key];
    if (isPlainObject(a) && isPlainObject(b)) out.push(...fieldDifferences(a, b, `${prefix}${key}.`));
    else if (!jsonEqual(a, b)) out.push({ field: `${prefix}${key}`, ours: a, theirs: b });
  }
  return out;
}

const KIND_ORDER = { added: 0, changed: 1, removed: 2 } as const;

/** What changed from `before` to `after`, element by element, labelled from `after` first. */
export function diffModels(before: MandatModel, after: MandatModel, also: readonly MandatModel[] = []): MergeSummary {
  const models = [after, before, ...also];
  const changes: ElementChange[] = [];
  for (const scope of ['meta', 'settings'] as const) {
    const fields = fieldDifferences(before[scope] as unknown as Entity, after[scope] as unknown as Entity).map((d) => d.field);
    if (fields.length > 0) changes.push({ scope, id: scope, label: elementLabel(scope, scope, {}, models), kind: 'changed', fields });
  }
  for (const name of COLLECTIONS) {
    const a = entitiesOf(before, name);
    const b = entitiesOf(after, name);
    const here: ElementChange[] = [];
    for (const [id, e] of b) {
      const old = a.get(id);
      if (!old) here.push({ scope: name, id, label: elementLabel(name, id, e, models), kind: 'added', fields: [] });
      else if (!jsonEqual(old, e)) here.push({ scope: name, id, label: elementLabel(name, id, e, models), kind: 'changed', fields: fieldDifferences(old, e).map((d) => d.field) });
    }
    for (const [id, e] of a) if (!b.has(id)) here.push({ scope: name, id, label: elementLabel(name, id, e, models), kind: 'removed', fields: [] });
    here.sort((x, y) => KIND_ORDER[x.kind] - KIND_ORDER[y.kind] || x.label.sv.localeCompare(y.label.sv, 'sv'));
    changes.push(...here);
  }
  return { changes };
}
