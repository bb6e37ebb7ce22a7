import type { MandatModel } from '../../shared/model/types';

/**
 * Typed ids for values that arrive as plain strings: a select's value, a DOM attribute,
 * React Flow's node and edge ids, the editor's selection. Each is looked up in the
 * model's collection and the element's own (branded) id is returned, or null when the
 * model has no such element, instead of casting the string and hoping it is one
 * (test/renderer/noIdCasts.test.ts keeps casts to id types out of the renderer).
 */

type Collection<T> = ReadonlyMap<string, T>;

/** The id of the element `value` names in `collection`, or null (also for '' and null: "none chosen"). */
export function idIn<T extends { readonly id: string }>(collection: Collection<T>, value: string | null | undefined): T['id'] | null {
  if (value === null || value === undefined || value === '') return null;
  return collection.get(value)?.id ?? null;
}

/** The ids of those of `values` that name an element of `collection`, in their order. */
export function idsIn<T extends { readonly id: string }>(collection: Collection<T>, values: readonly string[]): T['id'][] {
  return values.flatMap((value) => {
    const id = idIn(collection, value);
    return id === null ? [] : [id];
  });
}

export const bodyIdIn = (model: MandatModel, value: string | null | undefined) => idIn(model.bodies, value);
export const memberIdIn = (model: MandatModel, value: string | null | undefined) => idIn(model.members, value);
export const lineIdIn = (model: MandatModel, value: string | null | undefined) => idIn(model.reportingLines, value);
export const initiativeIdIn = (model: MandatModel, value: string | null | undefined) => idIn(model.initiatives, value);
export const documentIdIn = (model: MandatModel, value: string | null | undefined) => idIn(model.documents, value);
export const taskIdIn = (model: MandatModel, value: string | null | undefined) => idIn(model.tasks, value);
