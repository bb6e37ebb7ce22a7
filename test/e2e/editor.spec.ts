import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { autosaved, describeViolations, expect, openApp, test } from './support';

const SHOTS = 'test-results/screenshots';


const findingsTab = (page: Page) => page.getByRole('tab', { name: /^(Fynd|Findings)/ });
const node = (page: Page, name: string) => page.locator('.react-flow__node').filter({ has: page.locator('.body-node-name', { hasText: new RegExp(`^${name}$`) }) });

async function setAsOf(page: Page, date: string): Promise<void> {
  const field = page.getByLabel(/^(Kartan per|Map as of)$/);
  await field.fill(date);
  await field.press('Tab');
}

test('opens the Eskilstuna sample and shows its findings', async ({ page, consoleErrors }) => {
  await openApp(page);
  await expect(node(page, 'Kommunfullmäktige')).toBeVisible();
  await setAsOf(page, '2021-09-26');
  await expect(findingsTab(page)).toContainText('(50)');
  await expect(page.getByText(/Ledningsgruppen och SOG har 4 gemensamma ordinarie ledamöter/)).toBeVisible();
  await expect(page.getByRole('heading', { name: /Varningar/ })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('a finding selects and highlights its bodies', async ({ page }) => {
  await openApp(page);
  await setAsOf(page, '2021-09-26');
  await page.getByRole('button', { name: /Ledningsgruppen och SOG har 4/ }).click();
  await expect(node(page, 'Strategisk operativ grupp').locator('.body-node')).toHaveClass(/is-highlighted/);
  await expect(node(page, 'Kommunfullmäktige').locator('.body-node')).toHaveClass(/is-dimmed/);
});

test('two new bodies with the same three members overlap, and undo takes it back', async ({ page, consoleErrors }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Ny karta' }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(0);

  for (const name of ['Alfa', 'Beta']) {
    await page.getByRole('button', { name: 'Lägg till organ' }).click();
    await page.getByRole('tab', { name: 'Organ' }).click();
    const field = page.getByLabel('Namn', { exact: true });
    await field.fill(name);
    await field.press('Enter');
    await expect(node(page, name)).toBeVisible();
  }

  // Connect Beta to Alfa: from the top of the reporting body to the bottom of the receiver.
  await node(page, 'Beta').locator('.react-flow__handle-top').dragTo(node(page, 'Alfa').locator('.react-flow__handle-bottom'));
  await expect(page.getByRole('dialog')).toContainText('Vilket slags linje från Beta till Alfa?');
  await page.keyboard.press('Escape');
  // Drawn the other way, from the receiver's lower edge down onto the middle of the body below, it means the same.
  await node(page, 'Alfa').locator('.react-flow__handle-bottom').dragTo(node(page, 'Beta').locator('.body-node-name'));
  await expect(page.getByRole('dialog')).toContainText('Vilket slags linje från Beta till Alfa?');
  await page.getByRole('dialog').getByRole('button', { name: 'Skapa linje' }).click();
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);

  for (const body of ['Alfa', 'Beta']) {
    await node(page, body).click();
    await page.getByRole('tab', { name: 'Organ' }).click();
    await page.getByRole('button', { name: 'Redigera' }).click();
    for (const member of ['Anna', 'Bertil', 'Cecilia']) {
      await page.getByLabel(/Sök befintlig ledamot/).fill(member);
      await page.getByRole('button', { name: 'Lägg till ledamot' }).click();
      await expect(page.locator('.members-of-body .member-name', { hasText: member })).toBeVisible();
    }
  }

  await findingsTab(page).click();
  const overlap = page.locator('.finding[data-rule="overlap"]');
  await expect(overlap).toContainText('har 3 gemensamma ordinarie ledamöter');

  await page.locator('.react-flow__pane').click();
  await page.keyboard.press('Control+z');
  await expect(overlap).toContainText('har 2 gemensamma ordinarie ledamöter');
  await page.getByRole('button', { name: 'Ångra' }).click();
  await expect(overlap).toHaveCount(0);
  await page.getByRole('button', { name: 'Gör om' }).click();
  await expect(overlap).toContainText('har 2 gemensamma');
  expect(consoleErrors).toEqual([]);
});

test('a refused value stays at the field with the reason, and the map does not take it', async ({ page }) => {
  await openApp(page);
  await node(page, 'Kommunfullmäktige').click();
  await page.getByRole('tab', { name: 'Organ' }).click();
  await page.getByRole('button', { name: 'Redigera' }).click();
  const from = page.getByLabel('Giltig från').first();
  await from.fill('2023-13-01');
  await from.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'finns inte' }).first()).toBeVisible();
  const name = page.getByLabel('Namn', { exact: true });
  await name.fill('   ');
  await name.press('Enter');
  await expect(page.getByText('får inte vara tomt').first()).toBeVisible();
  await page.getByRole('tab', { name: 'Inställningar' }).click();
  await page.getByRole('tab', { name: 'Organ' }).click();
  await expect(page.getByLabel('Namn', { exact: true })).toHaveValue('Kommunfullmäktige');
});

