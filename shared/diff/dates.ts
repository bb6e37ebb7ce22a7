import { DECLARATIONS, referencesOf, type ReferenceSpec } from '../model/declarations';
import { COLLECTIONS, type Body, type CollectionName, type IsoDate, type MandatModel } from '../model/types';
import { yearOf } from '../time/isoDate';
import { added, changed, entities, removed, type Sides } from './elements';
import { valueAt } from './fieldPath';
import { hasValidity, hasYear, renamedOn } from './snapshot';
import type { Change, Entity } from './types';

/**
 * A map read as of a date for naming only: each body under the name it had then (what
 * labels and values look up). A renamed body is renamed once per date, not on every look-up
 * (the label of each of thousands of memberships looks its body up).
 */
export function namesOn(model: MandatModel, date: IsoDate): MandatModel {
  const renamed = new Map<string, Entity>();
  const bodies = {
    get: (id: string): Entity | undefined => {
      const b = model.bodies.get(id);
      if (!b || b.formerNames.length === 0) return b as unknown as Entity | undefined;
      let r = renamed.get(id);
      if (r === undefined) renamed.set(id, (r = renamedOn(b, date)));
      return r;
    },
    has: (id: string): boolean => model.bodies.has(id),
  };
  return { ...model, bodies } as unknown as MandatModel;
}

/**
 * In force on which of the two dates, as bits: 1 on date A, 2 on date B (3 both, 0 neither).
 * One test of an element answers for both dates, and a reference looks its target up once.
 */
type Bits = number;
const NEITHER = 0;
const ON_A = 1;
const ON_B = 2;
const BOTH = 3;

/**
 * The ids of a collection in force, with their bits: `whole` when every element is in
 * force on both dates (the collection itself answers, an id it has is in force), else a
 * map holding the ids in force on either date (an id it has not is in force on neither).
 */
interface Present {
  readonly whole: boolean;
  readonly ids: ReadonlyMap<string, unknown>;
}

/**
 * One 'drop' reference as the test reads it: the target's ids in force resolved once, not per
 * element. The last id looked up is kept with its bits: memberships come a body at a time, so
 * a run of one body's memberships looks its body up once (5,800 look-ups, not 120,000).
 */
interface DropTest {
  readonly value: (e: Entity) => unknown;
  readonly when: ((e: Entity) => boolean) | null;
  readonly there: Present;
  last: string | null;
  lastBits: Bits;
}

/** A reference's field read straight off the element, or through its path when nested. */
function reader(field: string): (e: Entity) => unknown {
  return field.includes('.') ? (e) => valueAt(e, field) : (e) => e[field];
}

function whenTest(ref: ReferenceSpec): ((e: Entity) => boolean) | null {
  if (!ref.when) return null;
  const { field, equals } = ref.when;
  return (e) => valueAt(e, field) === equals;
}

/**
 * The test of one collection on both dates, or null when every element is in force on
 * both. A reference counts only when its target's ids are in `present` when the test is
 * made (a collection's own, and later ones, are not while it is being read): the order in
 * which `mapOn` drops dangling elements. When `exact` is false the caller only asks whether
 * the element is in force on one date and not the other, so a reference to a collection
 * wholly in force (which can only take an element out on both dates) is not looked up for
 * an element in force on both.
 */
function testOf(name: CollectionName, dateA: IsoDate, dateB: IsoDate, present: ReadonlyMap<CollectionName, Present>, dropRefs: readonly ReferenceSpec[], exact: boolean): ((e: Entity) => Bits) | null {
  const declaration = DECLARATIONS[name];
  const valid = hasValidity(declaration);
  const yearly = hasYear(declaration);
  const yearA = yearOf(dateA);
  const yearB = yearOf(dateB);
  const varying: DropTest[] = [];
  const whole: DropTest[] = [];
  for (const r of dropRefs) {
    const there = r.collection === name ? present.get(r.target) : undefined;
    if (there) (there.whole ? whole : varying).push({ value: reader(r.field), when: whenTest(r), there, last: null, lastBits: NEITHER });
  }
  // Nothing to test: every element is in force (members, comments without their targets' dates).
  if (!valid && !yearly && varying.length === 0 && whole.length === 0) return null;
  return (e) => {
    let bits = BOTH;
    if (valid) {
      const from = e.validFrom as string | null;
      const to = e.validTo as string | null;
      if ((from !== null && from > dateA) || (to !== null && dateA > to)) bits = ON_B;
      if ((from !== null && from > dateB) || (to !== null && dateB > to)) bits &= ON_A;
      if (bits === NEITHER) return NEITHER;
    }
    if (yearly) {
      if (e.year !== yearA) bits &= ON_B;
      if (e.year !== yearB) bits &= ON_A;
      if (bits === NEITHER) return NEITHER;
    }
    for (let i = 0; i < varying.length; i++) {
      const r = varying[i] as DropTest;
      if (r.when && !r.when(e)) continue;
      const v = r.value(e);
      if (typeof v === 'string') {
        if (v !== r.last) {
          r.last = v;
          r.lastBits = (r.there.ids.get(v) as Bits | undefined) ?? NEITHER;
        }
        bits &= r.lastBits;
      }
      if (bits === NEITHER) return NEITHER;
    }
    if (bits === BOTH && !exact) return BOTH;
    for (let i = 0; i < whole.length; i++) {
      const r = whole[i] as DropTest;
      if (r.when && !r.when(e)) continue;
      const v = r.value(e);
      if (typeof v === 'string' && !r.there.ids.has(v)) return NEITHER;
    }
    return bits;
  };
}

