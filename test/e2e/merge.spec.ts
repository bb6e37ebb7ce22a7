import AxeBuilder from '@axe-core/playwright';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { applyCommand } from '../../shared/commands/apply';
import type { Command } from '../../shared/commands/types';
import { restoreText } from '../../shared/file/restore';
import { serializeDocument, serializeMap } from '../../shared/file/serialize';
import { documentFromState } from '../../shared/model/document';
import type { BodyId } from '../../shared/model/ids';
import { describeViolations, expect, openApp, test } from './support';

const sampleText = readFileSync(new URL('../../examples/eskilstuna.mandat', import.meta.url), 'utf8');

function sample() {
  const r = restoreText(sampleText);
  if (!r.ok || !r.yjsState) throw new Error('the sample does not restore');
  return r;
}

/** A copy of the sample someone edited: it shares the sample's history. */
function editedCopy(name: string, ...commands: Command[]): string {
  const doc = documentFromState(sample().yjsState!);
  for (const c of commands) if (!applyCommand(doc, c).ok) throw new Error(`refused: ${c.type}`);
  const path = join(mkdtempSync(join(tmpdir(), 'mandat-e2e-merge-')), name);
  writeFileSync(path, serializeDocument(doc));
  return path;
}

/** The sample without history, with Kommunfullmäktige renamed: it merges by id, with a conflict. */
function separateCopy(name: string): string {
  const { model } = sample();
  const kf = model.bodies.get('kf')!;
  const path = join(mkdtempSync(join(tmpdir(), 'mandat-e2e-merge-')), name);
  writeFileSync(path, serializeMap({ ...model, bodies: new Map([...model.bodies, ['kf', { ...kf, name: 'Fullmäktige (kopia)' }]]) }, null));
  return path;
}

async function openWithFileInput(page: Page): Promise<void> {
  // The plain file input, so that the test can choose the file.
  await page.addInitScript(() => delete (window as unknown as Record<string, unknown>).showOpenFilePicker);
  await openApp(page);
}

const node = (page: Page, name: string) => page.locator('.react-flow__node').filter({ has: page.locator('.body-node-name', { hasText: new RegExp(`^${name}$`) }) });

async function mergeFile(page: Page, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Slå ihop med en kopia…' }).click();
  await (await chooser).setFiles(path);
}

test('merges an edited copy with shared history, shows what came from it, and undo takes it back', async ({ page, consoleErrors }) => {
  const copy = editedCopy(
    'kopia.mandat',
    { type: 'addBody', body: { id: 'trygghetsradet' as BodyId, name: 'Trygghetsrådet', level: 'political', position: { x: 40, y: 40 } } },
    { type: 'updateBody', id: 'ks' as BodyId, changes: { notes: 'Ändrad i kopian' } },
  );
  await openWithFileInput(page);
  await expect(node(page, 'Trygghetsrådet')).toHaveCount(0);
  await mergeFile(page, copy);

  const dialog = page.getByRole('dialog', { name: 'Slå ihop med kopia.mandat' });
  await expect(dialog).toContainText('Kopiorna har gemensam historik och slås ihop utan att något går förlorat.');
  await expect(dialog.getByRole('heading', { name: 'Organ: 1 tillagda, 1 ändrade, 0 borttagna' })).toBeVisible();
  await expect(dialog.getByRole('listitem').filter({ hasText: 'Organ "Trygghetsrådet" har lagts till' })).toBeVisible();
  await expect(dialog.getByRole('listitem').filter({ hasText: 'Organ "Kommunstyrelsen" har ändrats: notes' })).toBeVisible();
  // No conflicts: the first control is Cancel, and Merge is enabled.
  await expect(dialog.getByRole('button', { name: 'Avbryt' })).toBeFocused();
  const axe = await new AxeBuilder({ page }).include('.merge-dialog').withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(describeViolations(axe)).toEqual([]);

  await dialog.getByRole('button', { name: 'Slå ihop' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(node(page, 'Trygghetsrådet')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Slog ihop kopia.mandat med kartan' })).toBeVisible();

  // The whole merge is one undo step.
  await page.getByRole('button', { name: 'Ångra' }).click();
  await expect(node(page, 'Trygghetsrådet')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Ångra' })).toBeDisabled();
  await page.getByRole('button', { name: 'Gör om' }).click();
  await expect(node(page, 'Trygghetsrådet')).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('a copy without shared history asks for each conflict before it can be merged', async ({ page, consoleErrors }) => {
  const copy = separateCopy('import.mandat');
  await openWithFileInput(page);
  await mergeFile(page, copy);

  const dialog = page.getByRole('dialog', { name: 'Slå ihop med import.mandat' });
  await expect(dialog).toContainText('Kopiorna har ingen gemensam historik');
  const conflict = dialog.getByRole('group', { name: 'Organ "Kommunfullmäktige" skiljer sig åt mellan kopiorna' });
  await expect(conflict.getByRole('row', { name: 'name "Kommunfullmäktige" "Fullmäktige (kopia)"' })).toBeVisible();
  // The first control is the conflict's first choice; nothing is chosen, so Merge waits.
  await expect(conflict.getByRole('radio', { name: 'Behåll den här kartans version' })).toBeFocused();
  await expect(conflict.getByRole('radio', { checked: true })).toHaveCount(0);
  await expect(dialog.getByRole('button', { name: 'Slå ihop' })).toBeDisabled();
  await expect(dialog).toContainText('1 konflikt saknar ett val.');
  const axe = await new AxeBuilder({ page }).include('.merge-dialog').withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(describeViolations(axe)).toEqual([]);

  // Escape cancels and changes nothing.
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(node(page, 'Kommunfullmäktige')).toBeVisible();

  await mergeFile(page, copy);
  await conflict.getByRole('radio', { name: 'Ta den andra kopians version' }).check();
  await expect(dialog.getByRole('button', { name: 'Slå ihop' })).toBeEnabled();
  await dialog.getByRole('button', { name: 'Slå ihop' }).click();
  await expect(node(page, 'Fullmäktige \\(kopia\\)')).toBeVisible();
  await expect(node(page, 'Kommunfullmäktige')).toHaveCount(0);
  await page.getByRole('button', { name: 'Ångra' }).click();
  await expect(node(page, 'Kommunfullmäktige')).toBeVisible();
  expect(consoleErrors).toEqual([]);
});
