import { describe, expect, it } from 'vitest';
import { analyse } from '../../shared/analysis/analyse';
import { RULE_IDS, RULES } from '../../shared/analysis/rules';
import type { AnalysisResult } from '../../shared/analysis/types';
import { restore } from '../../shared/file/restore';
import { plainFile } from '../../shared/file/serialize';
import type { GoverningDocument, MandatModel } from '../../shared/model/types';
import { apportion, generateMap, type GenerateOptions } from '../bench/synthetic';
import { generateMapWithAudits, withAudits } from '../bench/syntheticAudits';
import { QUIETEN } from './rules/quietMaps';
import { groupOf } from '../../shared/analysis/ruleGroups';

/**
 * Where each rule is looked for: the structural checks on 2023-06-01 as always; the law and
 * plan checks a year after the act came into force. The checks that read the map as one
 * municipality (is there a lägesbild, an åtgärdsplan, a samordningsfunktion, a newer picture,
 * an agreement in force anywhere) stay quiet while any synthetic municipality has one, so
 * they are looked for on the map without documents, or with every picture or agreement aged.
 */
const MAP_WIDE = new Set(['no-situational-picture', 'no-action-plan', 'no-coordination-function']);
const dateFor = (rule: string): string => (groupOf(rule) === 'structure' ? '2023-06-01' : '2024-06-01');
function mapFor(rule: string, model: MandatModel): MandatModel {
  if (MAP_WIDE.has(rule)) return { ...model, documents: new Map(), coordination: new Map() };
  const aged = (kind: string, change: Partial<GoverningDocument>): MandatModel => ({
    ...model,
    documents: new Map([...model.documents].map(([id, d]) => [id, d.kind === kind ? { ...d, ...change } : d])),
  });
  if (rule === 'stale-situational-picture') return aged('situational_picture', { decidedOn: '2021-03-01', validFrom: '2021-03-01' });
  if (rule === 'agreement-expired') return aged('cooperation_agreement', { validTo: '2023-12-31' });
  return model;
}

const MEDIUM: GenerateOptions = { bodies: 500, members: 2_000, memberships: 10_000, lines: 1_000, seed: 2023 };
const medium = generateMap(MEDIUM);
/** The same map with a responsibility matrix and audits, so that the task and audit rules have something to find. */
const matrix = generateMapWithAudits({ ...MEDIUM, tasks: 150 });

function counts(model: MandatModel) {
  return {
    bodies: [...model.bodies.keys()].length,
    members: [...model.members.keys()].length,
    memberships: [...model.memberships.keys()].length,
    lines: [...model.reportingLines.keys()].length,
  };
}

/** Findings per rule, acknowledged ones included (an acknowledgement does not make a rule quiet). */
function countByRule(result: AnalysisResult): Map<string, number> {
  const byRule = new Map<string, number>();
  for (const f of [...result.findings, ...result.acknowledged.map((a) => a.finding)]) byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
  return byRule;
}

/** The municipality part of an id: `m12` of `m12-b3`. */
const municipality = (id: string): string => id.split('-')[0] as string;

