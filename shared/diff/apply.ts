import { COLLECTIONS, type CollectionName, type MandatModel } from '../model/types';
import { layoutOf } from './difference';
import { entities } from './elements';
import { withValueAt } from './fieldPath';
import type { Change, Entity, MapDifference } from './types';

/**
 * A applied with the listed changes (and the boxes' moves): added elements put in, removed
 * ones taken out, each changed field set to B's value. For two maps matched by id the
 * result holds what B holds, which the property tests check; the order of elements within
 * a collection is A's, with added ones after.
 */
export function applyDifference(a: MandatModel, diff: MapDifference): MandatModel {
  const out: Record<string, unknown> = { meta: a.meta, settings: a.settings };
  const collections = new Map<CollectionName, Map<string, Entity>>(COLLECTIONS.map((c) => [c, new Map(entities(a, c))]));
  const changes: Change[] = [...diff.groups.flatMap((g) => g.changes), ...layoutOf(diff)];
  for (const c of changes) {
    if (c.scope === 'meta' || c.scope === 'settings') {
      out[c.scope] = c.fields.reduce<Entity>((e, f) => withValueAt(e, f.field, f.after), out[c.scope] as Entity);
      continue;
    }
    const elements = collections.get(c.scope) as Map<string, Entity>;
    if (c.kind === 'removed') elements.delete(c.id);
    else if (c.kind === 'added') elements.set(c.id, c.after as Entity);
    else {
      const from = c.idBefore ?? c.id;
      const base = elements.get(from) ?? (c.before as Entity);
      if (from !== c.id) elements.delete(from);
      elements.set(c.id, c.fields.reduce<Entity>((e, f) => (f.after === undefined ? dropKey(e, f.field) : withValueAt(e, f.field, f.after)), { ...base, id: c.id }));
    }
  }
  for (const [name, elements] of collections) out[name] = elements;
  return out as unknown as MandatModel;
}

function dropKey(e: Entity, field: string): Entity {
  if (field.includes('.')) return e;
  const copy: Record<string, unknown> = { ...e };
  delete copy[field];
  return copy;
}
