import type { CollectionEntity, CollectionName, MandatModel } from './types';

/** Builds a collection from a list of elements, keyed by id, in list order. */
export function collectionOf<T extends { readonly id: string }>(items: Iterable<T>): ReadonlyMap<string, T> {
  const out = new Map<string, T>();
  for (const item of items) out.set(item.id, item);
  return out;
}

/** The elements of one collection of a model. */
export function elementsOf<C extends CollectionName>(model: MandatModel, name: C): ReadonlyMap<string, CollectionEntity[C]> {
  return model[name] as unknown as ReadonlyMap<string, CollectionEntity[C]>;
}
