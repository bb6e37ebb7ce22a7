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

type InForce = (id: string, e: Entity) => boolean;

/** A reference's field read straight off the element, or through its path when nested. */
function reader(field: string): (e: Entity) => unknown {
  return field.includes('.') ? (e) => valueAt(e, field) : (e) => e[field];
}

/** One 'drop' reference as the test reads it: the target's ids in force resolved once, not per element. */
interface DropTest {
  readonly value: (e: Entity) => unknown;
  readonly when: ((e: Entity) => boolean) | null;
  readonly there: Pick<ReadonlySet<string>, 'has'>;
}

/**
 * Which elements of each collection are in force on a date; the same test as `mapOn`,
 * without building the map. A reference counts only when its target's ids were known when
 * the test was made (a collection's own, and later ones, are not while it is being read):
 * the order in which `mapOn` drops dangling elements.
 */
function inForce(model: MandatModel, date: IsoDate, dropRefs: readonly ReferenceSpec[]): Map<CollectionName, InForce> {
  const year = yearOf(date);
  const present = new Map<CollectionName, Pick<ReadonlySet<string>, 'has'>>();
  const tests = new Map<CollectionName, InForce>();
  const ownTest = (name: CollectionName): ((e: Entity) => boolean) | null => {
    const declaration = DECLARATIONS[name];
    const valid = hasValidity(declaration);
    const yearly = hasYear(declaration);
    const refs: DropTest[] = [];
    for (const r of dropRefs) {
      const there = r.collection === name ? present.get(r.target) : undefined;
      if (!there) continue;
      const when = r.when ? ((field: string, equals: unknown) => (e: Entity) => valueAt(e, field) === equals)(r.when.field, r.when.equals) : null;
      refs.push({ value: reader(r.field), when, there });
    }
    // Nothing to test: every element is in force (members, comments without their targets' dates).
    if (!valid && !yearly && refs.length === 0) return null;
    return (e) => {
      if (valid && ((e.validFrom !== null && (e.validFrom as string) > date) || (e.validTo !== null && date > (e.validTo as string)))) return false;
      if (yearly && e.year !== year) return false;
      for (let i = 0; i < refs.length; i++) {
        const r = refs[i] as DropTest;
        if (r.when && !r.when(e)) continue;
        const v = r.value(e);
        if (typeof v === 'string' && !r.there.has(v)) return false;
      }
      return true;
    };
  };
  const all: InForce = () => true;
  // First the collections others depend on, each with the set of its ids in force, in model order.
  for (const name of COLLECTIONS) {
    if (!dropRefs.some((r) => r.target === name)) continue;
    const own = ownTest(name);
    if (own === null) {
      // All of it is in force: the collection itself answers.
      const whole = entities(model, name);
      present.set(name, whole);
      tests.set(name, all);
      continue;
    }
    const ids = new Set<string>();
    // forEach rather than for…of: no [id, element] pair per element.
    entities(model, name).forEach((e, id) => {
      if (own(e)) ids.add(id);
    });
    present.set(name, ids);
    tests.set(name, (id) => ids.has(id));
  }
  // Then the others, which see every set.
  for (const name of COLLECTIONS) {
    if (tests.has(name)) continue;
    const own = ownTest(name);
    tests.set(name, own === null ? all : (_id, e) => own(e));
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
    const testA = onA.get(name) as InForce;
    const testB = onB.get(name) as InForce;
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
