import { describe, expect, it } from 'vitest';
import { paletteCssVariables } from '../../shared/export/palette';
import { applyPaletteVariables } from '../../renderer/src/canvas/paletteVariables';

describe('the palette on the page', () => {
  it('sets every variable of the palette on the style it is given', () => {
    const set = new Map<string, string>();
    applyPaletteVariables({ setProperty: (name: string, value: string) => void set.set(name, value) });
    expect(Object.fromEntries(set)).toEqual(paletteCssVariables());
    expect(set.get('--level-political')).toMatch(/^#[0-9a-f]{6}$/);
  });
});
