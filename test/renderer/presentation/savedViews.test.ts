import { describe, expect, it } from 'vitest';
import { captureView, inOrder, legacyViews, reordered, stepTo, type ViewSource } from '../../../renderer/src/presentation/savedViews';
import { makeBody, makeView } from '../../factories';

const source: ViewSource = {
  asOf: '2021-09-26',
  selectedBodies: ['ks', 'b'],
  model: { bodies: new Map([['ks', makeBody('ks')], ['b', makeBody('b')]]) },
  levels: new Set(['external', 'political']),
  kind: 'all',
  showFunding: true,
  showDecidedBy: false,
  viewport: { x: -200, y: 100, zoom: 2 },
  canvas: { width: 1000, height: 600 },
};

/** A view as the version before kept it in the browser. */
const legacy = { id: 'v1', name: 'KS', asOf: '2021-09-26', box: { x: 100, y: -50, width: 500, height: 300 }, selectedBodies: ['gone', 'ks'], levels: ['political'], kind: 'all', showFunding: true, showDecidedBy: false };

describe('saved views', () => {
  it('keep the canvas point at the centre of the window and the zoom, the first selected body as focus, and the filters', () => {
    const view = captureView('KS', 3, source);
    // Screen centre (500, 300) is canvas ((500 + 200) / 2, (300 - 100) / 2).
    expect(view.viewport).toEqual({ x: 350, y: 100, zoom: 2 });
    expect(view.focus).toBe('ks');
    expect(view.filters).toEqual({ levels: ['political', 'external'], kind: 'all', showFunding: true, showDecidedBy: false });
    expect([view.name, view.asOf, view.order]).toEqual(['KS', '2021-09-26', 3]);
  });

  it('are shown in their order, ties by id so every copy of a merged map agrees', () => {
    const views = new Map([makeView('b', { order: 1 }), makeView('c', { order: 0 }), makeView('a', { order: 1 })].map((v) => [v.id, v]));
    expect(inOrder(views).map((v) => v.id)).toEqual(['c', 'a', 'b']);
  });

  it('are reordered by renumbering only the views whose place changed', () => {
    const views = [makeView('a', { order: 0 }), makeView('b', { order: 1 }), makeView('c', { order: 2 })];
    expect(reordered(views, 2, 1)).toEqual([
      { id: 'c', order: 1 },
      { id: 'b', order: 2 },
    ]);
    expect(reordered(views, 0, -1)).toEqual([]);
    expect(reordered(views, 2, 3)).toEqual([]);
  });

  it('from the version before are read from storage: the box centre, the zoom that fits it here, the first body that still exists', () => {
    const text = JSON.stringify([legacy, { ...legacy, asOf: 'igår' }, { ...legacy, box: { ...legacy.box, width: 0 } }, 'nonsense', { ...legacy, kind: 'club' }]);
    const views = legacyViews(text, { width: 1000, height: 900 }, new Map([['ks', makeBody('ks')]]), 4);
    expect(views).toEqual([
      {
        name: 'KS',
        asOf: '2021-09-26',
        viewport: { x: 350, y: 100, zoom: 2 },
        focus: 'ks',
        filters: { levels: ['political'], kind: 'all', showFunding: true, showDecidedBy: false },
        order: 4,
      },
    ]);
    expect(legacyViews('{not json', { width: 1, height: 1 }, new Map(), 0)).toEqual([]);
    expect(legacyViews('{"a": 1}', { width: 1, height: 1 }, new Map(), 0)).toEqual([]);
    expect(legacyViews(null, { width: 1, height: 1 }, new Map(), 0)).toEqual([]);
  });

  it('step within the list without wrapping: a talk has a first and a last view', () => {
    expect([stepTo(0, 1, 3), stepTo(2, 1, 3), stepTo(0, -1, 3), stepTo(1, Number.MAX_SAFE_INTEGER, 3), stepTo(0, 1, 0)]).toEqual([1, 2, 0, 2, 0]);
  });
});