describe('generateMap', () => {
  it('hits the requested counts exactly', () => {
    const { seed: _seed, ...wanted } = MEDIUM;
    expect(counts(medium)).toEqual(wanted);
    for (const opts of [
      { bodies: 1, members: 3, memberships: 2, lines: 0 },
      { bodies: 7, members: 11, memberships: 40, lines: 9 },
      { bodies: 41, members: 97, memberships: 613, lines: 77 },
      { bodies: 501, members: 1_999, memberships: 10_001, lines: 1_003 },
      { bodies: 60, members: 100, memberships: 0, lines: 300 },
    ]) {
      expect(counts(generateMap({ ...opts, seed: 3 }))).toEqual(opts);
    }
  });

  it('refuses counts that cannot fit', () => {
    expect(() => generateMap({ bodies: 2, members: 2, memberships: 5, lines: 0 })).toThrow();
    expect(() => generateMap({ bodies: 2, members: 2, memberships: 0, lines: 3 })).toThrow();
  });

  it('is deterministic for a seed and differs between seeds', () => {
    const opts = { bodies: 120, members: 480, memberships: 2_400, lines: 250 };
    const a = generateMap({ ...opts, seed: 5 });
    expect(JSON.stringify(generateMap({ ...opts, seed: 5 }))).toBe(JSON.stringify(a));
    expect(JSON.stringify(generateMap({ ...opts, seed: 6 }))).not.toBe(JSON.stringify(a));
  });

  it('uses short readable ids and one membership per member and body', () => {
    for (const id of [...medium.bodies.keys()]) expect(id).toMatch(/^m\d+-b\d+$/);
    for (const id of [...medium.members.keys()]) expect(id).toMatch(/^m\d+-p\d+$/);
    const pairs = new Set<string>();
    for (const m of [...medium.memberships.values()]) {
      expect(m.id).toBe(`${m.body}-${m.member.split('-')[1]}`);
      pairs.add(`${m.member}|${m.body}`);
    }
    expect(pairs.size).toBe([...medium.memberships.keys()].length);
  });

  it('seats members in several bodies of their own municipality only', () => {
    const bodiesOf = new Map<string, Set<string>>();
    for (const m of [...medium.memberships.values()]) {
      expect(municipality(m.body)).toBe(municipality(m.member));
      let set = bodiesOf.get(m.member);
      if (!set) bodiesOf.set(m.member, (set = new Set()));
      set.add(m.body);
    }
    expect(Math.max(...[...bodiesOf.values()].map((s) => s.size))).toBeGreaterThan(5);
    const municipalities = new Set([...medium.bodies.keys()].map(municipality));
    expect(municipalities.size).toBe(25);
  });

  it('gives every body with members one chair at most, and most bodies one', () => {
    const chairs = new Map<string, number>();
    for (const m of [...medium.memberships.values()]) if (m.role === 'chair') chairs.set(m.body, (chairs.get(m.body) ?? 0) + 1);
    expect(Math.max(...chairs.values())).toBe(1);
    expect(chairs.size).toBeGreaterThan(0.9 * [...medium.bodies.keys()].length);
  });

  it('makes a model that restore accepts as it is', () => {
    for (const model of [medium, matrix, generateMap({ bodies: 41, members: 97, memberships: 613, lines: 77, seed: 9 })]) {
      const r = restore(JSON.parse(JSON.stringify(plainFile(model))));
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(r.repairs).toEqual([]);
      expect(r.model).toEqual(model);
    }
  });

  it('gives findings of every rule', () => {
    const result = analyse(matrix, { asOf: '2023-06-01' });
    const byRule = countByRule(result);
    for (const rule of RULES)
      expect(countByRule(analyse(mapFor(rule.id, matrix), { asOf: dateFor(rule.id) }, [rule])).get(rule.id) ?? 0, rule.id).toBeGreaterThan(0);
    // Flaws come in small doses: most bodies have a mandate and a path upward.
    expect(byRule.get('missing-mandate') ?? 0).toBeLessThan(50);
    expect(byRule.get('missing-report-path') ?? 0).toBeLessThan(50);
  });

  it('adds audits of its own without changing the rest of the map', () => {
    const audited = withAudits(medium, MEDIUM.seed ?? 1);
    expect({ ...audited, audits: new Map(), recommendations: new Map(), answers: new Map(), actions: new Map() }).toEqual(medium);
    expect(new Set([...audited.audits.keys()].map(municipality)).size).toBe(25);
    // Every recommendation is addressed to a body of its own municipality, and some are tied to findings.
    for (const r of audited.recommendations.values()) expect(municipality(r.addressedTo ?? '')).toBe(municipality(r.audit));
    expect([...audited.recommendations.values()].some((r) => r.findingKeys.length > 0)).toBe(true);
  });

  it('knows how to quieten every rule, and only the rules there are', () => {
    expect(Object.keys(QUIETEN).sort()).toEqual([...RULE_IDS].sort());
  });

  // Each rule fires on the synthetic map and falls silent once its own advice is followed
  // throughout; the quietened map still has findings of other rules, so silence is not an empty map.
  for (const rule of RULES) {
    it(`falls silent on ${rule.id} once the map follows that rule's advice`, () => {
      const asOf = dateFor(rule.id);
      const map = mapFor(rule.id, matrix);
      const before = countByRule(analyse(map, { asOf }));
      const quiet = QUIETEN[rule.id](map, asOf);
      const after = countByRule(analyse(quiet, { asOf }));
      expect(before.get(rule.id) ?? 0, rule.id).toBeGreaterThan(0);
      expect(after.get(rule.id) ?? 0, rule.id).toBe(0);
      expect([...after.values()].reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    });
  }
});

describe('apportion', () => {
  it('splits a total by weight within caps', () => {
    expect(apportion(10, [1, 1, 2])).toEqual([3, 2, 5]);
    expect(apportion(10, [1, 0, 1], [2, 10, 10])).toEqual([2, 0, 8]);
    expect(apportion(10, [1, 0], [5, 10])).toEqual([5, 5]);
    expect(() => apportion(10, [1, 1], [3, 3])).toThrow();
  });
});
