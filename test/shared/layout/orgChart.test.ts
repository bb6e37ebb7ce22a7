import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eskilstunaModel } from '../../../examples/eskilstuna';
import { NODE_HEIGHT, NODE_WIDTH } from '../../../shared/layout/bandLayout';
import { boxHeightOf } from '../../../shared/layout/boxHeight';
import { extent, orgChartLayout } from '../../../shared/layout/orgChart';
import { arrangeOrgChart } from '../../../shared/layout/orgChartArrange';
import type { Body, Position, ReportingLine } from '../../../shared/model/types';
import { BODY_KINDS } from '../../../shared/model/vocabulary';
import { isValidOn } from '../../../shared/time/isoDate';
import { generateMap } from '../../bench/synthetic';
import { makeBody, makeLine } from '../../factories';

function sampleOn(asOf: string): { bodies: Body[]; lines: ReportingLine[] } {
  const model = eskilstunaModel();
  return {
    bodies: [...model.bodies.values()].filter((b) => isValidOn(b, asOf)),
    lines: [...model.reportingLines.values()].filter((l) => isValidOn(l, asOf)),
  };
}

function at(positions: ReadonlyMap<string, Position>, id: string): Position {
  const p = positions.get(id);
  if (!p) throw new Error(`${id} was not placed`);
  return p;
}

function overlaps(positions: ReadonlyMap<string, Position>): string[] {
  const list = [...positions];
  const out: string[] = [];
  for (let i = 0; i < list.length; i++)
    for (let j = i + 1; j < list.length; j++) {
      const [a, p] = list[i]!;
      const [b, q] = list[j]!;
      if (Math.abs(p.x - q.x) < NODE_WIDTH && Math.abs(p.y - q.y) < NODE_HEIGHT) out.push(`${a}|${b}`);
    }
  return out;
}

