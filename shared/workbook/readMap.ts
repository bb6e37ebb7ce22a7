import { text } from '../i18n/text';
import { META_SPEC, SETTINGS_SPEC } from '../model/specs';
import { MAP_KEYS, normaliseHeader, type MapKey } from './columns';
import type { WorkbookError } from './errors';
import { RowReader } from './rowReader';
import type { Table } from './table';
import { LANGUAGE_WORDS } from './words';

export interface ReadMap {
  readonly meta: Record<string, unknown>;
  readonly settings: Record<string, unknown>;
  /** The row of each key, to place later errors. */
  readonly rows: ReadonlyMap<string, number>;
}

function isMapKey(key: string): key is MapKey {
  return Object.hasOwn(MAP_KEYS, key);
}

/** Reads the Map sheet: one `key`, `value` row per setting; an empty value keeps the default. */
export function readMap(table: Table | null, errors: WorkbookError[]): ReadMap {
  const meta: Record<string, unknown> = {};
  const settings: Record<string, unknown> = {};
  const rows = new Map<string, number>();
  if (table === null) return { meta, settings, rows };
  for (const row of table.rows) {
    const r = new RowReader(table, row, errors);
    const key = normaliseHeader(r.raw('key'));
    if (!isMapKey(key)) {
      r.fail(
        'key',
        'unknown-key',
        text(`"${r.raw('key').trim()}" är ingen nyckel här; använd: ${Object.keys(MAP_KEYS).join(', ')}`, `"${r.raw('key').trim()}" is not a key here; use: ${Object.keys(MAP_KEYS).join(', ')}`),
      );
      continue;
    }
    const first = rows.get(key);
    if (first !== undefined) {
      r.fail('key', 'duplicate-key', text(`${key} finns redan på rad ${first}`, `${key} is already given on row ${first}`));
      continue;
    }
    rows.set(key, row.number);
    const { part, field } = MAP_KEYS[key];
    if (part === 'meta') meta[field] = r.text('value', META_SPEC[field]);
    else if (r.raw('value').trim() === '') continue;
    else if (field === 'language') settings[field] = r.word('value', LANGUAGE_WORDS, null);
    else {
      const n = r.number('value', SETTINGS_SPEC[field], true);
      if (n !== null) settings[field] = n;
    }
  }
  return { meta, settings, rows };
}
