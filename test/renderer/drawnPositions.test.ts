import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { drawnPositions } from '../../renderer/src/canvas/visibleBodies';
import { restoreText } from '../../shared/file/restore';
import { bandLayout } from '../../shared/layout/bandLayout';
import type { Body } from '../../shared/model/types';

const restored = restoreText(readFileSync(path.join(__dirname, '../../examples/eskilstuna.mandat'), 'utf8'));
if (!restored.ok) throw new Error('the sample does not restore');
// The sample's bodies without their positions, as an imported workbook gives them.
const unplaced: Body[] = [...restored.model.bodies.values()].map((b) => ({ ...b, position: null }));

describe('drawnPositions', () => {
  it('places bodies without a position where the band layout puts them', () => {
    const placed = drawnPositions(unplaced);
    const layout = bandLayout(unplaced);
    for (const b of unplaced) expect(placed.get(b.id)).toEqual(layout.get(b.id));
  });

  it('lays the same bodies out once, in a new list as well', () => {
    const first = drawnPositions(unplaced);
    expect(drawnPositions([...unplaced])).toBe(first);
  });

  it('lays out again when a body changes, is added or the order differs', () => {
    const first = drawnPositions(unplaced);
    const renamed = unplaced.map((b, i) => (i === 0 ? { ...b, name: 'Ö' + b.name } : b));
    const second = drawnPositions(renamed);
    expect(second).not.toBe(first);
    expect(second.get(renamed[0]!.id)).toEqual(bandLayout(renamed).get(renamed[0]!.id));
    expect(drawnPositions(renamed.slice(1))).not.toBe(second);
    expect(drawnPositions([...unplaced].reverse()).size).toBe(unplaced.length);
  });

  it('keeps a body’s own position', () => {
    const own = { ...unplaced[0]!, position: { x: 12, y: 34 } };
    expect(drawnPositions([own, ...unplaced.slice(1)]).get(own.id)).toEqual({ x: 12, y: 34 });
  });
});

describe('bandLayout', () => {
  it('orders a band’s names as localeCompare in Swedish does', () => {
    const names = ['Östra rådet', 'Arbetsgruppen', 'Ärendegruppen', 'Ådalens grupp', 'Zeta', 'ärende b', 'Öresund'];
    const bodies = names.map((name, i) => ({ ...unplaced.find((b) => b.kind === 'working_group' && b.level === 'operative')!, id: `b${i}` as Body['id'], name, partOf: null }));
    const layout = bandLayout(bodies);
    const byPlace = [...bodies].sort((a, b) => layout.get(a.id)!.y - layout.get(b.id)!.y || layout.get(a.id)!.x - layout.get(b.id)!.x).map((b) => b.name);
    expect(byPlace).toEqual([...names].sort((a, b) => a.localeCompare(b, 'sv')));
  });
});

describe('drawnPositions after an edit of one body', () => {
  it('places the others as the band layout of the new list does when the body only got a position', () => {
    drawnPositions(unplaced);
    const dropped = unplaced.map((b, i) => (i === 3 ? { ...b, position: { x: 5, y: 7 }, accountable: !b.accountable } : b));
    const after = drawnPositions(dropped);
    const layout = bandLayout(dropped);
    expect(after.get(dropped[3]!.id)).toEqual({ x: 5, y: 7 });
    for (const b of dropped.slice(4)) expect(after.get(b.id)).toEqual(layout.get(b.id));
  });

  it('lays out again when a field the layout reads changes (level, kind, parent)', () => {
    const other = unplaced.find((b) => b.level !== unplaced[0]!.level)!;
    for (const change of [{ level: other.level }, { kind: other.kind }, { partOf: other.id }] as const) {
      drawnPositions(unplaced);
      const changed = unplaced.map((b, i) => (i === 0 ? { ...b, ...change } : b));
      const layout = bandLayout(changed);
      const after = drawnPositions(changed);
      for (const b of changed) expect(after.get(b.id)).toEqual(layout.get(b.id));
    }
  });
});
