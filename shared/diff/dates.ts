import { DECLARATIONS, referencesOf, type ReferenceSpec } from '../model/declarations';
import { COLLECTIONS, type Body, type CollectionName, type IsoDate, type MandatModel } from '../model/types';
import { yearOf } from '../time/isoDate';
import { added, changed, entities, removed, type Sides } from './elements';
import { valueAt } from './fieldPath';
import { hasValidity, hasYear, renamedOn } from './snapshot';
import type { Change, Entity } from './types';

/** A map read as of a date for naming only: each body under the name it had then (what labels and values look up). */
export function namesOn(model: MandatModel, date: IsoDate): MandatModel {
  const bodies = {
    get: (id: string): Entity | undefined => {
      const b = model.bodies.get(id);
      return b && b.formerNames.length > 0 ? renamedOn(b, date) : (b as unknown as Entity | undefined);
    },
    has: (id: string): boolean => model.bodies.has(id),
  };
  return { ...model, bodies } as unknown as MandatModel;
}

/** Which elements of each collection are in force on a date; the same test as `mapOn`, without building the map. */
function inForce(model: MandatModel, date: IsoDate, dropRefs: readonly ReferenceSpec[]): Map<CollectionName, (id: string, e: Entity) => boolean> {
  const year = yearOf(date);
  const present = new Map<CollectionName, Set<string> | null>();
  const tests = new Map<CollectionName, (id: string, e: Entity) => boolean>();
  for (const name of COLLECTIONS) {
    const declaration = DECLARATIONS[name];
    const valid = hasValidity(declaration);
    const yearly = hasYear(declaration);
    const refs = dropRefs.filter((r) => r.collection === name);
    const own = (e: Entity): boolean => {
      if (valid && ((e.validFrom !== null && (e.validFrom as string) > date) || (e.validTo !== null && date > (e.validTo as string)))) return false;
      if (yearly && e.year !== year) return false;
      for (const r of refs) {
        if (r.when && valueAt(e, r.when.field) !== r.when.equals) continue;
        const v = valueAt(e, r.field);
        const there = present.get(r.target);
        if (typeof v === 'string' && there && !there.has(v)) return false;
      }
      return true;
    };
    // Only collections others depend on keep the set of their present ids.
    if (dropRefs.some((r) => r.target === name)) {
      const ids = new Set<string>();
      // forEach rather than for…of: no [id, element] pair per element (120,000 memberships).
      entities(model, name).forEach((e, id) => {
        if (own(e)) ids.add(id);
      });
      present.set(name, ids);
      tests.set(name, (id) => ids.has(id));
    } else tests.set(name, (_id, e) => own(e));
  }
  return tests;
}

/**
 * The changes between one map on two dates, in one pass over each collection: what is in
 * force only on B was added, only on A removed; of what is in force on both, only a body
 * can differ (its name on each date).
 */
export function changesBetweenDates(model: MandatModel, dateA: IsoDate, dateB: IsoDate): { changes: Change[]; sides: Sides } {
  const s: Sides = { a: namesOn(model, dateA), b: namesOn(model, dateB), dated: { from: dateA, to: dateB, model } };
  const dropRefs = referencesOf(DECLARATIONS).filter((r) => r.dangling === 'drop' && !r.list);
  const onA = inForce(model, dateA, dropRefs);
  const onB = inForce(model, dateB, dropRefs);
  const changes: Change[] = [];
  for (const name of COLLECTIONS) {
    // A collection without dates or a year, hanging on nothing that comes and goes (members), is the same on both dates.
    if (name !== 'bodies' && !hasValidity(DECLARATIONS[name]) && !hasYear(DECLARATIONS[name]) && !dropRefs.some((r) => r.collection === name)) continue;
    const testA = onA.get(name) as (id: string, e: Entity) => boolean;
    const testB = onB.get(name) as (id: string, e: Entity) => boolean;
    entities(model, name).forEach((e, id) => {
      const a = testA(id, e);
      const b = testB(id, e);
      if (a && !b) changes.push(removed(name, id, name === 'bodies' ? (s.a.bodies.get(id) as unknown as Entity) : e, s));
      else if (b && !a) changes.push(added(name, id, name === 'bodies' ? (s.b.bodies.get(id) as unknown as Entity) : e, s));
      else if (a && b && name === 'bodies' && (e as unknown as Body).formerNames.length > 0) {
        const c = changed(name, id, s.a.bodies.get(id) as unknown as Entity, s.b.bodies.get(id) as unknown as Entity, s);
        if (c) changes.push(c);
      }
    });
  }
  return { changes, sides: s };
}
