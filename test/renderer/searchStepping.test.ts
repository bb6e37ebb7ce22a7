import { describe, expect, it } from 'vitest';
import type { KeyboardEvent } from 'react';
import { drawnHits, orderHits, searchKeyDown, stepIndex, useSearchStep } from '../../renderer/src/canvas/searchStepping';
import { useEditor } from '../../renderer/src/store/editor';
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

describe('stepIndex', () => {
  it('starts at the first hit going forward and the last going back', () => {
    expect(stepIndex(-1, 5, false)).toBe(0);
    expect(stepIndex(-1, 5, true)).toBe(4);
  });
  it('wraps round at both ends', () => {
    expect(stepIndex(4, 5, false)).toBe(0);
    expect(stepIndex(0, 5, true)).toBe(4);
    expect(stepIndex(2, 5, false)).toBe(3);
  });
  it('has nothing to step to without hits', () => {
    expect(stepIndex(-1, 0, false)).toBe(-1);
  });
});

const model = makeModel({
  bodies: [
    makeBody('lower', { name: 'Trygghetsgrupp syd', position: at(0, 400) }),
    makeBody('upper', { name: 'Trygghetsråd', position: at(400, 0) }),
    makeBody('other', { name: 'Socialnämnden', position: at(0, 0) }),
    makeBody('filtered', { name: 'Trygghet politiskt', level: 'political', position: at(0, 0) }),
    makeBody('ended', { name: 'Trygghet förr', validTo: '2020-01-01', position: at(0, 0) }),
  ],
});

function state(search: string) {
  return { model, search, asOf: '2024-01-01', levels: new Set(LEVELS.filter((l) => l !== 'political')), kind: 'all' as const };
}

describe('drawnHits', () => {
  it('gives the drawn hits in order and counts those the filters hide', () => {
    expect(drawnHits(state('trygghet'))).toEqual({ order: ['upper', 'lower'], hidden: 2 });
  });
  it('is null without a search', () => {
    expect(drawnHits(state('  '))).toBeNull();
  });
});

function enter(shiftKey = false): { prevented: boolean } {
  const seen = { prevented: false };
  searchKeyDown({ key: 'Enter', shiftKey, altKey: false, ctrlKey: false, metaKey: false, preventDefault: () => (seen.prevented = true) } as unknown as KeyboardEvent<HTMLInputElement>);
  return seen;
}

describe('searchKeyDown', () => {
  it('selects and frames the next hit with Enter and the previous with Shift+Enter, wrapping round', () => {
    useEditor.setState({ ...state('trygghet'), selectedBodies: [], highlight: null });
    useSearchStep.setState({ query: '', id: null });
    const frames = useEditor.getState().frameRequest;
    expect(enter().prevented).toBe(true);
    expect(useEditor.getState().selectedBodies).toEqual(['upper']);
    expect(useEditor.getState().frameRequest).toBe(frames + 1);
    enter();
    expect(useEditor.getState().selectedBodies).toEqual(['lower']);
    enter();
    expect(useEditor.getState().selectedBodies).toEqual(['upper']);
    enter(true);
    expect(useEditor.getState().selectedBodies).toEqual(['lower']);
  });

  it('starts from the first hit again when the search changes', () => {
    useEditor.setState({ ...state('trygghet') });
    useSearchStep.setState({ query: 'trygghet', id: 'upper' });
    useEditor.setState({ search: 'trygghetsgrupp' });
    enter();
    expect(useEditor.getState().selectedBodies).toEqual(['lower']);
    expect(useSearchStep.getState()).toEqual({ query: 'trygghetsgrupp', id: 'lower' });
  });

  it('leaves other keys to the field', () => {
    useEditor.setState({ ...state('trygghet'), selectedBodies: [] });
    const seen = { prevented: false };
    searchKeyDown({ key: 'a', preventDefault: () => (seen.prevented = true) } as unknown as KeyboardEvent<HTMLInputElement>);
    expect(seen.prevented).toBe(false);
    expect(useEditor.getState().selectedBodies).toEqual([]);
  });
});
