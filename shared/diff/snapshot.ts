import { DECLARATIONS, referencesOf } from '../model/declarations';
import type { CollectionDeclaration } from '../model/declarations';
import { COLLECTIONS, type Body, type CollectionName, type IsoDate, type MandatModel } from '../model/types';
import { isValidOn, yearOf } from '../time/isoDate';
import { nameOn } from '../time/names';
import { entities } from './elements';
import { valueAt } from './fieldPath';
import type { Entity } from './types';

/** True when a collection's elements carry a validity (`validFrom`, `validTo`). */
export function hasValidity(declaration: CollectionDeclaration): boolean {
  return 'validFrom' in declaration.fields && 'validTo' in declaration.fields;
}

/** True when a collection's elements belong to a year (funding): on a date, only that year's are in force. */
export function hasYear(declaration: CollectionDeclaration): boolean {
  return declaration.fields.year?.kind === 'number';
}

/**
 * The map as it stood on `date`: of every declared collection, only what was in force
 * (valid on the date, or of the date's year), with each body under the name it had then,
 * and without the elements that mean nothing without a target that was not there (a
 * membership of a body not yet set up). Collections without a validity (members,
 * comments) are kept whole.
 */
export function mapOn(model: MandatModel, date: IsoDate): MandatModel {
  const out: Record<string, unknown> = { meta: model.meta, settings: model.settings };
  const year = yearOf(date);
  for (const name of COLLECTIONS) {
    const declaration = DECLARATIONS[name];
    const valid = hasValidity(declaration);
    const yearly = hasYear(declaration);
    const kept = new Map<string, Entity>();
    for (const [id, e] of entities(model, name)) {
      if (valid && !isValidOn(e as never, date)) continue;
      if (yearly && e.year !== year) continue;
      // A body keeps its own object unless it had another name on the date (so that two dates share what did not change).
      kept.set(id, name === 'bodies' && (e as unknown as Body).formerNames.length > 0 ? renamedOn(e as unknown as Body, date) : e);
    }
    out[name] = kept;
  }
  dropDangling(out as Record<CollectionName, Map<string, Entity>>);
  return out as unknown as MandatModel;
}

/** Removes, collection by collection in model order, the elements whose 'drop' reference points at nothing. */
function dropDangling(collections: Record<CollectionName, Map<string, Entity>>): void {
  for (const ref of referencesOf(DECLARATIONS)) {
    if (ref.dangling !== 'drop' || ref.list) continue;
    const target = collections[ref.target];
    const own = collections[ref.collection];
    for (const [id, e] of own) {
      if (ref.when && valueAt(e, ref.when.field) !== ref.when.equals) continue;
      const v = valueAt(e, ref.field);
      if (typeof v === 'string' && !target.has(v)) own.delete(id);
    }
  }
}

/** The body under the name it had on `date` (itself when that is its name now). */
export function renamedOn(body: Body, date: IsoDate): Entity {
  const n = nameOn(body, date);
  return n.name === body.name && n.shortName === body.shortName ? (body as unknown as Entity) : { ...body, ...n };
}
