/**
 * Keys typed before a new body's name field was drawn are given to the field as if it had
 * been there: the default name was selected whole, so the first character replaces it.
 */
import { describe, expect, it } from 'vitest';
import { applyTypedAhead } from '../../renderer/src/canvas/renaming';

describe('keys typed ahead of the name field', () => {
  it('replace a name selected whole, and go on after a typed first letter', () => {
    expect(applyTypedAhead('Arbetsgrupp', true, ['S', 'G'])).toEqual({ text: 'SG', then: 'edit' });
    expect(applyTypedAhead('S', false, ['G'])).toEqual({ text: 'SG', then: 'edit' });
  });

  it('Backspace deletes the selected name, then one character (a whole å or emoji, not half of one)', () => {
    expect(applyTypedAhead('Arbetsgrupp', true, ['Backspace'])).toEqual({ text: '', then: 'edit' });
    expect(applyTypedAhead('Arbetsgrupp', true, ['R', 'å', 'd', 'Backspace'])).toEqual({ text: 'Rå', then: 'edit' });
    expect(applyTypedAhead('x', false, ['🚓', 'Backspace'])).toEqual({ text: 'x', then: 'edit' });
  });

  it('Enter commits what was typed before it, Escape cancels, and keys after either are not typed', () => {
    expect(applyTypedAhead('Arbetsgrupp', true, ['R', 'å', 'd', 'Enter', 'x'])).toEqual({ text: 'Råd', then: 'commit' });
    expect(applyTypedAhead('Arbetsgrupp', true, ['Enter'])).toEqual({ text: 'Arbetsgrupp', then: 'commit' });
    expect(applyTypedAhead('Arbetsgrupp', true, ['N', 'Escape'])).toEqual({ text: 'N', then: 'cancel' });
  });
});
