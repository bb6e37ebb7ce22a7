/** The timeline strip's lanes: a gap shows as space in a lane, an overlap as a second lane of the kind. */
import { describe, expect, it } from 'vitest';
import { timelineLanes } from '../../renderer/src/documents/timelineLanes';
import { makeDocument } from '../factories';

describe('the timeline of governing documents', () => {
  it('puts two plans of a kind that follow each other in one lane, with the gap between them', () => {
    const t = timelineLanes(
      [makeDocument('a', { kind: 'action_plan', validFrom: '2020-01-01', validTo: '2021-12-31' }), makeDocument('b', { kind: 'action_plan', validFrom: '2022-07-01', validTo: '2023-12-31' })],
      '2022-03-01',
    );
    expect(t.years).toEqual([2020, 2023]);
    expect(t.lanes).toHaveLength(1);
    const [a, b] = t.lanes[0]?.bars ?? [];
    expect(a && b && b.from - a.to).toBeGreaterThan(0.1);
    // The map's date falls in the gap.
    expect(a && b && a.to < t.marker && t.marker < b.from).toBe(true);
  });

  it('gives an overlapping plan of the same kind a second lane, and each kind its own', () => {
    const t = timelineLanes(
      [
        makeDocument('a', { kind: 'action_plan', validFrom: '2020-01-01', validTo: '2022-12-31' }),
        makeDocument('b', { kind: 'action_plan', validFrom: '2022-01-01', validTo: '2024-12-31' }),
        makeDocument('c', { kind: 'situational_picture', validFrom: '2021-01-01', validTo: '2021-12-31' }),
      ],
      '2022-06-01',
    );
    expect(t.lanes.map((l) => [l.kind, l.first, l.bars.map((b) => b.document.id)])).toEqual([
      ['situational_picture', true, ['c']],
      ['action_plan', true, ['a']],
      ['action_plan', false, ['b']],
    ]);
  });

  it('runs an open period to the end, a year past the last date, and an unstarted one from the start', () => {
    const t = timelineLanes([makeDocument('a', { kind: 'other', validFrom: null, validTo: null }), makeDocument('b', { kind: 'other', validFrom: '2024-01-01', validTo: '2024-12-31' })], '2024-06-01');
    expect(t.years).toEqual([2024, 2025]);
    const open = t.lanes.flatMap((l) => l.bars).find((b) => b.document.id === 'a');
    expect(open).toMatchObject({ from: 0, to: 1, openEnd: true });
  });
});
