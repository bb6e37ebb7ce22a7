/**
 * The context's position indexes of lines and edges (lineFrom/lineTo/linePath, the graph's
 * rows, `upward` made from them, partOfRelatedAt, chaired, the graph's chain search) against
 * plain code over ids written as the context was before them, on random maps: they exist
 * for speed and must answer exactly as the plain code does, in the same order.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildContext, type AnalysisContext } from '../../../shared/analysis/context';
import { farthestChain } from '../../../shared/analysis/paths';
import type { MandatModel } from '../../../shared/model/types';
import { PATH_LINE_KINDS } from '../../../shared/model/vocabulary';
import { isValidOn } from '../../../shared/time/isoDate';
import { arbModel } from '../../arbitraries';
import { makeBody, makeModel } from '../../factories';
import type { BodyId } from '../../../shared/model/ids';

const DATES = ['2016-01-01', '2020-06-15', '2024-03-01', '2029-12-31'];
const arbCase = fc.tuple(arbModel(), fc.constantFrom(...DATES));
const contextOf = (model: MandatModel, asOf: string): AnalysisContext => buildContext(model, asOf, model.settings);

/** The accountability edges as the context built them with a map of id lists: partOf first, then path lines in line order, each once. */
function plainUpward(ctx: AnalysisContext): Map<string, string[]> {
  const upward = new Map<string, string[]>();
  const add = (from: string, to: string): void => {
    const list = upward.get(from);
    if (!list) upward.set(from, [to]);
    else if (!list.includes(to)) list.push(to);
  };
  for (const b of ctx.bodies) if (b.partOf && ctx.bodyIndex.has(b.partOf)) add(b.id, b.partOf);
  for (const l of ctx.lines) if (PATH_LINE_KINDS.has(l.kind) && ctx.bodyIndex.has(l.to)) add(l.from, l.to);
  return upward;
}

/** The plain search of `farthestChain`: a map of parents and a queue of ids. */
function plainFarthest(upward: ReadonlyMap<string, readonly string[]>, from: string): string[] {
  const parent = new Map<string, string | null>([[from, null]]);
  const queue = [from];
  for (let i = 0; i < queue.length; i++)
    for (const next of upward.get(queue[i] as string) ?? [])
      if (!parent.has(next)) {
        parent.set(next, queue[i] as string);
        queue.push(next);
      }
  const chain: string[] = [];
  for (let cur: string | null = queue[queue.length - 1] as string; cur !== null; cur = parent.get(cur) ?? null) chain.unshift(cur);
  return chain;
}

/** Whether `anc` is `id`'s partOf, or its partOf's, and so on (through bodies of any date). */
function plainAbove(model: MandatModel, anc: string, id: string): boolean {
  const seen = new Set<string>();
  for (let cur = model.bodies.get(id)?.partOf ?? null; cur && !seen.has(cur); cur = model.bodies.get(cur)?.partOf ?? null) {
    if (cur === anc) return true;
    seen.add(cur);
  }
  return false;
}

