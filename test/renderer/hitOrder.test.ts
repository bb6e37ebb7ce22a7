import { describe, expect, it } from 'vitest';
import { drawnHits, nextHit, orderHits } from '../../renderer/src/canvas/hitOrder';
import { LEVELS } from '../../shared/model/vocabulary';
import { makeBody, makeModel } from '../factories';

const at = (x: number, y: number) => ({ x, y });

describe('orderHits', () => {
  it('orders hits in reading order: row by row, left to right', () => {
    const positions = new Map([
      ['c', at(0, 400)],
      ['b', at(600, 0)],
      ['a', at(0, 0)],
      ['d', at(300, 400)],
    ]);
    expect(orderHits(new Set(['d', 'c', 'b', 'a']), positions)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('keeps bodies placed a few pixels apart by hand in one row', () => {
    const positions = new Map([
      ['right', at(500, 0)],
      ['left', at(0, 12)],
    ]);
    expect(orderHits(new Set(['right', 'left']), positions)).toEqual(['left', 'right']);
  });

  it('leaves out hits that are not drawn', () => {
    expect(orderHits(new Set(['a', 'gone']), new Map([['a', at(0, 0)]]))).toEqual(['a']);
  });
});

describe('nextHit', () => {
  const order = ['a', 'b', 'c'];
  it('starts at the first hit going forward and at the last going back', () => {
    expect(nextHit(order, null, false)).toBe('a');
    expect(nextHit(order, null, true)).toBe('c');
  });
  it('steps on and back, wrapping round at both ends', () => {
    expect(nextHit(order, 'a', false)).toBe('b');
    expect(nextHit(order, 'c', false)).toBe('a');
    expect(nextHit(order, 'a', true)).toBe('c');
    expect(nextHit(order, 'b', true)).toBe('a');
  });
  it('starts afresh from a hit that is no longer among them', () => {
    expect(nextHit(order, 'gone', false)).toBe('a');
  });
  it('has nothing to step to without hits', () => {
    expect(nextHit([], null, false)).toBeNull();
  });
});

const model = makeModel({
  bodies: [
    makeBody('lower', { name: 'Trygghetsgrupp syd', position: at(0, 400) }),
    makeBody('upper', { name: 'Trygghetsråd', position: at(400, 0) }),
    makeBody('other', { name: 'Socialnämnden', position: at(0, 0) }),
    makeBody('filtered', { name: 'Trygghet politiskt', level: 'political', position: at(0, 0) }),
    makeBody('ended', { name: 'Trygghet förr', validTo: '2020-01-01', position: at(0, 0) }),
    makeBody('unplaced', { name: 'Trygghet utan plats', level: 'operative', position: null }),
  ],
});

function search(text: string) {
  return { model, search: text, asOf: '2024-01-01', levels: new Set(LEVELS.filter((l) => l !== 'political')), kind: 'all' as const };
}

describe('drawnHits', () => {
  it('gives the drawn hits in reading order and counts those the date or the filters hide', () => {
    const found = drawnHits(search('trygghet'));
    expect(found?.order).toHaveLength(3);
    expect(found?.order.filter((id) => id !== 'unplaced')).toEqual(['upper', 'lower']);
    expect(found?.hidden).toBe(2);
  });
  it('includes a body without a position where the band layout draws it', () => {
    expect(drawnHits(search('utan plats'))).toEqual({ order: ['unplaced'], hidden: 0 });
  });
  it('is null without a search', () => {
    expect(drawnHits(search('  '))).toBeNull();
  });
});
