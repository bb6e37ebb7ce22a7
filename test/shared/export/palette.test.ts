import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DECIDED_BY_COLOR, FUNDING_COLOR, INK, LEVEL_COLORS, LINE_STYLE, MUTED, paletteCssVariables, WARN } from '../../../shared/export/palette';
import { LEVELS } from '../../../shared/model/vocabulary';

const root = join(__dirname, '../../..');
const source = (path: string): string => readFileSync(join(root, path), 'utf8');

describe('the palette', () => {
  it('gives the stylesheets a variable for every level, in the level colours', () => {
    const vars = paletteCssVariables();
    for (const level of LEVELS) expect(vars[`--level-${level}`], level).toBe(LEVEL_COLORS[level]);
    expect(vars['--ink']).toBe(INK);
    expect(vars['--warn']).toBe(WARN);
  });

  it('is the only place the canvas takes its colours from', () => {
    const colours = [...Object.values(LEVEL_COLORS), ...Object.values(LINE_STYLE).map((s) => s.color), FUNDING_COLOR, DECIDED_BY_COLOR, INK, MUTED];
    for (const file of ['renderer/src/canvas/graph.ts', 'renderer/src/canvas/Canvas.tsx']) {
      const code = source(file).toLowerCase();
      for (const colour of colours) expect(code.includes(colour), `${colour} in ${file}`).toBe(false);
    }
    const css = source('renderer/src/styles.css');
    for (const name of Object.keys(paletteCssVariables())) expect(css.includes(`${name}:`), `${name} declared in styles.css`).toBe(false);
  });
});
