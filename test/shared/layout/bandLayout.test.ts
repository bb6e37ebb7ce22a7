import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bandLayout, NODE_HEIGHT, NODE_WIDTH, rowLength } from '../../../shared/layout/bandLayout';
import { boxHeightOf, nameLines } from '../../../shared/layout/boxHeight';
import type { Body } from '../../../shared/model/types';
import { BODY_KINDS, LEVELS } from '../../../shared/model/vocabulary';
import { makeBody } from '../../factories';

const LEVEL_ROW = { political: 0, administrative: 1, operative: 2 } as const;

function bodies(n: number, pick: (i: number) => Pick<Body, 'kind' | 'level'>): Body[] {
  return Array.from({ length: n }, (_, i) => makeBody(`b${i}`, { name: `Organ ${String(i).padStart(4, '0')}`, ...pick(i) }));
}

describe('the band layout', () => {
  it('keeps five bodies a row on a small map', () => {
    const list = bodies(20, () => ({ kind: 'working_group', level: 'administrative' }));
    const at = bandLayout(list);
    expect(new Set(list.map((b) => at.get(b.id)?.x)).size).toBe(5);
    expect(rowLength(20)).toBe(5);
    expect(rowLength(33)).toBe(5);
  });

  it('lays a thousand bodies out wider than tall, so the map fits a window', () => {
    const levels = ['political', 'administrative', 'operative', 'external'] as const;
    const list = bodies(1_000, (i) => (i % 5 === 4 ? { kind: 'external_organisation', level: 'external' } : { kind: 'working_group', level: levels[i % 3] ?? 'operative' }));
    const at = [...bandLayout(list).values()];
    const width = Math.max(...at.map((p) => p.x)) + NODE_WIDTH;
    const height = Math.max(...at.map((p) => p.y)) + NODE_HEIGHT;
    expect(width).toBeGreaterThan(height);
    // At 5 a row it was 24,000 units tall; the canvas's smallest zoom (0.05) shows 900 px as 18,000.
    expect(height).toBeLessThan(9_000);
  });

  it('places every body once, without overlaps, political above administrative above operative, partners to the right', () => {
    const kinds: readonly string[] = BODY_KINDS.filter((k) => k !== 'external_organisation');
    const arb = fc.array(fc.record({ kind: fc.constantFrom(...BODY_KINDS), level: fc.constantFrom(...LEVELS) }), { maxLength: 150 });
    fc.assert(
      fc.property(arb, (specs) => {
        const list = specs.map((s, i) => makeBody(`b${i}`, { name: `Organ ${i}`, kind: s.kind, level: s.kind === 'external_organisation' ? 'external' : s.level }));
        const at = bandLayout(list);
        expect(at.size).toBe(list.length);
        const cells = new Set([...at.values()].map((p) => `${p.x},${p.y}`));
        expect(cells.size).toBe(list.length);
        const banded = list.filter((b) => kinds.includes(b.kind) && b.level !== 'external');
        for (const a of banded)
          for (const b of banded) {
            const pa = at.get(a.id);
            const pb = at.get(b.id);
            if (pa && pb && LEVEL_ROW[a.level as keyof typeof LEVEL_ROW] < LEVEL_ROW[b.level as keyof typeof LEVEL_ROW]) expect(pa.y).toBeLessThan(pb.y);
          }
        const right = Math.max(-Infinity, ...banded.map((b) => (at.get(b.id)?.x ?? 0) + NODE_WIDTH));
        for (const b of list.filter((x) => !banded.includes(x))) expect(at.get(b.id)?.x ?? 0).toBeGreaterThan(right);
      }),
      { numRuns: 60 },
    );
  });

  it('makes a row as high as its tallest box, so a long name (now or earlier) does not run into the row below', () => {
    const short = (id: string, level: Body['level'] = 'political') => makeBody(id, { name: `Nämnd ${id}`, kind: 'committee', level });
    const plain = [short('a'), short('b'), short('c'), short('d'), short('e'), short('f'), short('g')];
    // Five a row: the second row starts one box and one gap down.
    expect(bandLayout(plain).get('f')?.y).toBe(NODE_HEIGHT + 36);
    const longName = makeBody('b', { name: 'Eskilstunas råd för trygghetsfrämjande arbete i stadsdelarna', kind: 'committee', level: 'political' });
    const formerLong = makeBody('c', { name: 'Brottsrådet', kind: 'committee', level: 'political', formerNames: [{ name: 'Lokala brottsförebyggande rådet för hela kommunen och dess bolag', shortName: 'BRÅ', validTo: '2020-01-01' }] });
    for (const tall of [longName, formerLong]) {
      const list = plain.map((b) => (b.id === tall.id ? tall : b));
      const at = bandLayout(list);
      const height = boxHeightOf(tall);
      expect(height).toBeGreaterThan(NODE_HEIGHT);
      const tallY = at.get(tall.id)?.y ?? NaN;
      const rowYs = [...new Set([...at.values()].map((p) => p.y))].sort((x, y) => x - y);
      expect(rowYs).toHaveLength(2);
      // The tall box is in the first row, and the second row starts below it, with the gap kept.
      expect(tallY).toBe(rowYs[0]);
      expect(rowYs[1]).toBe(tallY + height + 36);
    }
    // A partner's column grows the same way.
    const partners = [makeBody('p1', { name: 'Polismyndigheten, lokalpolisområde Eskilstuna och Strängnäs', kind: 'external_organisation', level: 'external' }), makeBody('p2', { name: 'Åklagarmyndigheten', kind: 'external_organisation', level: 'external' })];
    // Three rows of bands: room in one column for both.
    const bands = [...plain, ...['h', 'i', 'j', 'k', 'l'].map((id) => short(id))];
    const at = bandLayout([...bands, ...partners]);
    expect(at.get('p2')?.x).toBe(at.get('p1')?.x);
    expect(at.get('p2')?.y).toBe((at.get('p1')?.y ?? 0) + boxHeightOf(partners[0] as Body) + 36);
    // Beside a single row, the second partner would reach below the bands: it starts the next column.
    const beside = bandLayout([short('a'), ...partners]);
    expect(beside.get('p2')?.y).toBe(0);
    expect(beside.get('p2')?.x).toBe((beside.get('p1')?.x ?? 0) + NODE_WIDTH + 36);
  });

  it("counts a name's lines by its words as the box breaks them", () => {
    expect(nameLines('Kommunfullmäktige')).toBe(1);
    // 23 letters fit a line of the 196 px text width.
    expect(nameLines('Arbetsmarknads- och vuxenutbildningsnämnden')).toBe(2);
    expect(nameLines('Lokala brottsförebyggande rådet')).toBe(3);
    // A word longer than a line is not broken inside it: it stands on a line of its own.
    expect(nameLines('Stadsdelsförnyelsesamordningsgruppsledningen')).toBe(1);
    expect(nameLines('Nämnden för stadsdelsförnyelsesamordningsgruppsledningen')).toBe(2);
    expect(nameLines('  ')).toBe(1);
    expect(boxHeightOf({ name: 'KS', formerNames: [] })).toBe(NODE_HEIGHT);
    expect(boxHeightOf({ name: 'Lokala brottsförebyggande rådet', formerNames: [] }, true)).toBeGreaterThan(boxHeightOf({ name: 'Lokala brottsförebyggande rådet', formerNames: [] }));
  });
});
