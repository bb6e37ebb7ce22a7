import { DECLARATIONS, referencesOf } from '../model/declarations';
import { COLLECTIONS, type CollectionName, type MandatModel } from '../model/types';
import { entities } from './elements';
import { valueAt, withValueAt } from './fieldPath';
import type { Entity, NameMatch } from './types';

/** B's id → the id of the element of A it is matched with, in one collection. */
export type Pairs = Pick<ReadonlyMap<string, string>, 'get'>;

/** For each collection, B's id → the id of the element of A it is matched with. */
export type Pairing = ReadonlyMap<CollectionName, Pairs>;

/**
 * The pairs of one collection matched by id, read from the two collections themselves:
 * building a map of 120,000 id → id pairs (and a set of the matched ones) took longer
 * than comparing the elements. The comparison itself walks the two collections side by
 * side (`walkSameIds`) and asks this only whether the pairing is by id.
 */
export class SameIdPairs implements Pairs {
  constructor(
    private readonly inA: ReadonlyMap<string, unknown>,
    private readonly inB: ReadonlyMap<string, unknown>,
  ) {}
  get(id: string): string | undefined {
    return this.inA.has(id) && this.inB.has(id) ? id : undefined;
  }
}

const normal = (s: unknown): string => (typeof s === 'string' ? s.trim().toLowerCase().replace(/\s+/g, ' ') : '');

/** True when two maps share no body id though both have bodies: two maps made apart (two municipalities). */
export function shareNoBodyId(a: MandatModel, b: MandatModel): boolean {
  if (a.bodies.size === 0 || b.bodies.size === 0) return false;
  for (const id of b.bodies.keys()) if (a.bodies.has(id)) return false;
  return true;
}

/** Every element of B paired with A's element of the same id. */
export function pairById(a: MandatModel, b: MandatModel): Pairing {
  return new Map<CollectionName, Pairs>(COLLECTIONS.map((name) => [name, new SameIdPairs(entities(a, name), entities(b, name))]));
}

/** B's element written in A's ids: its own id and each reference mapped through the pairing where it has a pair. */
export function inIdsOf(name: CollectionName, e: Entity, pairing: Pairing): Entity {
  let out: Entity = { ...e, id: pairing.get(name)?.get(String(e.id)) ?? e.id };
  for (const ref of referencesOf(DECLARATIONS)) {
    if (ref.collection !== name) continue;
    const pairs = pairing.get(ref.target);
    const v = valueAt(out, ref.field);
    if (!pairs || v === undefined || v === null) continue;
    out = withValueAt(out, ref.field, Array.isArray(v) ? v.map((x) => pairs.get(String(x)) ?? x) : (pairs.get(String(v)) ?? v));
  }
  return out;
}

/** What an element is known by when ids differ: its names, or the elements it joins (a membership: member and body) and its year. */
function signature(name: CollectionName, e: Entity): string {
  if (name === 'bodies' || name === 'members') return normal(e.name);
  const parts = referencesOf(DECLARATIONS)
    .filter((r) => r.collection === name && r.dangling === 'drop' && !r.list)
    .map((r) => String(valueAt(e, r.field) ?? ''));
  for (const field of ['name', 'title', 'year', 'findingKey']) if (e[field] !== undefined) parts.push(normal(String(e[field])));
  return parts.join('\u0000');
}

/**
 * Pairs the elements of two maps made apart: by id where one matches, else bodies and
 * members by their name (a body by its short name after that), and the other collections
 * by the elements they join, in A's ids (a membership of the same person in the same
 * body). Collections are paired in model order, so a membership's body is paired first.
 */
export function pairByName(a: MandatModel, b: MandatModel): { pairing: Pairing; byName: NameMatch[] } {
  const out = new Map<CollectionName, Map<string, string>>();
  const byName: NameMatch[] = [];
  for (const name of COLLECTIONS) {
    const pairs = new Map<string, string>();
    out.set(name, pairs);
    const inA = entities(a, name);
    const inB = entities(b, name);
    for (const id of inB.keys()) if (inA.has(id)) pairs.set(id, id);
    const taken = new Set(pairs.values());
    const keys = name === 'bodies' ? [(e: Entity) => normal(e.name), (e: Entity) => normal(e.shortName)] : [(e: Entity) => signature(name, e)];
    for (const key of keys) {
      const waiting = new Map<string, string[]>();
      for (const [id, e] of inA) {
        const k = key(e);
        if (taken.has(id) || k === '') continue;
        const list = waiting.get(k);
        if (list) list.push(id);
        else waiting.set(k, [id]);
      }
      for (const [id, e] of inB) {
        if (pairs.has(id)) continue;
        const k = key(name === 'bodies' || name === 'members' ? e : inIdsOf(name, e, out));
        const match = waiting.get(k)?.shift();
        if (match === undefined) continue;
        pairs.set(id, match);
        taken.add(match);
        if (name === 'bodies' || name === 'members') byName.push({ scope: name, idBefore: match, id, name: String(e.name) });
      }
    }
  }
  return { pairing: out, byName };
}