describe('the organisation-chart layout', () => {
  it('makes each row as tall as its tallest box, so boxes with long names do not run into the row below', () => {
    // Sorted before "Grupp …", so the tall boxes stand in the first row with another row below.
    const long = 'Arbetsgruppen för trygghet, säkerhet och brottsförebyggande arbete i stadsdelarna och landsbygden';
    const bodies = [
      makeBody('ks', { name: 'Kommunstyrelsen', kind: 'executive_board', level: 'political' }),
      ...Array.from({ length: 12 }, (_, i) => makeBody(`g${i}`, { name: i % 3 === 0 ? `${long} ${i}` : `Grupp ${i}`, kind: 'working_group', level: 'operative' })),
      makeBody('p', { name: long, kind: 'external_organisation', level: 'external' }),
      makeBody('q', { name: 'Polisen', kind: 'external_organisation', level: 'external' }),
    ];
    const lines = bodies.slice(1, 13).map((b) => makeLine(b.id, 'ks'));
    const positions = orgChartLayout(bodies, lines);
    const height = new Map(bodies.map((b) => [b.id as string, boxHeightOf(b)]));
    expect(Math.max(...height.values())).toBeGreaterThan(NODE_HEIGHT + 36);
    const list = [...positions];
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const [a, p] = list[i]!;
        const [b, q] = list[j]!;
        const apart = Math.abs(p.x - q.x) >= NODE_WIDTH || (p.y < q.y ? q.y - p.y >= (height.get(a) ?? 0) : p.y - q.y >= (height.get(b) ?? 0));
        expect(apart, `${a} and ${b}`).toBe(true);
      }
  });

  it('puts KF above KS above the committees of the sample, on both dates', () => {
    for (const asOf of ['2021-09-26', '2023-06-01']) {
      const { bodies, lines } = sampleOn(asOf);
      const p = orgChartLayout(bodies, lines);
      const committees = bodies.filter((b) => b.kind === 'committee').map((b) => b.id);
      expect(committees.length).toBeGreaterThan(3);
      expect(at(p, 'kf').y).toBeLessThan(at(p, 'ks').y);
      for (const c of committees) expect(at(p, 'ks').y, c).toBeLessThan(at(p, c).y);
      expect(overlaps(p)).toEqual([]);
      expect(p.size).toBe(bodies.length);
    }
  });

  it('centres a body over the bodies that report to it and puts them below it', () => {
    const { bodies, lines } = sampleOn('2023-06-01');
    const p = orgChartLayout(bodies, lines);
    const companies = ['deab', 'ele', 'esem', 'kfast'];
    const xs = companies.map((c) => at(p, c).x);
    for (const c of companies) expect(at(p, c).y).toBeGreaterThan(at(p, 'kftg').y);
    expect(at(p, 'kftg').x).toBeGreaterThanOrEqual(Math.min(...xs));
    expect(at(p, 'kftg').x).toBeLessThanOrEqual(Math.max(...xs));
    // A part stands under the whole it is part of.
    expect(at(p, 'ksau').y).toBeGreaterThan(at(p, 'ks').y);
  });

  it('keeps a group under the body it reports to, within that body’s span', () => {
    const bodies = [
      makeBody('kf', { kind: 'assembly', level: 'political', name: 'KF' }),
      makeBody('a', { kind: 'committee', level: 'political', name: 'Nämnd A' }),
      makeBody('b', { kind: 'committee', level: 'political', name: 'Nämnd B' }),
      ...['a1', 'a2', 'a3'].map((id) => makeBody(id, { kind: 'working_group', name: `Grupp ${id}` })),
      ...['b1', 'b2'].map((id) => makeBody(id, { kind: 'working_group', name: `Grupp ${id}` })),
    ];
    const lines = [makeLine('a', 'kf'), makeLine('b', 'kf'), makeLine('a1', 'a'), makeLine('a2', 'a'), makeLine('a3', 'a'), makeLine('b1', 'b'), makeLine('b2', 'b')];
    const p = orgChartLayout(bodies, lines);
    const aGroups = ['a1', 'a2', 'a3'].map((id) => at(p, id).x);
    const bGroups = ['b1', 'b2'].map((id) => at(p, id).x);
    // A's groups all stand on A's side of B's groups, and each body is over its own.
    expect(at(p, 'a').x < at(p, 'b').x ? Math.max(...aGroups) < Math.min(...bGroups) : Math.min(...aGroups) > Math.max(...bGroups)).toBe(true);
    expect(at(p, 'a').x).toBeGreaterThanOrEqual(Math.min(...aGroups));
    expect(at(p, 'a').x).toBeLessThanOrEqual(Math.max(...aGroups));
    expect(at(p, 'b').x).toBeGreaterThanOrEqual(Math.min(...bGroups));
    expect(at(p, 'b').x).toBeLessThanOrEqual(Math.max(...bGroups));
  });

  it('puts external partners to the side of everything else', () => {
    const { bodies, lines } = sampleOn('2023-06-01');
    const p = orgChartLayout(bodies, lines);
    const external = bodies.filter((b) => b.level === 'external');
    expect(external.length).toBeGreaterThan(0);
    const rightmostInside = Math.max(...bodies.filter((b) => b.level !== 'external').map((b) => at(p, b.id).x));
    for (const e of external) expect(at(p, e.id).x).toBeGreaterThan(rightmostInside + NODE_WIDTH);
  });

  it('finishes on cycles in reporting and still places every body once', () => {
    const bodies = ['a', 'b', 'c', 'd'].map((id) => makeBody(id, { kind: 'committee', level: 'political', name: id }));
    const lines = [makeLine('a', 'b'), makeLine('b', 'c'), makeLine('c', 'a'), makeLine('d', 'd')];
    const p = orgChartLayout(bodies, [...lines, makeLine('d', 'c')]);
    expect(p.size).toBe(4);
    expect(overlaps(p)).toEqual([]);
    // Part-of rings too.
    const ring = ['x', 'y'].map((id, i) => makeBody(id, { partOf: (i === 0 ? 'y' : 'x') as Body['partOf'] }));
    expect(orgChartLayout(ring, []).size).toBe(2);
  });

  it('places any map without overlaps, a body below what it reports to unless that closes a cycle', () => {
    const arb = fc.array(fc.record({ kind: fc.constantFrom(...BODY_KINDS), to: fc.nat(40), has: fc.boolean() }), { maxLength: 60 });
    fc.assert(
      fc.property(arb, (specs) => {
        const bodies = specs.map((s, i) => makeBody(`b${i}`, { name: `Organ ${i}`, kind: s.kind, level: s.kind === 'external_organisation' ? 'external' : 'administrative' }));
        const lines = specs.flatMap((s, i) => (s.has && s.to < specs.length ? [makeLine(`b${i}`, `b${s.to}`)] : []));
        const p = orgChartLayout(bodies, lines);
        expect(p.size).toBe(bodies.length);
        expect(overlaps(p)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('lays 250 bodies out in a shape that fits a window', () => {
    const model = generateMap({ bodies: 250, members: 600, memberships: 1_500, lines: 300, seed: 7 });
    const bodies = [...model.bodies.values()];
    const started = performance.now();
    const p = orgChartLayout(bodies, [...model.reportingLines.values()]);
    const ms = performance.now() - started;
    const { width, height } = extent(p);
    expect(p.size).toBe(250);
    expect(overlaps(p)).toEqual([]);
    expect(width / height).toBeLessThan(6);
    expect(width / height).toBeGreaterThan(0.5);
    expect(ms).toBeLessThan(500);
  });
});

describe('arranging as an organisation chart', () => {
  it('keeps hand-placed bodies where they are and puts the others below them', () => {
    const placed = makeBody('kf', { kind: 'assembly', level: 'political', position: { x: 500, y: 40 } });
    const fresh = [makeBody('ks', { kind: 'executive_board', level: 'political' }), makeBody('n', { kind: 'committee', level: 'political' })];
    const lines = [makeLine('ks', 'kf'), makeLine('n', 'ks')];
    const p = arrangeOrgChart([placed, ...fresh], lines, 'unplaced');
    expect(p.has('kf')).toBe(false);
    expect(at(p, 'ks').y).toBeGreaterThanOrEqual(40 + NODE_HEIGHT);
    expect(at(p, 'n').y).toBeGreaterThan(at(p, 'ks').y);
    const all = arrangeOrgChart([placed, ...fresh], lines, 'all');
    expect(at(all, 'kf').y).toBeLessThan(at(all, 'ks').y);
    expect(all.size).toBe(3);
  });
});
