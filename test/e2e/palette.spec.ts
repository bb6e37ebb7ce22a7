import { expect, openApp, test } from './support';

// The canvas takes its colours from shared/export/palette.ts, as the exports do: the
// stylesheet's variables are set from it at start, so the boxes wear the level colours.
test('the bodies wear the level colours, and the text the ink, of the palette the exports use', async ({ page, consoleErrors }) => {
  await openApp(page);
  const rgb = (hex: string): string => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
  const { LEVEL_COLORS, INK } = await import('../../shared/export/palette');
  for (const level of ['political', 'administrative', 'operative'] as const) {
    const box = page.locator(`.body-node.level-${level}`).first();
    await expect(box, level).toHaveCSS('border-top-color', rgb(LEVEL_COLORS[level]));
  }
  await expect(page.locator('body')).toHaveCSS('color', rgb(INK));
  expect(consoleErrors).toEqual([]);
});
