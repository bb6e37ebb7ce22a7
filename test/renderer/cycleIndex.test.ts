import { describe, expect, it } from 'vitest';
import { cycleIndex } from '../../renderer/src/cycleIndex';

describe('cycleIndex', () => {
  it('goes to the first place from outside the round, and to the last going back', () => {
    expect(cycleIndex(-1, 4, false)).toBe(0);
    expect(cycleIndex(-1, 4, true)).toBe(3);
  });
  it('cycles forward and back, wrapping round', () => {
    expect([0, 1, 2, 3].map((i) => cycleIndex(i, 4, false))).toEqual([1, 2, 3, 0]);
    expect([0, 1, 2, 3].map((i) => cycleIndex(i, 4, true))).toEqual([3, 0, 1, 2]);
  });
  it('has nowhere to go in an empty round', () => {
    expect(cycleIndex(-1, 0, false)).toBe(-1);
  });
});
