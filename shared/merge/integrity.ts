import { MIGRATIONS } from '../file/migrations';
import { restore } from '../file/restore';
import { plainFile } from '../file/serialize';
import { text } from '../i18n/text';
import { isPlainObject } from '../model/fields';
import type { Issue } from '../model/issue';
import { DECLARATIONS, referencesOf, type Declarations } from '../model/declarations';
import { readPath } from '../model/specs';
import { COLLECTIONS, type CollectionName, type MandatModel } from '../model/types';
import type { Entity } from './entities';
import type { MergeRepair } from './types';


function withPath(entity: Entity, field: string, value: unknown): Entity {
  const [head, ...rest] = field.split('.') as [string, ...string[]];
  const inner = entity[head];
  return { ...entity, [head]: rest.length === 0 ? value : withPath(isPlainObject(inner) ? inner : {}, rest.join('.'), value) };
}

/**
 * Makes a merged map hold together the way the edit commands would have, had each
 * copy seen the other's edits: an element that means nothing without a removed one
 * goes too (a membership of a removed body), a reference that only mentions it is
 * cleared (part of, decided by), a line between one body and itself goes. Each is listed.
 */
export function repairReferences(model: MandatModel, declarations: Declarations = DECLARATIONS): { model: MandatModel; repairs: MergeRepair[] } {
  const repairs: MergeRepair[] = [];
  const out = { ...model } as unknown as Record<CollectionName, Map<string, Entity>>;
  const touched = new Set<CollectionName>();
  const writable = (c: CollectionName): Map<string, Entity> => {
    if (!touched.has(c)) {
      out[c] = new Map(out[c]);
      touched.add(c);
    }
    return out[c];
  };
  let changed = true;
  while (changed) {
    changed = false;
    for (const ref of referencesOf(declarations)) {
      for (const [id, entity] of out[ref.collection]) {
        if (ref.when && readPath(entity, ref.when.field) !== ref.when.equals) continue;
        const value = readPath(entity, ref.field);
        if (value === null || value === undefined) continue;
        const ids = ref.list ? (value as string[]) : [value as string];
        const gone = ids.filter((t) => !out[ref.target].has(t));
        if (gone.length === 0) continue;
        const what = declarations[ref.collection].noun;
        const target = declarations[ref.target].noun;
        const missing = gone.join('", "');
        changed = true;
        if (ref.dangling === 'drop') {
          writable(ref.collection).delete(id);
          repairs.push({
            code: 'dropped-dangling',
            collection: ref.collection,
            id,
            message: text(
              `${what.sv} "${id}" togs bort: ${target.sv} "${missing}" har tagits bort i en av kopiorna`,
              `${what.en} "${id}" was removed: ${target.en} "${missing}" was removed in one of the copies`,
            ),
          });
        } else {
          writable(ref.collection).set(id, withPath(entity, ref.field, ref.list ? ids.filter((t) => !gone.includes(t)) : null));
          repairs.push({
            code: 'cleared-reference',
            collection: ref.collection,
            id,
            message: text(
              `${ref.field} i ${what.sv} "${id}" tömdes: ${target.sv} "${missing}" har tagits bort i en av kopiorna`,
              `${ref.field} of ${what.en} "${id}" was cleared: ${target.en} "${missing}" was removed in one of the copies`,
            ),
          });
        }
      }
    }
  }
  for (const [id, line] of out.reportingLines) {
    if (line.from !== line.to) continue;
    writable('reportingLines').delete(id);
    repairs.push({
      code: 'dropped-self-line',
      collection: 'reportingLines',
      id,
      message: text(
        `rapporteringslinje "${id}" togs bort: kopiorna ändrade dess två ändar så att den gick från ett organ till samma organ`,
        `reporting line "${id}" was removed: the copies changed its two ends so that it ran from a body to the same body`,
      ),
    });
  }
  return { model: out as unknown as MandatModel, repairs };
}

/**
 * What in a merged map would stop it from opening (a field a declaration requires, a
 * violation of the model's invariants), found by the same `restore` that opens files. Paths name elements by id (`bodies[ks].partOf`), not by position.
 */
export function integrityProblems(model: MandatModel, declarations: Declarations = DECLARATIONS): Issue[] {
  const file = plainFile(model, declarations);
  const restored = restore(file, MIGRATIONS, declarations);
  if (restored.ok) return [];
  const issues = restored.error.issues.length > 0 ? restored.error.issues : [{ code: restored.error.code, path: '', message: restored.error.message }];
  return issues.map((issue) => ({ ...issue, path: issue.path.replace(/^(\w+)\[(\d+)\]/, (whole, name: string, index: string) => idAt(file, name, Number(index)) ?? whole) }));
}

function idAt(file: Record<string, unknown>, name: string, index: number): string | null {
  if (!(COLLECTIONS as readonly string[]).includes(name)) return null;
  const item = (file[name] as Entity[] | undefined)?.[index];
  return item && typeof item.id === 'string' ? `${name}[${item.id}]` : null;
}
