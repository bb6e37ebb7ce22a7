import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bandLayout, NODE_HEIGHT, NODE_WIDTH, rowLength } from '../../../shared/layout/bandLayout';
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
});
