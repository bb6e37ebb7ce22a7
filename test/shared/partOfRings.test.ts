import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../shared/commands/apply';
import { restore } from '../../shared/file/restore';
import { serializeMap } from '../../shared/file/serialize';
import { createMapDocument } from '../../shared/model/document';
import { partOfRings } from '../../shared/model/partOfRings';
import type { BodyId } from '../../shared/model/ids';
import { makeBody, makeModel } from '../factories';

/** Bodies b0 … b(n-1) where each is part of the next, and the last part of `lastParent`. */
function chain(n: number, lastParent: number | null): Record<string, string | null> {
  const parents: Record<string, string | null> = {};
  for (let i = 0; i < n; i++) parents[`b${i}`] = i < n - 1 ? `b${i + 1}` : lastParent === null ? null : `b${lastParent}`;
  return parents;
}

const ringsOf = (parents: Record<string, string | null>) => partOfRings(Object.keys(parents), (id) => parents[id] ?? null);

/** The obvious way: a body is on a ring when following its parents leads back to it. */
function naiveOnRing(parents: Record<string, string | null>): Set<string> {
  const ids = Object.keys(parents);
  const out = new Set<string>();
  for (const id of ids) {
    let cur = parents[id] ?? null;
    for (let k = 0; k < ids.length && cur !== null && cur in parents; k++) {
      if (cur === id) {
        out.add(id);
        break;
      }
      cur = parents[cur] ?? null;
    }
  }
  return out;
}

describe('partOfRings', () => {
  it('finds a ring in link order, starting at the body that comes first', () => {
    const parents = { x: 'c', a: 'b', b: 'c', c: 'a', top: null };
    expect(ringsOf(parents).rings).toEqual([['a', 'b', 'c']]);
  });

  it('reports a tail leading into a ring as the ring only, and each ring once', () => {
    const parents = { t1: 't2', t2: 'r1', r1: 'r2', r2: 'r1', s: 's', u: 'v', v: 'u' };
    expect(ringsOf(parents).rings).toEqual([['r1', 'r2'], ['s'], ['u', 'v']]);
  });

  it('ignores parents that are not among the bodies (restore reports those as dangling)', () => {
    expect(ringsOf({ a: 'gone', b: 'a' }).rings).toEqual([]);
  });

  it('follows each link at most once: a 6,000-body chain takes 6,000 steps, with or without a ring', () => {
    const open = ringsOf(chain(6000, null));
    expect(open).toEqual({ rings: [], steps: 6000 });
    const closed = ringsOf(chain(6000, 0));
    expect(closed.rings).toHaveLength(1);
    expect(closed.rings[0]).toHaveLength(6000);
    expect(closed.steps).toBe(6000);
    const tail = ringsOf(chain(6000, 3000));
    expect(tail.rings[0]?.[0]).toBe('b3000');
    expect(tail.steps).toBe(6000);
  });

  it('finds exactly the bodies the obvious quadratic walk finds, in at most one step a body', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.nat(11), { nil: null }), { minLength: 1, maxLength: 12 }), (targets) => {
        const parents: Record<string, string | null> = {};
        targets.forEach((t, i) => (parents[`b${i}`] = t === null ? null : `b${t}`));
        const { rings, steps } = ringsOf(parents);
        expect(new Set(rings.flat())).toEqual(naiveOnRing(parents));
        expect(rings.flat()).toHaveLength(new Set(rings.flat()).size);
        expect(steps).toBeLessThanOrEqual(targets.length);
      }),
    );
  });
});

describe('restore of a long part-of chain', () => {
  const file = (lastParent: number | null) => {
    const parents = chain(6000, lastParent);
    const bodies = Object.entries(parents).map(([id, p]) => makeBody(id, { partOf: p as BodyId | null }));
    return JSON.parse(serializeMap(makeModel({ bodies }), null)) as unknown;
  };

  it('opens a 6,000-body chain and refuses it once the top is made part of the bottom (the time limit only catches a hang: the old check took minutes)', () => {
    const open = file(null);
    const closed = file(0);
    const started = performance.now();
    expect(restore(open).ok).toBe(true);
    const ring = restore(closed);
    expect(ring.ok ? [] : ring.error.issues.map((i) => [i.code, i.path])).toEqual([['part-of-cycle', 'bodies[0].partOf']]);
    // Generous: two cores shared by many test runs; the linear bound itself is the steps test above.
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});

describe('the part-of check of an edit on a long chain', () => {
  it('refuses closing a 6,000-body chain into a ring and accepts moving its bottom elsewhere (the time limit only catches a hang: the old check took minutes)', () => {
    const parents = chain(6000, null);
    const doc = createMapDocument(makeModel({ bodies: Object.entries(parents).map(([id, p]) => makeBody(id, { partOf: p as BodyId | null })) }));
    const started = performance.now();
    const closing = applyCommand(doc, { type: 'updateBody', id: 'b5999' as BodyId, changes: { partOf: 'b0' as BodyId } });
    expect(closing.ok ? [] : closing.issues.map((i) => i.code)).toEqual(['part-of-cycle']);
    expect(applyCommand(doc, { type: 'updateBody', id: 'b3000' as BodyId, changes: { partOf: 'b10' as BodyId } }).ok).toBe(false);
    expect(applyCommand(doc, { type: 'updateBody', id: 'b0' as BodyId, changes: { partOf: null } }).ok).toBe(true);
    // Generous: two cores shared by many test runs; the linear bound itself is the steps test above.
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});
