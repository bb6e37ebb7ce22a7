import type { Page } from '@playwright/test';
import { expect, openApp, test } from './support';

/**
 * A drag moves the box and its lines in the DOM only (renderer/src/canvas/liveDrag.ts) and
 * puts the position into the map once, at the drop: the line must still follow the box at
 * every step, the map must not change before the drop, and one undo takes the drag back.
 */
const node = (page: Page, name: string) => page.locator('.react-flow__node').filter({ has: page.locator('.body-node-name', { hasText: new RegExp(`^${name}$`) }) });
const linePath = (page: Page, ends: string) => page.locator(`g.react-flow__edge[aria-label$="${ends}"] path.react-flow__edge-path`);

/** The first point of a path's `d` (where the line leaves the reporting body's top). */
function startOf(d: string | null): { x: number; y: number } {
  const m = /M\s*([-\d.]+)[ ,]+([-\d.]+)/.exec(d ?? '');
  if (!m) throw new Error(`no start point in ${d}`);
  return { x: Number(m[1]), y: Number(m[2]) };
}
const translateOf = (transform: string): { x: number; y: number } => {
  const m = /translate\(([-\d.]+)px,\s*([-\d.]+)px\)/.exec(transform);
  if (!m) throw new Error(`no translate in ${transform}`);
  return { x: Number(m[1]), y: Number(m[2]) };
};

test('during a drag the line follows the box, the map changes only at the drop, and one undo takes it back', async ({ page, consoleErrors }) => {
  await openApp(page);
  const ends = 'Socialnämnden → Kommunfullmäktige';
  const body = node(page, 'Socialnämnden');
  const line = linePath(page, ends);
  await expect(line).toHaveCount(1);
  const where = () => body.evaluate((el) => (el as HTMLElement).style.transform);
  const start = await where();
  const startLine = await line.getAttribute('d');
  const box = (await body.boundingBox())!;
  const width = await body.evaluate((el) => (el as HTMLElement).offsetWidth);
  const from = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(from.x + i * 10, from.y + i * 6);
  // Mid-drag: the box has moved and its line leaves the middle of its top where the box is now.
  await expect.poll(where).not.toBe(start);
  const moving = translateOf(await where());
  await expect.poll(async () => Math.abs(startOf(await line.getAttribute('d')).x - (moving.x + width / 2))).toBeLessThan(2);
  expect(await line.getAttribute('d')).not.toBe(startLine);
  // Nothing is in the map yet: no undo step, no unsaved change from the drag.
  await expect(page.getByRole('button', { name: 'Ångra' })).toBeDisabled();
  await page.mouse.up();
  await expect(page.getByRole('button', { name: 'Ångra' })).toBeEnabled();
  const dropped = await where();
  expect(dropped).not.toBe(start);
  // After the drop the line is drawn by React from the committed position (and routed again).
  await expect.poll(async () => Math.abs(startOf(await line.getAttribute('d')).x - (translateOf(dropped).x + width / 2))).toBeLessThan(2);
  await page.keyboard.press('Control+z');
  await expect.poll(where).toBe(start);
  await expect(page.getByRole('button', { name: 'Ångra' })).toBeDisabled();
  await expect.poll(() => line.getAttribute('d')).toBe(startLine);
  expect(consoleErrors).toEqual([]);
});
