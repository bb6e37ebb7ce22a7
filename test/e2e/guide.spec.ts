/**
 * The user guide's pictures (docs/images/*-sv.png, *-en.png), taken of the window as it is
 * at 1366×768 in both languages, so that a changed window changes the guide's pictures; and
 * the help in the window: F1 and a finding's "Läs mer" open the bundled guide at the right
 * section. Run after `npx vite build` (the help pages are part of the build).
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { applyCommand } from '../../shared/commands/apply';
import { restoreText } from '../../shared/file/restore';
import { serializeDocument } from '../../shared/file/serialize';
import { documentFromState } from '../../shared/model/document';
import type { BodyId } from '../../shared/model/ids';
import { expect, fitMap, openApp, skipStartPage, test } from './support';

const IMAGES = 'docs/images';
const VIEWPORT = { width: 1366, height: 768 };

/** The window's words the steps below look for, in each language. */
const WORDS = {
  sv: { file: 'Arkiv', merge: 'Slå ihop med en kopia…', body: 'Organ', members: 'Ledamöter', comments: 'Kommentarer', yourName: 'Ditt namn', saveName: 'Spara namn', newComment: 'Ny kommentar', comment: 'Kommentera', imported: 'Importerade', review: 'Granskningsläge', start: 'Välkommen till Mandat', view: 'Visa', matrix: 'Ansvarsmatris', compare: 'Jämför två datum eller filer…', compareRegion: 'Jämförelse', from: 'Från', to: 'Till', documents: 'Styrdokument', audits: 'Granskningar', commentText: 'Vem kallar till mötena, och var finns protokollen?', asOf: 'Kartan per' },
  en: { file: 'File', merge: 'Merge a copy…', body: 'Body', members: 'Members', comments: 'Comments', yourName: 'Your name', saveName: 'Save name', newComment: 'New comment', comment: 'Comment', imported: 'Imported', review: 'Review mode', start: 'Welcome to Mandat', view: 'View', matrix: 'Responsibility matrix', compare: 'Compare two dates or files…', compareRegion: 'Comparison', from: 'From', to: 'To', documents: 'Documents', audits: 'Audits', commentText: 'Who convenes the meetings, and where are the minutes?', asOf: 'Map as of' },
} as const;
type Lang = keyof typeof WORDS;

test.use({ viewport: VIEWPORT });
test.describe.configure({ timeout: 120_000 });

const node = (page: Page, name: string) => page.locator('.react-flow__node').filter({ has: page.locator('.body-node-name', { hasText: new RegExp(`^${name}$`) }) });
const shot = (page: Page, name: string, lang: Lang) => page.screenshot({ path: `${IMAGES}/${name}-${lang}.png` });

async function inLanguage(page: Page, lang: Lang): Promise<void> {
  await page.addInitScript((l) => localStorage.setItem('mandat.language', l), lang);
}

async function setAsOf(page: Page, lang: Lang, date: string): Promise<void> {
  const field = page.getByLabel(WORDS[lang].asOf, { exact: true });
  await field.fill(date);
  await field.press('Tab');
}

/** A copy of the sample someone edited (it shares the sample's history, so it merges without questions). */
function editedSampleCopy(): string {
  const restored = restoreText(readFileSync(new URL('../../examples/eskilstuna.mandat', import.meta.url), 'utf8'));
  if (!restored.ok || !restored.yjsState) throw new Error('the sample does not restore');
  const doc = documentFromState(restored.yjsState);
  const r = applyCommand(doc, { type: 'addBody', body: { id: 'trygghetsgrupp' as BodyId, name: 'Trygghetsgruppen Fröslunda', kind: 'working_group', level: 'operative', position: { x: 40, y: 900 } } });
  if (!r.ok) throw new Error('the copy could not be edited');
  const path = join(mkdtempSync(join(tmpdir(), 'mandat-guide-')), 'kopia.mandat');
  writeFileSync(path, serializeDocument(doc));
  return path;
}

test.beforeAll(() => mkdirSync(IMAGES, { recursive: true }));

