import { jsonEqual } from '../model/document';
import type { Entity } from './types';

/**
 * Goes through B's elements in B's order, each with A's element of the same id (undefined
 * when A has none), then through A's elements B has not, in A's order. Two versions of one
 * map mostly hold their elements in the same order, so A's elements are followed with a
 * cursor (an index into A's elements beside the loop over B) and an id is looked up only where the
 * orders part: looking up each of 120,000 memberships in the other map, and again the other
 * way, took longer than comparing them (a look-up in a large map misses the cache; the two
 * walks do not).
 */
export function walkSameIds(
  inA: ReadonlyMap<string, Entity>,
  inB: ReadonlyMap<string, Entity>,
  both: (id: string, old: Entity | undefined, e: Entity) => void,
  onlyA: (id: string, e: Entity) => void,
): void {
  // A's ids and elements copied out by the engine's own fast path for spreading a map's
  // keys and values; B read with forEach. Iterating entries made an [id, element] pair (and
  // a result object) per element: 28 MB of garbage for two files of the largest map.
  const idsA = [...inA.keys()];
  const elementsA = [...inA.values()];
  const n = idsA.length;
  let i = 0;
  // The element at the cursor is known to come later in B: no need to ask again.
  let held = false;
  // A's elements that B had before the cursor reached them: the cursor steps over them.
  const early = new Set<string>();
  const gone: number[] = [];
  inB.forEach((e, id) => {
    while (i < n && !held) {
      const k = idsA[i] as string;
      if (k === id) break;
      if (early.size > 0 && early.delete(k)) i++;
      else if (inB.has(k)) held = true;
      else gone.push(i++);
    }
    if (i < n && idsA[i] === id) {
      both(id, elementsA[i] as Entity, e);
      i++;
      held = false;
      return;
    }
    const old = inA.get(id);
    if (old !== undefined) early.add(id);
    both(id, old, e);
  });
  // B is through: of the rest of A, what B had was met early, the others B has not.
  for (; i < n; i++) if (!early.delete(idsA[i] as string)) gone.push(i);
  for (let g = 0; g < gone.length; g++) {
    const at = gone[g] as number;
    onlyA(idsA[at] as string, elementsA[at] as Entity);
  }
}

/**
 * `jsonEqual` for two elements, without a list of keys per object: every element of the
 * two files is compared, 165,000 of them in the largest map.
 */
export function sameEntity(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameEntity(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  if (a instanceof Map || b instanceof Map) return jsonEqual(a, b);
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  // Elements are plain records (read from JSON or spread): for…in sees their own keys only.
  let keys = 0;
  for (const k in x) {
    const v = x[k];
    const w = y[k];
    if (v !== w) {
      if (!sameEntity(v, w)) return false;
    } else if (v === undefined && !Object.hasOwn(y, k)) return false;
    keys++;
  }
  for (const _key in y) keys--;
  return keys === 0;
}
