import type { Page } from '@playwright/test';
import { expect, openApp, test } from './support';

const node = (page: Page, name: string) => page.locator('.react-flow__node').filter({ has: page.locator('.body-node-name', { hasText: new RegExp(`^${name}$`) }) });
const linePath = (page: Page, ends: string) => page.locator(`g.react-flow__edge[aria-label$="${ends}"] path.react-flow__edge-path`);

interface FlowBox {
  name: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Every body's box in the canvas's own (flow) coordinates, where the edges' paths are drawn. */
function flowBoxes(page: Page): Promise<FlowBox[]> {
  return page.locator('.react-flow__node').evaluateAll((els) =>
    els.map((el) => {
      const m = /translate\(([-\d.]+)px,\s*([-\d.]+)px\)/.exec((el as HTMLElement).style.transform);
      return { name: el.querySelector('.body-node-name')?.textContent ?? '', x: Number(m?.[1]), y: Number(m?.[2]), width: (el as HTMLElement).offsetWidth, height: (el as HTMLElement).offsetHeight };
    }),
  );
}

/** Points along a drawn path, every 2 px, in flow coordinates. */
function pathPoints(page: Page, ends: string): Promise<{ x: number; y: number }[]> {
  return linePath(page, ends).evaluate((el) => {
    const path = el as SVGPathElement;
    const length = path.getTotalLength();
    const out: { x: number; y: number }[] = [];
    for (let at = 0; at <= length; at += 2) {
      const p = path.getPointAtLength(at);
      out.push({ x: p.x, y: p.y });
    }
    return out;
  });
}

const inside = (p: { x: number; y: number }, b: FlowBox): boolean => p.x > b.x + 1 && p.x < b.x + b.width - 1 && p.y > b.y + 1 && p.y < b.y + b.height - 1;

test('a body moved below a neighbour gets its line re-routed around the neighbour', async ({ page, consoleErrors }) => {
  await openApp(page);
  const ends = 'Socialnämnden → Kommunfullmäktige';
  await expect(linePath(page, ends)).toHaveCount(1);
  // Room under the map to drop a body, well away from the window's edge (where a drag pans the view).
  await page.locator('.react-flow__controls-zoomout').click();
  await page.waitForTimeout(400);
  const kf = node(page, 'Kommunfullmäktige');
  const sog = node(page, 'Strategisk operativ grupp');
  const sn = node(page, 'Socialnämnden');
  const [target, above, moved] = await Promise.all([kf, sog, sn].map(async (l) => (await l.boundingBox())!));
  // Socialnämnden goes straight under Kommunfullmäktige, below the bottom row's
  // Strategisk operativ grupp: it and the bodies above it now stand in the straight way up.
  const to = { x: target!.x + target!.width / 2, y: above!.y + above!.height + 48 + moved!.height / 2 };
  const from = { x: moved!.x + moved!.width / 2, y: moved!.y + moved!.height / 2 };
  const before = await linePath(page, ends).getAttribute('d');
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= 12; i++) await page.mouse.move(from.x + ((to.x - from.x) * i) / 12, from.y + ((to.y - from.y) * i) / 12);
  await page.mouse.up();
  await expect.poll(() => linePath(page, ends).getAttribute('d')).not.toBe(before);
  // The route arrives from the worker once the drop is placed; then the path has rounded bends.
  await expect.poll(async () => (await linePath(page, ends).getAttribute('class')) ?? '').not.toContain('is-unrouted');

  const boxes = await flowBoxes(page);
  const source = boxes.find((b) => b.name === 'Socialnämnden')!;
  const neighbour = boxes.find((b) => b.name === 'Strategisk operativ grupp')!;
  // The neighbour really is in the way: the straight line from Socialnämnden's top up to
  // Kommunfullmäktige would run through it.
  const middle = source.x + source.width / 2;
  expect(middle).toBeGreaterThan(neighbour.x);
  expect(middle).toBeLessThan(neighbour.x + neighbour.width);
  expect(neighbour.y).toBeLessThan(source.y);

  const points = await pathPoints(page, ends);
  expect(points.length).toBeGreaterThan(10);
  const foreign = boxes.filter((b) => b.name !== 'Socialnämnden' && b.name !== 'Kommunfullmäktige');
  const through = foreign.filter((b) => points.some((p) => inside(p, b))).map((b) => b.name);
  expect(through).toEqual([]);
  expect(consoleErrors).toEqual([]);
});