test('the as-of date shows the council under its old name, its new name, and then gone', async ({ page }) => {
  await openApp(page);
  await setAsOf(page, '2021-09-26');
  await expect(node(page, 'Lokala brottsförebyggande rådet')).toBeVisible();
  await setAsOf(page, '2022-06-01');
  await expect(node(page, 'Eskilstunas råd för trygghetsfrämjande arbete')).toBeVisible();
  await expect(node(page, 'Lokala brottsförebyggande rådet')).toHaveCount(0);
  await setAsOf(page, '2023-06-01');
  await expect(node(page, 'Eskilstunas råd för trygghetsfrämjande arbete')).toHaveCount(0);
  await expect(node(page, 'Trygghetsberedningen')).toBeVisible();
});

test('the map survives a reload from the autosaved copy', async ({ page }) => {
  await openApp(page);
  await page.getByRole('tab', { name: 'Inställningar' }).click();
  const name = page.getByLabel('Kartans namn');
  await name.fill('Min karta');
  await name.press('Enter');
  await page.getByRole('button', { name: 'Lägg till organ' }).click();
  // A new body opens its name on the box, ready for typing.
  await page.getByRole('textbox', { name: 'Organets namn' }).fill('Nytt organ');
  await page.keyboard.press('Enter');
  await expect(node(page, 'Nytt organ')).toBeVisible();
  await autosaved(page, 'Nytt organ');
  await page.reload();
  await expect(node(page, 'Nytt organ')).toBeVisible();
  await expect(page.getByRole('status')).toContainText('Återställde osparade ändringar i "Min karta"');
});

