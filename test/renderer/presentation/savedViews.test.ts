import { describe, expect, it } from 'vitest';
import { captureView, parseViews, stepTo, type ViewSource } from '../../../renderer/src/presentation/savedViews';

const source: ViewSource = {
  asOf: '2021-09-26',
  selectedBodies: ['ks'],
  levels: new Set(['external', 'political']),
  kind: 'all',
  showFunding: true,
  showDecidedBy: false,
  viewport: { x: -200, y: 100, zoom: 2 },
  canvas: { width: 1000, height: 600 },
};

describe('saved views', () => {
  it('keep the part of the map in the window as a box in canvas coordinates, so it frames the same on any screen', () => {
    const view = captureView('v1', 'KS', source);
    expect(view.box).toEqual({ x: 100, y: -50, width: 500, height: 300 });
    expect(view.levels).toEqual(['political', 'external']);
    expect([view.asOf, view.selectedBodies, view.showFunding]).toEqual(['2021-09-26', ['ks'], true]);
  });

  it('read back from storage as written, and leave out what does not read as a view', () => {
    const good = captureView('v1', 'KS', source);
    const text = JSON.stringify([good, { ...good, id: 'v2', asOf: 'igår' }, { ...good, id: 'v3', box: { ...good.box, width: 0 } }, 'nonsense', { ...good, id: 'v4', kind: 'club' }]);
    expect(parseViews(text)).toEqual([good]);
    expect(parseViews('{not json')).toEqual([]);
    expect(parseViews('{"a": 1}')).toEqual([]);
    expect(parseViews(null)).toEqual([]);
  });

  it('step within the list without wrapping: a talk has a first and a last view', () => {
    expect([stepTo(0, 1, 3), stepTo(2, 1, 3), stepTo(0, -1, 3), stepTo(1, Number.MAX_SAFE_INTEGER, 3), stepTo(0, 1, 0)]).toEqual([1, 2, 0, 2, 0]);
  });
});
