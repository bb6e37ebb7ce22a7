import { text, type Text } from '../i18n/text';
import { ENTITY_SPECS, REFERENCES, readPath } from '../model/specs';
import type { CollectionName } from '../model/types';
import { columnOfField } from './columns';
import type { WorkbookError } from './errors';
import type { Located, ReadCollections, ReadSheet } from './located';
import { suggestion, withSuggestion } from './nearest';
import { sheetLabel } from './swedishNames';
import { labelOf } from './table';

type Target = 'bodies' | 'members' | 'initiatives';

/** What a row may call an element of each kind by, besides its id. */
const NAME_FIELDS: Readonly<Record<Target, readonly string[]>> = {
  bodies: ['shortName', 'name'],
  members: ['name'],
  initiatives: ['name'],
};

const NOT_FOUND: Readonly<Record<Target, (v: string) => Text>> = {
  bodies: (v) => text(`inget organ har id, kortnamn eller namn "${v}"`, `no body has the id, short name or name "${v}"`),
  members: (v) => text(`ingen ledamot har id eller namn "${v}"`, `no member has the id or name "${v}"`),
  initiatives: (v) => text(`ingen satsning har id eller namn "${v}"`, `no initiative has the id or name "${v}"`),
};

const SEVERAL: Readonly<Record<Target, Text>> = {
  bodies: text('flera organ', 'several bodies'),
  members: text('flera ledamöter', 'several members'),
  initiatives: text('flera satsningar', 'several initiatives'),
};

const PLURAL: Readonly<Record<Target, Text>> = {
  bodies: text('organ', 'bodies'),
  members: text('ledamöter', 'members'),
  initiatives: text('satsningar', 'initiatives'),
};

/** A sheet that rows refer to and the workbook does not have. */
function missingSheet(target: Target, rows: readonly number[]): Text {
  const sv = sheetLabel(target, 'sv');
  const en = sheetLabel(target, 'en');
  const first = rows.slice(0, 3).join(', ');
  const more = rows.length - Math.min(rows.length, 3);
  const where = (lang: 'sv' | 'en'): string => (more > 0 ? (lang === 'sv' ? `${first} och ${more} till` : `${first} and ${more} more`) : first);
  return text(
    `${rows.length === 1 ? 'raden' : 'raderna'} ${where('sv')} pekar på ${PLURAL[target].sv}, men bladet ${sv} (eller filen ${sv}.csv) finns inte i arbetsboken.`,
    `${rows.length === 1 ? 'row' : 'rows'} ${where('en')} ${rows.length === 1 ? 'refers' : 'refer'} to ${PLURAL[target].en}, but the sheet ${en} (or file ${en}.csv) is not in the workbook.`,
  );
}

const fold = (s: string): string => s.trim().toLowerCase().replace(/\s+/g, ' ');

/** The elements of one sheet by id, and by every name they may be called (folded). */
interface Index {
  readonly ids: ReadonlySet<string>;
  readonly byName: ReadonlyMap<string, readonly Located[]>;
  /** Every id, name and short name, for suggesting the nearest. */
  readonly words: readonly string[];
}

function indexOf(sheet: ReadSheet | undefined, target: Target): Index {
  const ids = new Set<string>();
  const byName = new Map<string, Located[]>();
  const words: string[] = [];
  for (const item of sheet?.items ?? []) {
    const id = item.entity.id;
    if (typeof id !== 'string' || id === '') continue;
    ids.add(id);
    const names = [id, ...NAME_FIELDS[target].map((f) => item.entity[f])].filter((n): n is string => typeof n === 'string' && n.trim() !== '');
    for (const n of new Set(names.map(fold))) byName.set(n, [...(byName.get(n) ?? []), item]);
    words.push(...names);
  }
  return { ids, byName, words };
}

/** How a candidate is shown in the list of an ambiguous reference: `Kommunstyrelsen (KS, id ks)`. */
function describe(item: Located): string {
  const { id, name, shortName } = item.entity;
  const short = typeof shortName === 'string' && shortName !== '' ? `${shortName}, ` : '';
  return `${String(name ?? id)} (${short}id ${String(id)})`;
}

function setPath(entity: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let at: Record<string, unknown> = entity;
  for (const p of parts.slice(0, -1)) at = at[p] as Record<string, unknown>;
  at[parts[parts.length - 1] ?? ''] = value;
}

/**
 * Turns every reference written as a name or short name (`KS`, `Kommunstyrelsen`, a
 * member's name) into the element's id; an id always wins. A name that fits several
 * elements is an error listing them, one that fits none an error with the nearest word.
 */
export function resolveReferences(read: ReadCollections, errors: WorkbookError[]): void {
  const indexes = new Map<Target, Index>();
  const index = (t: Target): Index => {
    const made = indexes.get(t) ?? indexOf(read[t], t);
    indexes.set(t, made);
    return made;
  };
  for (const ref of REFERENCES) {
    if (!(ref.target in NAME_FIELDS) || ref.collection === 'comments') continue;
    const target = ref.target as Target;
    const sheet = read[ref.collection as CollectionName];
    if (sheet === undefined) continue;
    const column = labelOf(sheet.table, columnOfField(ref.field));
    if (read[target] === undefined) {
      // The sheet referred to is not in the workbook (deleted, renamed, a CSV file left out):
      // one error that says so, not one "no member has the id" for every row.
      const rows = sheet.items.filter((item) => [readPath(item.entity, ref.field)].flat().some((v) => typeof v === 'string' && v !== '')).map((item) => item.row);
      if (rows.length > 0) errors.push({ sheet: sheet.table.sheet, row: null, column, code: 'missing-sheet', message: missingSheet(target, rows) });
      continue;
    }
    for (const item of sheet.items) {
      const value = readPath(item.entity, ref.field);
      const resolve = (v: unknown): unknown => {
        if (typeof v !== 'string' || v === '' || index(target).ids.has(v)) return v;
        const found = [...new Set(index(target).byName.get(fold(v)) ?? [])];
        const only = found[0];
        if (found.length === 1 && only) return only.entity.id;
        const at = { sheet: sheet.table.sheet, row: item.row, column };
        if (found.length > 1) {
          const list = found.map(describe).join('; ');
          const several = SEVERAL[target];
          errors.push({
            ...at,
            code: 'ambiguous-reference',
            message: text(`"${v}" kan vara ${several.sv}: ${list}. Skriv id:t.`, `"${v}" could be ${several.en}: ${list}. Write the id.`),
          });
        } else errors.push({ ...at, code: 'dangling-reference', message: withSuggestion(NOT_FOUND[target](v), suggestion(v, index(target).words)) });
        return v;
      };
      if (Array.isArray(value)) {
        const before = errors.length;
        const list = value.map(resolve);
        setPath(item.entity, ref.field, list);
        // The model's own check of the list (an entry twice), once every entry is an id.
        const checked = errors.length === before ? ENTITY_SPECS[ref.collection]?.[ref.field]?.check(list) : undefined;
        if (checked && !checked.ok) errors.push({ sheet: sheet.table.sheet, row: item.row, column, code: 'invalid-value', message: checked.message });
      }
      else if (value !== null && value !== undefined) setPath(item.entity, ref.field, resolve(value));
    }
  }
}