/** An element in force on one date only, or a body in force on both that has had other names. */
interface Candidate {
  readonly id: string;
  readonly e: Entity;
  readonly bits: Bits;
}

const isRenamedBody = (name: CollectionName, e: Entity): boolean => name === 'bodies' && (e as unknown as Body).formerNames.length > 0;

/**
 * The changes between one map on two dates, in one pass over each collection: what is in
 * force only on B was added, only on A removed; of what is in force on both, only a body
 * can differ (its name on each date). The same as comparing `mapOn` of each date by id (the
 * property tests check so), without building the two maps.
 */
export function changesBetweenDates(model: MandatModel, dateA: IsoDate, dateB: IsoDate): { changes: Change[]; sides: Sides } {
  const s: Sides = { a: namesOn(model, dateA), b: namesOn(model, dateB), dated: { from: dateA, to: dateB, model } };
  const dropRefs = referencesOf(DECLARATIONS).filter((r) => r.dangling === 'drop' && !r.list);
  const present = new Map<CollectionName, Present>();
  // What differs in the collections others depend on, found while their ids in force are gathered.
  const found = new Map<CollectionName, Candidate[]>();
  // First the collections others depend on, in model order, each seeing the ones before it.
  for (const name of COLLECTIONS) {
    if (!dropRefs.some((r) => r.target === name)) continue;
    const collection = entities(model, name);
    const test = testOf(name, dateA, dateB, present, dropRefs, true);
    const candidates: Candidate[] = [];
    found.set(name, candidates);
    if (test === null) {
      present.set(name, { whole: true, ids: collection });
      if (name === 'bodies') collection.forEach((e, id) => isRenamedBody(name, e) && candidates.push({ id, e, bits: BOTH }));
      continue;
    }
    // The ids in force are gathered only when an element refers to them: the reporting lines'
    // ids (12,000 on the largest map) are read only by comments, which most maps have none of.
    const read = dropRefs.some((r) => r.target === name && entities(model, r.collection).size > 0);
    const ids = new Map<string, Bits>();
    // forEach rather than for…of: no [id, element] pair per element.
    collection.forEach((e, id) => {
      const bits = test(e);
      if (bits === NEITHER) return;
      if (read) ids.set(id, bits);
      if (bits !== BOTH || isRenamedBody(name, e)) candidates.push({ id, e, bits });
    });
    // Unread, the collection is left out: a reference to it is then not looked up, as no element has one.
    if (read) present.set(name, { whole: false, ids });
  }
  const changes: Change[] = [];
  const emit = (name: CollectionName, id: string, e: Entity, bits: Bits): void => {
    if (bits === ON_A) changes.push(removed(name, id, name === 'bodies' ? (s.a.bodies.get(id) as unknown as Entity) : e, s));
    else if (bits === ON_B) changes.push(added(name, id, name === 'bodies' ? (s.b.bodies.get(id) as unknown as Entity) : e, s));
    else if (bits === BOTH && isRenamedBody(name, e)) {
      const c = changed(name, id, s.a.bodies.get(id) as unknown as Entity, s.b.bodies.get(id) as unknown as Entity, s);
      if (c) changes.push(c);
    }
  };
  for (const name of COLLECTIONS) {
    const candidates = found.get(name);
    if (candidates) {
      for (let i = 0; i < candidates.length; i++) {
        const { id, e, bits } = candidates[i] as Candidate;
        emit(name, id, e, bits);
      }
      continue;
    }
    // The others see every collection they depend on.
    const test = testOf(name, dateA, dateB, present, dropRefs, name === 'bodies');
    // A collection without dates or a year, hanging on nothing that comes and goes (members), is the same on both dates.
    if (test === null && name !== 'bodies') continue;
    // Each change made as its element is met: no list of candidates in between (7,700 memberships on the largest map).
    entities(model, name).forEach((e, id) => emit(name, id, e, test === null ? BOTH : test(e)));
  }
  return { changes, sides: s };
}
