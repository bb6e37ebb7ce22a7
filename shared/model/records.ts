/** True when `record` has its own entry `key` (never an inherited one such as "constructor"). */
export function has(record: Readonly<Record<string, unknown>>, key: string): boolean {
  return Object.hasOwn(record, key);
}

/** The entry `key` of `record`, or undefined; never an inherited property. */
export function get<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