test('switches to English, with every visible string translated, and saves screenshots of both', async ({ page }) => {
  await openApp(page);
  await setAsOf(page, '2021-09-26');
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/main-sv.png` });
  await page.getByLabel('Språk').selectOption('en');
  await expect(page.getByRole('button', { name: 'New map' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /Warnings/ })).toBeVisible();
  await expect(page.getByText(/Ledningsgruppen and SOG share 4 regular members/)).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.screenshot({ path: `${SHOTS}/main-en.png` });
});

test('has no accessibility violations on the main screen and in every panel', async ({ page, axe }) => {
  // Seven full-page axe scans (the canvas's routed lines are many SVG paths) on a 2-core machine.
  test.setTimeout(180_000);
  await openApp(page);
  const results = await axe();
  expect(describeViolations(results)).toEqual([]);
  await node(page, 'Kommunstyrelsen').click();
  for (const tab of ['Organ', 'Ledamöter', 'Satsningar', 'Kommentarer', 'Inställningar', 'Fynd']) {
    await page.getByRole('tab', { name: new RegExp(`^${tab}`) }).click();
    expect(describeViolations(await axe()), tab).toEqual([]);
  }
});

test('search highlights the bodies that match, also through their members', async ({ page }) => {
  await openApp(page);
  await setAsOf(page, '2021-09-26');
  await page.keyboard.press('Control+f');
  await expect(page.locator('#search')).toBeFocused();
  // The municipal police officer is invited to the steering and management groups;
  // only the steering group's notes name the position, so the other is found through its member.
  await page.keyboard.type('Kommunpolis');
  await expect(page.locator('.search-count')).toHaveText('2 träffar');
  await expect(node(page, 'Ledningsgruppen för trygghet och strategiskt stadsdelsarbete').locator('.body-node')).toHaveClass(/is-highlighted/);
  await expect(node(page, 'Kommunfullmäktige').locator('.body-node')).toHaveClass(/is-dimmed/);
});

test('a reporting line can be made without the mouse, and a body deleted and brought back with undo', async ({ page }) => {
  await openApp(page);
  const edges = page.locator('.react-flow__edge');
  const before = await edges.count();
  await node(page, 'Brottsförebyggande gruppen').click();
  await page.getByRole('tab', { name: 'Organ' }).click();
  await page.getByRole('button', { name: 'Redigera' }).click();
  await page.getByLabel('Ny linje till').selectOption({ label: 'KS' });
  await page.getByRole('button', { name: 'Lägg till linje' }).click();
  await expect(edges).toHaveCount(before + 1);
  await expect(page.locator('.finding', { hasText: 'Brottsförebyggande gruppen rapporterar inte till något organ' })).toHaveCount(0);

  await node(page, 'Brottsförebyggande gruppen').click();
  await page.keyboard.press('Delete');
  await expect(node(page, 'Brottsförebyggande gruppen')).toHaveCount(0);
  await expect(edges).toHaveCount(before);
  await page.keyboard.press('Control+z');
  await expect(node(page, 'Brottsförebyggande gruppen')).toBeVisible();
  await expect(edges).toHaveCount(before + 1);
});

test('auto-layout arranges the map in a worker, and undo puts every body back', async ({ page, consoleErrors }) => {
  await openApp(page);
  const where = () => node(page, 'Socialstyrelsen').evaluate((el) => (el as HTMLElement).style.transform);
  const before = await where();
  await page.getByRole('button', { name: 'Ordna automatiskt' }).click();
  await expect.poll(where).not.toBe(before);
  await expect(page.getByRole('button', { name: 'Ordna automatiskt' })).toBeEnabled();
  // No box runs into another, the tall ones (names of three lines) included.
  const overlapping = () =>
    page.locator('.react-flow__node').evaluateAll((els) => {
      const boxes = els.map((e) => ({ id: e.getAttribute('data-id'), r: e.getBoundingClientRect() }));
      const out: string[] = [];
      for (const [i, a] of boxes.entries())
        for (const b of boxes.slice(i + 1)) if (a.r.left < b.r.right - 1 && b.r.left < a.r.right - 1 && a.r.top < b.r.bottom - 1 && b.r.top < a.r.bottom - 1) out.push(`${a.id}|${b.id}`);
      return out;
    });
  await expect.poll(overlapping).toEqual([]);
  await page.getByRole('button', { name: 'Ångra' }).click();
  await expect.poll(where).toBe(before);
  expect(consoleErrors).toEqual([]);
});

test('a body moved by mouse or by arrow key stays where it was put, and undo moves it back', async ({ page }) => {
  await openApp(page);
  const body = node(page, 'Socialstyrelsen');
  const where = () => body.evaluate((el) => (el as HTMLElement).style.transform);
  const start = await where();
  const box = (await body.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(box.x + box.width / 2 - i * 12, box.y + box.height / 2 + i * 8);
  // While it moves, its line is lifted above the other bodies; once dropped, it goes back among them.
  const lifted = page.locator('.react-flow__edge.is-moving');
  await expect(lifted).toHaveCount(1);
  await expect(lifted).toHaveAttribute('aria-label', /Socialstyrelsen|socialstyrelsen/);
  await page.mouse.up();
  await expect.poll(where).not.toBe(start);
  await expect(lifted).toHaveCount(0);
  const dragged = await where();
  await page.keyboard.press('Control+z');
  await expect.poll(where).toBe(start);

  await body.focus();
  await page.keyboard.press('ArrowLeft');
  await expect.poll(where).not.toBe(start);
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect.poll(where).toBe(start);
  expect(dragged).not.toBe(start);
});

test('former names are edited in the body panel, and a wrong date there is refused', async ({ page }) => {
  await openApp(page);
  await node(page, 'Kommunfullmäktige').click();
  await page.getByRole('tab', { name: 'Organ' }).click();
  await page.getByRole('button', { name: 'Redigera' }).click();
  const former = page.getByLabel('Tidigare namn');
  await former.fill('Stadsfullmäktige | SF | 1970-12-31');
  await former.blur();
  await setAsOf(page, '1970-06-01');
  await expect(node(page, 'Stadsfullmäktige')).toBeVisible();
  await page.getByRole('tab', { name: 'Organ' }).click();
  await node(page, 'Stadsfullmäktige').click();
  await page.getByLabel('Tidigare namn').fill('Stadsfullmäktige | SF | 1970-02-30');
  await page.getByLabel('Tidigare namn').blur();
  await expect(page.getByRole('alert').filter({ hasText: 'finns inte' }).first()).toBeVisible();
});

test('copy and paste duplicate the selected bodies with their members, in one undo step', async ({ page }) => {
  await openApp(page);
  await setAsOf(page, '2021-09-26');
  await node(page, 'Strategisk operativ grupp').click();
  await page.keyboard.press('Control+c');
  await page.keyboard.press('Control+v');
  await expect(node(page, 'Strategisk operativ grupp')).toHaveCount(2);
  await expect(findingsTab(page)).not.toContainText('(50)');
  await page.keyboard.press('Control+z');
  await expect(node(page, 'Strategisk operativ grupp')).toHaveCount(1);
  await expect(findingsTab(page)).toContainText('(50)');
});

test('a comment on a body is listed, resolved into the resolved threads, and still there after a reload', async ({ page, axe, consoleErrors }) => {
  await openApp(page);
  const commentsTab = page.getByRole('tab', { name: 'Kommentarer' });
  await node(page, 'Kommunstyrelsen').click();
  await commentsTab.click();
  await expect(page.getByRole('heading', { name: /^Kommentarer om / })).toBeVisible();
  // The first time, the panel asks for the name written on one's comments.
  await page.getByLabel('Ditt namn').fill('Anna Strateg');
  await page.getByRole('button', { name: 'Spara namn' }).click();
  await page.getByLabel('Ny kommentar').fill('Vem kallar till mötena?');
  await page.getByRole('button', { name: 'Kommentera', exact: true }).click();
  const thread = page.locator('.comment-thread', { hasText: 'Vem kallar till mötena?' });
  await expect(thread).toContainText('Anna Strateg');
  await expect(thread.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T/);
  await expect(page.getByLabel('Öppna (1)')).toBeChecked();
  expect(describeViolations(await axe()), 'comments tab').toEqual([]);

  await thread.getByRole('button', { name: 'Svara' }).click();
  await page.getByLabel('Svar till Anna Strateg').fill('Ordföranden, enligt reglementet.');
  await page.getByRole('button', { name: 'Skicka svar' }).click();
  await expect(thread.locator('.comment-replies')).toContainText('Ordföranden, enligt reglementet.');

  await thread.getByRole('button', { name: 'Markera som löst' }).click();
  await expect(thread).toHaveCount(0);
  await page.getByLabel('Lösta (1)').check();
  await expect(thread).toContainText('Löst');
  await expect(thread.getByRole('button', { name: 'Öppna igen' })).toBeVisible();
  expect(describeViolations(await axe()), 'resolved threads').toEqual([]);

  // The autosave (IndexedDB) keeps the comments over a reload.
  await autosaved(page, '"resolved": true');
  await page.reload();
  await node(page, 'Kommunstyrelsen').click();
  await commentsTab.click();
  await expect(page.getByText('Du skriver som Anna Strateg.')).toBeVisible();
  await page.getByLabel('Lösta (1)').check();
  await expect(thread).toContainText('Ordföranden, enligt reglementet.');
  expect(consoleErrors).toEqual([]);
});

test('a comment on the whole map can be changed, deleted, and brought back with undo', async ({ page }) => {
  await openApp(page);
  await page.evaluate(() => localStorage.setItem('mandat.userName', 'Bo'));
  await page.getByRole('tab', { name: 'Kommentarer' }).click();
  await expect(page.getByRole('heading', { name: 'Kommentarer om kartan som helhet' })).toBeVisible();
  await page.getByLabel('Ny kommentar').fill('Utkast');
  await page.getByLabel('Ny kommentar').press('Control+Enter');
  const thread = page.locator('.comment-thread');
  await expect(thread).toContainText('Utkast');
  await thread.getByRole('button', { name: 'Ändra' }).click();
  await page.getByLabel('Ändra din kommentar').fill('Till KS den 12 juni');
  await thread.getByRole('button', { name: 'Spara', exact: true }).click();
  await expect(thread).toContainText('Till KS den 12 juni');
  await thread.getByRole('button', { name: 'Ta bort' }).click();
  await expect(thread).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Kommentaren togs bort' })).toBeVisible();
  await page.getByRole('button', { name: 'Ångra' }).click();
  await expect(thread).toContainText('Till KS den 12 juni');
});
