import type { CollectionName, MandatModel } from '../model/types';

/** A plain element, read field by field: merging treats every collection alike. */
export type Entity = Record<string, unknown>;

/** The elements of one collection of a model, as plain records. */
export function entitiesOf(model: MandatModel, name: CollectionName): ReadonlyMap<string, Entity> {
  return model[name] as unknown as ReadonlyMap<string, Entity>;
}
