/**
 * A part of the interface's strings kept in its own file (renderer/src/i18n/parts/), so that
 * each capability owns its words in both languages next to each other. The English object
 * must have the same shape as the Swedish one; the compiler checks it.
 */
export interface Part<T extends object> {
  readonly sv: T;
  readonly en: T;
}

export function definePart<T extends object>(sv: T, en: NoInfer<T>): Part<T> {
  return { sv, en };
}
