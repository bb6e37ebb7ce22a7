/** Builds a collection from a list of elements, keyed by id, in list order. */
export function collectionOf<T extends { readonly id: string }>(items: Iterable<T>): ReadonlyMap<string, T> {
  const out = new Map<string, T>();
  for (const item of items) out.set(item.id, item);
  return out;
}
