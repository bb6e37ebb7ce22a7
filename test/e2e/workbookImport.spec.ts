import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, openApp, test } from './support';

test('a Swedish CSV workbook from Excel opens, with "KS" references, and the window says what came in', async ({ page, consoleErrors }) => {
  const dir = mkdtempSync(join(tmpdir(), 'mandat-e2e-workbook-'));
  // As Swedish Excel saves CSV: Windows-1252, semicolons, Swedish headers and words.
  writeFileSync(
    join(dir, 'Organ.csv'),
    Buffer.from('Id;Namn;Kortnamn;Slag;Nivå\nks;Kommunstyrelsen;KS;Kommunstyrelse;Politisk\nbra;Brottsförebyggande rådet;BRÅ;Råd;Tjänstepersoner\n', 'latin1'),
  );
  writeFileSync(join(dir, 'Rapportering.csv'), 'Från;Till;Slag\nBRÅ;KS;Rapporterar till\n');
  await page.addInitScript(() => delete (window as unknown as Record<string, unknown>).showOpenFilePicker);
  await openApp(page);
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Control+o');
  await (await chooser).setFiles([join(dir, 'Organ.csv'), join(dir, 'Rapportering.csv')]);
  await expect(page.locator('.react-flow__node').filter({ hasText: 'Brottsförebyggande rådet' })).toBeVisible();
  const notice = page.getByRole('status').filter({ hasText: 'Importerade' });
  await expect(notice).toContainText('Importerade 2 organ, 0 ledamöter, 0 medlemskap och 1 rapporteringslinje.');
  await expect(notice).toContainText('lästes som Windows-1252');
  expect(consoleErrors).toEqual([]);
});

test('File › Exportera arbetsbok downloads the map as .xlsx and says so', async ({ page, consoleErrors }) => {
  await openApp(page);
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'Arkiv' }).click();
  await page.getByRole('menuitem', { name: 'Exportera arbetsbok (.xlsx)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^Eskilstuna.*\.xlsx$/);
  await expect(page.locator('.notice').filter({ hasText: `Exporterade ${file.suggestedFilename()}` })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});
