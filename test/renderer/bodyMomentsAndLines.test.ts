import { describe, expect, it } from 'vitest';
import { buildEdges, SELECTED_STROKE, SELECTED_WIDTH, type GraphInput } from '../../renderer/src/canvas/graph';
import { ARROW_MARKERS, arrowMarker } from '../../renderer/src/canvas/arrowheads';
import { bodyMoments, dayAfter } from '../../renderer/src/canvas/bodyMoments';
import { LEVELS } from '../../shared/model/vocabulary';
import { makeBody, makeLine, makeModel } from '../factories';

describe('the days a body can be shown on', () => {
  it('are the day it was set up, under its first name, and the day after each former name ended, under the next', () => {
    const council = makeBody('brå', {
      name: 'Trygghetsrådet',
      validFrom: '2015-03-01',
      formerNames: [
        { name: 'Eskilstunas råd', shortName: '', validTo: '2022-12-31' },
        { name: 'Lokala brottsförebyggande rådet', shortName: 'BRÅ', validTo: '2021-12-31' },
      ],
    });
    expect(bodyMoments(council)).toEqual([
      { date: '2015-03-01', what: 'created', name: 'Lokala brottsförebyggande rådet' },
      { date: '2022-01-01', what: 'renamed', name: 'Eskilstunas råd' },
      { date: '2023-01-01', what: 'renamed', name: 'Trygghetsrådet' },
    ]);
  });

  it('are none for a body with no start date and no former name', () => {
    expect(bodyMoments(makeBody('a'))).toEqual([]);
  });

  it('step over month and leap-year ends', () => {
    expect([dayAfter('2024-02-28'), dayAfter('2024-02-29'), dayAfter('2023-12-31')]).toEqual(['2024-02-29', '2024-03-01', '2024-01-01']);
  });
});

describe('a selected line', () => {
  const model = makeModel({ bodies: [makeBody('a'), makeBody('b'), makeBody('c')], lines: [makeLine('a', 'b'), makeLine('c', 'b')] });
  const input = (selectedLines: string[]): GraphInput => ({
    model,
    asOf: '2024-01-01',
    levels: new Set(LEVELS),
    kind: 'all',
    findingsByBody: new Map(),
    highlight: null,
    selected: new Set(),
    selectedLines: new Set(selectedLines),
    showFunding: false,
    showDecidedBy: false,
  });
  const say = (key: string) => key;

  it('is drawn thicker in the accent colour, with a class, and its arrowhead in the same colour', () => {
    const edges = buildEdges(input(['line-a-b']), new Set(['a', 'b', 'c']), say);
    const selected = edges.find((e) => e.id === 'line-a-b');
    const other = edges.find((e) => e.id === 'line-c-b');
    expect(selected?.className).toBe('is-selected-line');
    expect(selected?.style).toMatchObject({ stroke: SELECTED_STROKE, strokeWidth: SELECTED_WIDTH });
    expect(selected?.markerEnd).toBe(arrowMarker('closed', SELECTED_STROKE));
    expect(ARROW_MARKERS.get(arrowMarker('closed', SELECTED_STROKE))).toEqual({ shape: 'closed', colour: SELECTED_STROKE });
    expect(other?.className).toBeUndefined();
    expect(other?.style?.stroke).not.toBe(SELECTED_STROKE);
  });

  it('goes back to its kind’s look when deselected', () => {
    buildEdges(input(['line-a-b']), new Set(['a', 'b', 'c']), say);
    const edge = buildEdges(input([]), new Set(['a', 'b', 'c']), say).find((e) => e.id === 'line-a-b');
    expect(edge?.className).toBeUndefined();
    expect(edge?.style?.strokeWidth).toBe(2);
  });
});