test.describe('help in the window', () => {
  test('F1 opens the checks over the Findings panel and the meeting documents over the Export dialog; Läs mer opens its rule', async ({ page, consoleErrors }) => {
    await openApp(page);
    const help = page.getByRole('dialog', { name: 'Hjälp' });

    // The Findings panel is open: F1 leads to the checks reference.
    await page.keyboard.press('F1');
    await expect(help).toBeVisible();
    await expect(help.locator('h1')).toContainText('Kontrollerna');
    await expect(help).toHaveAttribute('data-help-page', 'reference/checks');
    await page.keyboard.press('Escape');
    await expect(help).toBeHidden();

    // The Export dialog is open: F1 leads to the guide's section on exporting for a meeting.
    await page.keyboard.press('Control+e');
    await expect(page.getByRole('dialog', { name: /Exportera diagram/ })).toBeVisible();
    await page.keyboard.press('F1');
    await expect(help).toBeVisible();
    const section = help.locator('[id="exportera-till-ett-möte"]');
    await expect(section).toHaveClass(/is-help-target/);
    await expect(section).toBeInViewport();
    await expect(section).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(help).toBeHidden();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: /Exportera diagram/ })).toBeHidden();

    // Läs mer on an overlap finding: its rule in the checks reference, in view.
    const finding = page.locator('.finding[data-rule="overlap"]').first();
    await finding.getByRole('button', { name: 'Läs mer om kontrollen Överlappande ledamöter' }).click();
    const rule = help.locator('[id="overlap"]');
    await expect(rule).toBeInViewport();
    await expect(rule).toHaveClass(/is-help-target/);
    await expect(help).toContainText('Två organ som till stor del har samma ordinarie ledamöter');
    // A link inside the help opens its page in the same dialog.
    await help.getByRole('button', { name: 'Användarguide' }).click();
    await expect(help.locator('h1')).toHaveText('Användarguide för Mandat');
    await help.getByRole('link', { name: 'Exportera till ett möte' }).first().click();
    await expect(help.locator('[id="exportera-till-ett-möte"]')).toBeInViewport();
    expect(consoleErrors).toEqual([]);
  });

  test('F1 on the Styrdokument and Granskningar tabs, over the matrix and in Compare opens the guide at their sections', async ({ page, consoleErrors }) => {
    await openApp(page);
    const help = page.getByRole('dialog', { name: 'Hjälp' });
    const pressF1For = async (anchor: string): Promise<void> => {
      await page.keyboard.press('F1');
      await expect(help).toBeVisible();
      const section = help.locator(`[id="${anchor}"]`);
      await expect(section).toHaveClass(/is-help-target/);
      await expect(section).toBeInViewport();
      await page.keyboard.press('Escape');
      await expect(help).toBeHidden();
    };
    await page.getByRole('tab', { name: 'Styrdokument', exact: true }).click();
    await pressF1For('styrdokument-och-lagen');
    await page.getByRole('tab', { name: 'Granskningar', exact: true }).click();
    await pressF1For('följ-upp-en-granskning');

    await page.getByRole('menubar').getByRole('menuitem', { name: 'Visa' }).click();
    await page.getByRole('menuitem', { name: 'Ansvarsmatris' }).click();
    await expect(page.getByRole('grid')).toBeVisible();
    await pressF1For('ansvar-och-rollklarhet');
    await page.getByRole('menubar').getByRole('menuitem', { name: 'Visa' }).click();
    await page.getByRole('menuitem', { name: 'Ansvarsmatris' }).click();
    await expect(page.getByRole('grid')).toBeHidden();

    await page.getByRole('menubar').getByRole('menuitem', { name: 'Visa' }).click();
    await page.getByRole('menuitem', { name: 'Jämför två datum eller filer…' }).click();
    await expect(page.getByRole('complementary', { name: 'Jämförelse' })).toBeVisible();
    await pressF1For('jämföra-två-datum-eller-två-filer');
    expect(consoleErrors).toEqual([]);
  });

  test('Hjälp › Användarguide opens the guide in the web version’s menu, in English too', async ({ page }) => {
    await inLanguage(page, 'en');
    await openApp(page);
    await page.getByRole('menuitem', { name: 'Help' }).click();
    await page.getByRole('menuitem', { name: /User guide/ }).click();
    const help = page.getByRole('dialog', { name: 'Help' });
    await expect(help.locator('h1')).toHaveText('Mandat user guide');
    await expect(help.locator('img').first()).toHaveJSProperty('complete', true);
    await shot(page, 'help', 'en');
  });
});

