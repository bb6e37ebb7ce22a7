import { describeViolations, expect, openApp, test } from './support';

// The canvas's look at different zooms, and the legend that explains it.
test('the legend opens inside the window, and far out the lines lose their arrowheads and labels as it says', async ({ page, consoleErrors, axe }) => {
  await openApp(page);
  await page.locator('.legend > summary', { hasText: 'Teckenförklaring' }).click();
  const list = page.locator('.legend ul');
  await expect(list).toContainText('utan pilspetsar');
  const box = await list.boundingBox();
  const width = page.viewportSize()?.width ?? 0;
  expect(box && box.x >= 0 && box.x + box.width <= width).toBe(true);
  expect(describeViolations(await axe()), 'the open legend').toEqual([]);
  await page.locator('.legend > summary', { hasText: 'Teckenförklaring' }).click();

  const arrows = page.locator('.react-flow__edge-path[marker-end]');
  const labels = page.locator('.react-flow__edge-textwrapper');
  await expect(arrows.first()).toBeAttached();
  expect(await labels.count()).toBeGreaterThan(0);
  // Every arrowhead is a marker the page has, in the line's colour (the canvas draws its own, ArrowheadDefs).
  const missing = await arrows.evaluateAll((paths) =>
    paths.flatMap((p) => {
      const id = /url\(['"]?#([^'")]+)['"]?\)/.exec(p.getAttribute('marker-end') ?? '')?.[1] ?? '';
      const marker = id ? document.getElementById(id) : null;
      const colour = marker?.querySelector('polyline') ? getComputedStyle(marker.querySelector('polyline') as Element).stroke : '';
      return marker?.tagName === 'marker' && colour === getComputedStyle(p).stroke ? [] : [`${p.closest('[data-id]')?.getAttribute('data-id')}: ${id} ${colour} ≠ ${getComputedStyle(p).stroke}`];
    }),
  );
  expect(missing).toEqual([]);
  for (let i = 0; i < 12; i++) await page.locator('.react-flow__controls-zoomout').click();
  await expect(page.locator('.body-node.is-far').first()).toBeAttached();
  await expect(arrows).toHaveCount(0);
  await expect(labels).toHaveCount(0);
  expect(await page.locator('.react-flow__edge-path').count()).toBeGreaterThan(10);
  // The handles, specks out here, are hidden but still there for React Flow to attach the lines to.
  await expect(page.locator('.body-node.is-far .react-flow__handle').first()).toBeHidden();
  expect(await page.locator('.body-node.is-far .react-flow__handle').count()).toBeGreaterThan(20);
  await page.locator('.react-flow__controls-fitview').click();
  await expect(arrows.first()).toBeAttached();
  expect(consoleErrors).toEqual([]);
});

// A box taller than the 84 px React Flow is told a body has before it is measured (a long name,
// a chair's line) is laid out at its own height from the first drawing: it is measured once, and
// the lines are not all drawn a second time when the first measurement lifts that height.
test('each box of a newly opened map is measured once, at the height it is drawn', async ({ page, consoleErrors }) => {
  await page.addInitScript(() => {
    const heights: Record<string, number[]> = {};
    (window as unknown as { boxHeights: typeof heights }).boxHeights = heights;
    const Original = window.ResizeObserver;
    window.ResizeObserver = class extends Original {
      constructor(callback: ResizeObserverCallback) {
        super((entries, observer) => {
          for (const e of entries) {
            const id = (e.target as HTMLElement).classList.contains('react-flow__node') ? (e.target as HTMLElement).dataset.id : undefined;
            if (id) (heights[id] ??= []).push(Math.round(e.borderBoxSize[0]?.blockSize ?? e.contentRect.height));
          }
          callback(entries, observer);
        });
      }
    };
  });
  await openApp(page, { asOpened: true });
  await expect(page.getByRole('tab', { name: /^Fynd \(\d+\)/ })).toBeVisible();
  await page.waitForTimeout(1000);
  const heights = await page.evaluate(() => (window as unknown as { boxHeights: Record<string, number[]> }).boxHeights);
  const drawn = await page.locator('.react-flow__node').evaluateAll((nodes) => nodes.map((n) => [(n as HTMLElement).dataset.id ?? '', Math.round(n.getBoundingClientRect().height / (n.closest('.react-flow__viewport') ? Number(/scale\(([\d.]+)\)/.exec((n.closest('.react-flow__viewport') as HTMLElement).style.transform)?.[1] ?? 1) : 1))] as const));
  expect(drawn.length).toBeGreaterThan(20);
  // The sample has boxes taller than 84 px (names on three lines, a chair), or this test shows nothing.
  expect(drawn.filter(([, h]) => h > 90).length).toBeGreaterThan(0);
  const twice = Object.entries(heights).filter(([, hs]) => hs.length > 1).map(([id, hs]) => `${id}: ${hs.join(' → ')}`);
  expect(twice).toEqual([]);
  // …and what was measured is the height the box is drawn at.
  const wrong = drawn.filter(([id, h]) => Math.abs((heights[id]?.[0] ?? -1) - h) > 1).map(([id, h]) => `${id}: measured ${heights[id]?.[0]}, drawn ${h}`);
  expect(wrong).toEqual([]);
  expect(consoleErrors).toEqual([]);
});
