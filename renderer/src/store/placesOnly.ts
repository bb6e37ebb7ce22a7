import type { MandatModel } from '../../../shared/model/types';

/** Two JSON values (what a snapshot's elements are made of) are the same, deeply. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** A body the same as another but for where it is drawn. */
function sameButPlace(a: object, b: object): boolean {
  const { position: _a, ...restA } = a as { position?: unknown };
  const { position: _b, ...restB } = b as { position?: unknown };
  return sameValue(restA, restB);
}

/**
 * Whether `after` differs from `before` in nothing but bodies' positions: a body dragged
 * or arranged. No check reads where a body is drawn, so such a snapshot has the findings
 * of the one before. Every other collection, the meta data and the settings must be the
 * very same objects (a snapshot renews only what a change touched, see snapshot.ts), and
 * the bodies the same ids in the same order; a body that is a new object is compared
 * field by field, without its position. Linear in the number of bodies, with a deep
 * comparison only for the few that were renewed.
 */
export function differsOnlyInPlaces(before: MandatModel, after: MandatModel): boolean {
  if (before === after) return true;
  for (const key of Object.keys(after) as (keyof MandatModel)[]) if (key !== 'bodies' && before[key] !== after[key]) return false;
  if (Object.keys(before).length !== Object.keys(after).length) return false;
  if (before.bodies.size !== after.bodies.size) return false;
  const old = before.bodies.entries();
  for (const [id, body] of after.bodies) {
    const next = old.next();
    if (next.done) return false;
    const [oldId, oldBody] = next.value;
    if (oldId !== id) return false;
    if (oldBody !== body && !sameButPlace(oldBody, body)) return false;
  }
  return true;
}
