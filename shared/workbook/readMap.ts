import { RULE_GROUPS } from '../analysis/ruleGroups';
import { RULE_IDS } from '../analysis/rules';
import { text } from '../i18n/text';
import { META_SPEC, SETTINGS_SPEC } from '../model/specs';
import { MAP_KEYS, type MapKey } from './columns';
import { suggestion, withSuggestion } from './nearest';
import { mapKeyLabel, mapKeyOf } from './swedishNames';
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

const KEYS = Object.keys(MAP_KEYS) as MapKey[];

/** Reads the Map sheet: one `key`, `value` row per setting; an empty value keeps the default. */
export function readMap(table: Table | null, errors: WorkbookError[]): ReadMap {
  const meta: Record<string, unknown> = {};
  const settings: Record<string, unknown> = {};
  const rows = new Map<string, number>();
  if (table === null) return { meta, settings, rows };
  for (const row of table.rows) {
    const r = new RowReader(table, row, errors);
    const key = mapKeyOf(r.raw('key'));
    if (key === null) {
      const typed = r.raw('key').trim();
      const sv = KEYS.map((k) => mapKeyLabel(k, 'sv').toLowerCase());
      const message = text(`"${typed}" är ingen nyckel här; använd: ${sv.join(', ')}.`, `"${typed}" is not a key here; use: ${KEYS.join(', ')}.`);
      r.fail('key', 'unknown-key', withSuggestion(message, suggestion(typed, [...sv, ...KEYS])));
      continue;
    }
    const first = rows.get(key);
    if (first !== undefined) {
      r.fail('key', 'duplicate-key', text(`${mapKeyLabel(key, 'sv')} finns redan på rad ${first}`, `${key} is already given on row ${first}`));
      continue;
    }
    rows.set(key, row.number);
    const { part, field } = MAP_KEYS[key] as { part: 'meta' | 'settings'; field: string };
    if (part === 'meta') meta[field] = r.text('value', META_SPEC[field]);
    else if (r.raw('value').trim() === '') continue;
    else if (field === 'language') settings[field] = r.word('value', LANGUAGE_WORDS, null);
    else if (field === 'rulesOff') {
      // A check switched off by a name no check or group has would leave it on without a word.
      const off = r.list('value', SETTINGS_SPEC[field]);
      const known = [...RULE_IDS, ...RULE_GROUPS] as readonly string[];
      for (const id of off.filter((id) => !known.includes(id)))
        r.fail(
          'value',
          'unknown-rule',
          withSuggestion(
            text(`"${id}" är ingen kontroll eller grupp av kontroller; se kontrollernas namn i hjälpen (till exempel empty-body) eller grupperna ${RULE_GROUPS.join(', ')}.`, `"${id}" is no check nor group of checks; see the checks' names in the help (empty-body, for example) or the groups ${RULE_GROUPS.join(', ')}.`),
            suggestion(id, known),
          ),
        );
      settings[field] = off;
    } else if (SETTINGS_SPEC[field]?.kind === 'texts') settings[field] = r.list('value', SETTINGS_SPEC[field]);
    else {
      const n = r.number('value', SETTINGS_SPEC[field], true);
      if (n !== null) settings[field] = n;
    }
  }
  return { meta, settings, rows };
}