test.describe('help at 1093×614 (125 % scaling)', () => {
  test.use({ viewport: { width: 1093, height: 614 } });

  test('a rule in the help fits the small window, its buttons in view', async ({ page }) => {
    await openApp(page);
    await page.locator('.finding[data-rule="overlap"]').first().getByRole('button', { name: /^Läs mer/ }).click();
    const help = page.getByRole('dialog', { name: 'Hjälp' });
    await expect(help.locator('[id="overlap"]')).toBeInViewport();
    await expect(help.getByRole('button', { name: 'Stäng' })).toBeInViewport();
    mkdirSync('test-results/screenshots', { recursive: true });
    await page.screenshot({ path: 'test-results/screenshots/help-1093-sv.png' });
  });
});

for (const lang of ['sv', 'en'] as const) {
  test.describe(`the guide's pictures in ${lang === 'sv' ? 'Swedish' : 'English'}`, () => {
    test.beforeEach(async ({ page }) => inLanguage(page, lang));

    test('the start page', async ({ page }) => {
      await page.goto('/');
      await page.evaluate(() => new Promise<void>((done) => {
        const r = indexedDB.deleteDatabase('mandat');
        r.onsuccess = r.onerror = r.onblocked = () => done();
      }));
      await page.evaluate(() => localStorage.removeItem('mandat.welcomed'));
      await page.reload();
      await expect(page.getByRole('heading', { name: WORDS[lang].start })).toBeVisible();
      await page.waitForTimeout(300);
      await shot(page, 'start', lang);
    });

    test('the main window, a finding, the members, the Export dialog, comments and review mode', async ({ page }) => {
      const w = WORDS[lang];
      await openApp(page);
      await setAsOf(page, lang, '2021-09-26');
      await shot(page, 'main', lang);

      await page.locator('.finding[data-rule="overlap"] .finding-message').first().click();
      await page.waitForTimeout(600);
      await shot(page, 'finding', lang);
      await page.keyboard.press('Escape');
      await fitMap(page);

      await page.getByRole('tab', { name: w.members, exact: true }).click();
      await page.waitForTimeout(200);
      await shot(page, 'members', lang);

      await page.keyboard.press('Control+e');
      await expect(page.locator('.export-preview img, .export-preview svg').first()).toBeVisible();
      await page.waitForTimeout(300);
      await shot(page, 'export', lang);
      await page.keyboard.press('Escape');
      await expect(page.locator('.export-preview')).toBeHidden();

      await fitMap(page);
      await node(page, 'Kommunstyrelsen').click();
      await page.getByRole('tab', { name: w.comments, exact: true }).click();
      await page.getByLabel(w.yourName).fill('Anna Strateg');
      await page.getByRole('button', { name: w.saveName }).click();
      await page.getByLabel(w.newComment).fill(w.commentText);
      await page.getByRole('button', { name: w.comment, exact: true }).click();
      await expect(page.locator('.comment-thread', { hasText: w.commentText })).toBeVisible();
      await shot(page, 'comments', lang);

      await page.getByRole('switch', { name: w.review }).click();
      await node(page, 'Lokala brottsförebyggande rådet').click();
      await page.getByRole('tab', { name: w.body, exact: true }).click();
      await expect(page.locator('article.profile')).toBeVisible();
      await shot(page, 'review', lang);
    });

    test('the Styrdokument tab with the timeline, the responsibility matrix, the Granskningar tab and Compare', async ({ page }) => {
      const w = WORDS[lang];
      await openApp(page);
      // The documents' timeline under the map; the 2023 date shows the plans then in force.
      await setAsOf(page, lang, '2023-06-01');
      await page.getByRole('tab', { name: w.documents, exact: true }).click();
      await expect(page.locator('#panel-documents')).toBeVisible();
      await page.waitForTimeout(300);
      await shot(page, 'documents', lang);

      await page.getByRole('tab', { name: w.audits, exact: true }).click();
      await expect(page.locator('#panel-audits')).toBeVisible();
      await page.waitForTimeout(300);
      await shot(page, 'audits', lang);

      // The sample's tasks in the matrix, on the date they are all in force.
      await page.getByRole('menubar').getByRole('menuitem', { name: w.view }).click();
      await page.getByRole('menuitem', { name: w.matrix }).click();
      await expect(page.getByRole('grid')).toBeVisible();
      await page.waitForTimeout(300);
      await shot(page, 'matrix', lang);
      await page.getByRole('menubar').getByRole('menuitem', { name: w.view }).click();
      await page.getByRole('menuitem', { name: w.matrix }).click();
      await expect(page.getByRole('grid')).toBeHidden();

      await page.getByRole('menubar').getByRole('menuitem', { name: w.view }).click();
      await page.getByRole('menuitem', { name: w.compare }).click();
      const panel = page.getByRole('complementary', { name: w.compareRegion });
      await panel.getByLabel(w.from).fill('2021-09-26');
      await panel.getByLabel(w.to).fill('2023-06-01');
      await expect(page.locator('.react-flow__node.compare-removed').first()).toBeAttached();
      await fitMap(page);
      await shot(page, 'compare', lang);
    });

    test('a workbook imported from CSV files', async ({ page }) => {
      const dir = mkdtempSync(join(tmpdir(), 'mandat-guide-workbook-'));
      writeFileSync(join(dir, 'Organ.csv'), 'Id;Namn;Kortnamn;Slag;Nivå\nks;Kommunstyrelsen;KS;Kommunstyrelse;Politisk\nbra;Brottsförebyggande rådet;BRÅ;Råd;Tjänstepersoner\nsg;Styrgrupp trygghet;SG;Styrgrupp;Tjänstepersoner\n');
      writeFileSync(join(dir, 'Ledamöter.csv'), 'Id;Namn\nkd;Kommundirektör\nsc;Säkerhetschef\n');
      writeFileSync(join(dir, 'Medlemskap.csv'), 'Ledamot;Organ;Roll\nkd;SG;Ordförande\nsc;SG;Ledamot\nsc;BRÅ;Ledamot\n');
      writeFileSync(join(dir, 'Rapportering.csv'), 'Från;Till;Slag;Dokumenterad\nBRÅ;KS;Rapporterar till;ja\nSG;BRÅ;Bereder ärenden till;nej\n');
      await page.addInitScript(() => delete (window as unknown as Record<string, unknown>).showOpenFilePicker);
      await openApp(page);
      const chooser = page.waitForEvent('filechooser');
      await page.keyboard.press('Control+o');
      await (await chooser).setFiles(['Organ.csv', 'Ledamöter.csv', 'Medlemskap.csv', 'Rapportering.csv'].map((f) => join(dir, f)));
      await expect(page.getByRole('status').filter({ hasText: WORDS[lang].imported })).toBeVisible();
      await page.waitForTimeout(400);
      await shot(page, 'import', lang);
    });

    test('merging a copy', async ({ page }) => {
      const w = WORDS[lang];
      await page.addInitScript(() => delete (window as unknown as Record<string, unknown>).showOpenFilePicker);
      await skipStartPage(page);
      await openApp(page);
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('menuitem', { name: w.file }).click();
      await page.getByRole('menuitem', { name: w.merge }).click();
      await (await chooser).setFiles(editedSampleCopy());
      await expect(page.getByRole('dialog')).toBeVisible();
      await page.waitForTimeout(300);
      await shot(page, 'merge', lang);
    });
  });
}
