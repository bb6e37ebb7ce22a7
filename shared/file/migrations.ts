/**
 * A step from file version N to N+1, on the raw JSON object. `MIGRATIONS[i]`
 * turns version i+1 into version i+2, so the current version is
 * `MIGRATIONS.length + 1` (a test holds it equal to FILE_VERSION).
 */
export type Migration = (file: Record<string, unknown>) => Record<string, unknown>;

export const MIGRATIONS: readonly Migration[] = [];
