import { describe, expect, it } from 'vitest';
import { nextRegion } from '../../renderer/src/regionFocus';

describe('nextRegion', () => {
  it('goes to the first region from outside them all, and to the last going back', () => {
    expect(nextRegion(-1, 4, false)).toBe(0);
    expect(nextRegion(-1, 4, true)).toBe(3);
  });
  it('cycles forward and back, wrapping round', () => {
    expect([0, 1, 2, 3].map((i) => nextRegion(i, 4, false))).toEqual([1, 2, 3, 0]);
    expect([0, 1, 2, 3].map((i) => nextRegion(i, 4, true))).toEqual([3, 0, 1, 2]);
  });
  it('has nowhere to go without regions', () => {
    expect(nextRegion(-1, 0, false)).toBe(-1);
  });
});
