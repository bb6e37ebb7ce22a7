/**
 * The analysis context's typed indexes (members numbered in IdNumbers, seats, the body graph,
 * the reporting-cycle search, the funding pairs) against plain reference implementations
 * written with sets and maps of ids, on random maps: the indexes exist for speed and must
 * answer exactly as the plain code does.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildContext, type AnalysisContext } from '../../../shared/analysis/context';
import { IdNumbers } from '../../../shared/analysis/idNumbers';
import { bodiesWithAccountablePath, reachedDownward, reaches } from '../../../shared/analysis/paths';
import { fundingWithoutReportRule } from '../../../shared/analysis/rules/fundingWithoutReport';
import { reportingCycleRule } from '../../../shared/analysis/rules/reportingCycle';
import type { MandatModel } from '../../../shared/model/types';
import { PATH_LINE_KINDS } from '../../../shared/model/vocabulary';
import { isValidOn, yearOf } from '../../../shared/time/isoDate';
import { isExternal } from '../../../shared/analysis/context';
import { arbModel } from '../../arbitraries';

const DATES = ['2016-01-01', '2020-06-15', '2024-03-01', '2029-12-31'];
const arbCase = fc.tuple(arbModel(), fc.constantFrom(...DATES));
const contextOf = (model: MandatModel, asOf: string): AnalysisContext => buildContext(model, asOf, model.settings);

/** The plain search: a set and a queue of ids over `upward`. */
function plainReaches(ctx: AnalysisContext, from: string, to: string): boolean {
  if (from === to) return true;
  const seen = new Set([from]);
  const queue = [from];
  for (let i = 0; i < queue.length; i++)
    for (const next of ctx.upward.get(queue[i] as string) ?? []) {
      if (next === to) return true;
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  return false;
}

describe('IdNumbers', () => {
  it('numbers ids in the order added and finds each, and no other, as a Map does', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ maxLength: 12 }), { maxLength: 300 }), fc.array(fc.string({ maxLength: 12 }), { maxLength: 50 }), (ids, probes) => {
        const table = new IdNumbers(ids.length);
        const map = new Map<string, number>();
        ids.forEach((id, i) => {
          expect(table.add(id)).toBe(i);
          map.set(id, i);
        });
        for (const id of [...ids, ...probes]) expect(table.get(id)).toBe(map.get(id) ?? -1);
      }),
    );
  });
});

describe('the context indexes against plain code', () => {
  it('seats each body with its regular members on the date, members numbered in the order first seen', () => {
    fc.assert(
      fc.property(arbCase, ([model, asOf]) => {
        const ctx = contextOf(model, asOf);
        const expected = new Map<string, Set<string>>();
        const order: string[] = [];
        for (const m of model.memberships.values()) {
          if (!isValidOn(m, asOf) || !ctx.bodyIndex.has(m.body) || !model.members.has(m.member) || m.role === 'invited') continue;
          if (!order.includes(m.member)) order.push(m.member);
          const set = expected.get(m.body) ?? new Set<string>();
          set.add(m.member);
          expected.set(m.body, set);
        }
        expect(ctx.memberIds).toEqual(order);
        ctx.bodies.forEach((b, i) => {
          expect(new Set(ctx.regularMembers(b.id))).toEqual(expected.get(b.id) ?? new Set());
          expect(ctx.seatCount(i)).toBe(expected.get(b.id)?.size ?? 0);
        });
      }),
    );
  });

  it('answers reachability and the bodies with a path to an accountable body as searches over ids do', () => {
    fc.assert(
      fc.property(arbCase, ([model, asOf]) => {
        const ctx = contextOf(model, asOf);
        const ids = [...model.bodies.keys(), 'absent'];
        for (const a of ids) for (const b of ids) expect(reaches(ctx, a, b)).toBe(plainReaches(ctx, a, b));
        const tops = ctx.bodies.filter((b) => b.accountable).map((b) => b.id);
        expect(bodiesWithAccountablePath(ctx)).toEqual(reachedDownward(tops, ctx.downward));
      }),
    );
  });

  it('finds the reporting loops that mutual reachability along path lines defines, each chain a real loop', () => {
    fc.assert(
      fc.property(arbCase, ([model, asOf]) => {
        const ctx = contextOf(model, asOf);
        const edges = new Map<string, Set<string>>();
        for (const l of ctx.lines)
          if (PATH_LINE_KINDS.has(l.kind) && ctx.bodyIndex.has(l.to)) edges.set(l.from, (edges.get(l.from) ?? new Set()).add(l.to));
        const reach = (from: string): Set<string> => {
          const seen = new Set<string>();
          const queue = [from];
          for (let i = 0; i < queue.length; i++)
            for (const n of edges.get(queue[i] as string) ?? [])
              if (!seen.has(n)) {
                seen.add(n);
                queue.push(n);
              }
          return seen;
        };
        const groups = new Set<string>();
        for (const b of ctx.bodies) {
          const mine = reach(b.id);
          if (!mine.has(b.id)) continue;
          const group = ctx.bodies.filter((o) => o.id === b.id || (mine.has(o.id) && reach(o.id).has(b.id))).map((o) => o.id);
          if (group.length > 1) groups.add(`reporting-cycle:${group.join('|')}`);
        }
        const found = reportingCycleRule.run(ctx);
        expect(new Set(found.map((f) => f.key))).toEqual(groups);
        for (const f of found) {
          const chain = f.chain ?? [];
          expect(chain[0]).toBe(chain[chain.length - 1]);
          expect(chain[0]).toBe(f.elements.bodies[0]);
          for (let i = 0; i + 1 < chain.length; i++) expect(edges.get(chain[i] as string)?.has(chain[i + 1] as string)).toBe(true);
        }
      }),
    );
  });

  it('flags the funding pairs a plain search of joined keys flags, in key order with their lines', () => {
    fc.assert(
      fc.property(arbCase, ([model, asOf]) => {
        const ctx = contextOf(model, asOf);
        const pairs = new Map<string, { funder: string; body: string; lines: string[] }>();
        for (const f of model.fundingLines.values()) {
          if (f.initiative === null || f.year > yearOf(asOf)) continue;
          const initiative = model.initiatives.get(f.initiative);
          const funder = ctx.activeBody.get(f.funder);
          if (!initiative || !isValidOn(initiative, asOf) || !funder) continue;
          const bodies = isExternal(funder) ? [f.receiver] : [f.receiver, ...initiative.executors];
          for (const body of bodies) {
            if (body === f.funder || !ctx.activeBody.has(body)) continue;
            const key = `${initiative.id}|${f.funder}|${body}`;
            const pair = pairs.get(key) ?? { funder: f.funder, body, lines: [] };
            pair.lines.push(f.id);
            pairs.set(key, pair);
          }
        }
        const expected = [...pairs]
          .filter(([, p]) => !plainReaches(ctx, p.body, p.funder))
          .sort(([a], [b]) => (a < b ? -1 : 1))
          .map(([key, p]) => ({ key: `funding-without-report:${key}`, lines: [...p.lines].sort() }));
        expect(fundingWithoutReportRule.run(ctx).map((f) => ({ key: f.key, lines: f.elements.fundingLines }))).toEqual(expected);
      }),
    );
  });
});
