import { describe, expect, it } from 'vitest';
import { placementFor, type WindowFacts } from '../../electron/windowPlacement';

describe('where a new or opened map goes', () => {
  it.each<[string, WindowFacts | undefined, 'this-window' | 'new-window']>([
    ['the sample or an empty new map, untouched', { dirty: false, hasFile: false }, 'this-window'],
    ['a map with unsaved changes', { dirty: true, hasFile: false }, 'new-window'],
    ['a map opened from a file', { dirty: false, hasFile: true }, 'new-window'],
    ['a file with unsaved changes', { dirty: true, hasFile: true }, 'new-window'],
    ['a window main knows nothing of', undefined, 'new-window'],
  ])('%s: %s', (_what, state, expected) => {
    expect(placementFor(state)).toBe(expected);
  });
});