describe('the context position indexes against plain code', () => {
  it('gives each line its bodies by position and whether it is a path', () => {
    fc.assert(
      fc.property(arbCase, ([model, asOf]) => {
        const ctx = contextOf(model, asOf);
        expect(ctx.lineFrom).toHaveLength(ctx.lines.length);
        ctx.lines.forEach((l, i) => {
          expect(ctx.lineFrom[i]).toBe(ctx.bodyIndex.get(l.from));
          expect(ctx.lineTo[i]).toBe(ctx.bodyIndex.get(l.to) ?? -1);
          expect(ctx.linePath[i]).toBe(PATH_LINE_KINDS.has(l.kind) ? 1 : 0);
        });
      }),
    );
  });

  it('holds the accountability edges of the map of id lists, in its order, and the graph has them by position', () => {
    fc.assert(
      fc.property(arbCase, ([model, asOf]) => {
        const ctx = contextOf(model, asOf);
        const plain = plainUpward(ctx);
        // Same keys in the same order, same lists.
        expect([...ctx.upward]).toEqual([...plain]);
        ctx.bodies.forEach((b, i) => {
          const row = Array.from(ctx.graph.up.subarray(ctx.graph.upStart[i], ctx.graph.upStart[i + 1]), (p) => ctx.bodies[p]?.id);
          expect(row).toEqual(plain.get(b.id) ?? []);
          expect(farthestChain(ctx, b.id)).toEqual(plainFarthest(plain, b.id));
        });
        expect(farthestChain(ctx, 'absent' as never)).toEqual(['absent']);
      }),
    );
  });

  it('answers partOfRelatedAt as partOfRelated and the plain partOf walk do, and knows the chaired bodies', () => {
    fc.assert(
      fc.property(arbCase, ([model, asOf]) => {
        const ctx = contextOf(model, asOf);
        ctx.bodies.forEach((a, i) =>
          ctx.bodies.forEach((b, j) => {
            const plain = plainAbove(model, a.id, b.id) || plainAbove(model, b.id, a.id);
            expect(ctx.partOfRelatedAt(i, j)).toBe(plain);
            expect(ctx.partOfRelated(a.id, b.id)).toBe(plain);
          }),
        );
        const chaired = new Set<string>();
        for (const m of model.memberships.values())
          if (m.role === 'chair' && isValidOn(m, asOf) && ctx.bodyIndex.has(m.body) && model.members.has(m.member)) chaired.add(m.body);
        for (const id of [...model.bodies.keys(), 'absent']) expect(ctx.chaired.has(id)).toBe(chaired.has(id));
      }),
    );
  });
});

describe('partOfRelated on deep part-of trees', () => {
  /** A tree of `depth` levels along a spine, with a branch of 40 hanging off every 25th body, a ring of three beside it, and a body under the ring. */
  function deepModel(depth: number): MandatModel {
    const bodies = [makeBody('s0')];
    for (let i = 1; i < depth; i++) bodies.push(makeBody(`s${i}`, { partOf: `s${i - 1}` as BodyId }));
    for (let i = 0; i < depth; i += 25) for (let k = 0; k < 40; k++) bodies.push(makeBody(`b${i}-${k}`, { partOf: (k === 0 ? `s${i}` : `b${i}-${k - 1}`) as BodyId }));
    bodies.push(makeBody('r1', { partOf: 'r3' as BodyId }), makeBody('r2', { partOf: 'r1' as BodyId }), makeBody('r3', { partOf: 'r2' as BodyId }), makeBody('under', { partOf: 'r2' as BodyId }));
    return makeModel({ bodies });
  }

  it('answers as the plain walk does, far beyond the short walk, in a ring too', () => {
    const model = deepModel(300);
    const ctx = contextOf(model, '2022-06-01');
    const ids = [...model.bodies.keys()];
    // Every 7th pair of a 700-body map: tens of thousands of questions, deep and shallow.
    let asked = 0;
    ids.forEach((a, i) =>
      ids.forEach((b, j) => {
        if ((i * ids.length + j) % 7 !== 0) return;
        asked++;
        expect(ctx.partOfRelated(a, b), `${a} ~ ${b}`).toBe(plainAbove(model, a, b) || plainAbove(model, b, a));
      }),
    );
    expect(asked).toBeGreaterThan(50_000);
    expect(ctx.partOfRelated('s0', 's299')).toBe(true);
    expect(ctx.partOfRelated('b0-39', 's299')).toBe(false);
    expect(ctx.partOfRelated('r1', 'under')).toBe(true);
    expect(ctx.partOfRelated('s0', 'under')).toBe(false);
  });

  it('checks a 20,000-body chain without a set of ancestors for every body (linear room)', () => {
    const model = deepModel(20_000);
    const ctx = contextOf(model, '2022-06-01');
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < 20_000; i += 20) expect(ctx.partOfRelated('s0', `s${i + 1 < 20_000 ? i + 1 : i}`)).toBe(i + 1 < 20_000 || i > 0);
    expect(ctx.partOfRelated('s19999', 's5')).toBe(true);
    // A set of ancestors per body asked about would hold millions of entries (hundreds of MB).
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(100 * 1024 * 1024);
  });
});
