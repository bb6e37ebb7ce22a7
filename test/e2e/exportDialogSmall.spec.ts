import { expect, openApp, test } from './support';

/**
 * The Export dialog at 1366×768 and at 1093×614 (the same laptop at Windows' 125 %): the
 * preview sits beside the options, never over them, and the options stay readable.
 */
for (const size of [
  { width: 1366, height: 768 },
  { width: 1093, height: 614 },
]) {
  test(`the Export dialog's preview does not cover its options (${size.width}×${size.height})`, async ({ page, consoleErrors }) => {
    test.setTimeout(90_000);
    await page.setViewportSize(size);
    await openApp(page);
    await page.keyboard.press('Control+e');
    const dialog = page.getByRole('dialog', { name: 'Exportera diagram, rapport eller matris' });
    await expect(dialog.getByRole('img', { name: /Förhandsvisning av diagrammet/ })).toBeVisible();
    const options = (await dialog.locator('.export-options').boundingBox())!;
    const preview = (await dialog.locator('.export-preview').boundingBox())!;
    expect(preview.x, 'the preview starts right of the options').toBeGreaterThanOrEqual(options.x + options.width - 0.5);
    // Nothing in the options column reaches under the preview.
    const widest = await dialog.locator('.export-options').evaluate((el) => Math.max(...[...el.querySelectorAll('*')].map((child) => child.getBoundingClientRect().right)));
    expect(widest, 'no option runs under the preview').toBeLessThanOrEqual(preview.x + 0.5);
    await page.screenshot({ path: test.info().outputPath(`export-dialog-${size.width}.png`) });
    expect(consoleErrors).toEqual([]);
  });
}
