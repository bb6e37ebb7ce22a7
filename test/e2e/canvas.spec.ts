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
