/**
 * The scripted "build a small structure" scenario of the browser benchmark: what a user
 * does, with the fewest actions the editor allows, to draw a Kommunstyrelse, a council
 * reporting to it, a steering group and a management group reporting to the council, the
 * same four people in the steering and the management group, and a mandate on one.
 *
 * Counting: one click (left, right or double) = 1, one key chord (Enter, Ctrl+N) = 1,
 * one typed string (a name, a list of names, a mandate) = 1. Hovering is not counted
 * (submenus are clicked here). At the end the map the editor autosaved is read back and
 * checked to hold exactly that structure, so the count cannot come from a shortcut that
 * skipped part of it.
 *
 * Run on its own (after `npx vite build`): npx tsx test/bench/smallStructure.ts
 * browser.ts runs it as part of `npm run bench`.
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { restoreText } from '../../shared/file/restore';
import type { MandatModel } from '../../shared/model/types';
import { findChromium, NO_CHROMIUM } from '../../scripts/chromium.js';
import { startStaticServer } from '../../server/staticFiles';

/** The goal issue 12 sets (about 45 actions before direct manipulation). */
export const ACTION_GOAL = 25;
const VIEWPORT = { width: 1366, height: 768 };
/** Where a box is right-clicked: on its kind label (a new box's middle is its open name field, which has the browser's text menu). */
const ON_KIND_LABEL = { x: 40, y: 16 };
const PEOPLE = 'Anna Berg, Bo Ek, Cilla Dahl, Dan Eld';
const MANDATE = 'Samordna det brottsförebyggande arbetet';

/** The user's actions, counted as they are made, each with what it was. */
class Actions {
  readonly done: string[] = [];
  constructor(private readonly page: Page) {}
  async click(target: Locator, what: string, options: { button?: 'right'; position?: { x: number; y: number } } = {}): Promise<void> {
    await target.click(options);
    this.done.push(`${options.button === 'right' ? 'right-click' : 'click'} ${what}`);
  }
  async press(chord: string): Promise<void> {
    await this.page.keyboard.press(chord);
    this.done.push(`key ${chord}`);
  }
  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text);
    this.done.push(`type "${text}"`);
  }
}

/** A body's box by its name (its accessible name: the name also while the name field is open on it). */
const node = (page: Page, name: string): Locator => page.locator(`.react-flow__node[aria-label="${name}"]`);
const menuItem = (page: Page, name: string): Locator => page.getByRole('menuitem', { name, exact: true });

/** The map as the editor last autosaved it (IndexedDB "mandat", store "autosave", key "current"), or null. */
async function autosavedModel(page: Page): Promise<MandatModel | null> {
  const text = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const open = indexedDB.open('mandat');
        open.onerror = () => resolve('');
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('autosave')) return resolve('');
          const get = db.transaction('autosave', 'readonly').objectStore('autosave').get('current');
          get.onsuccess = () => resolve(typeof get.result?.text === 'string' ? (get.result.text as string) : '');
          get.onerror = () => resolve('');
        };
      }),
  );
  if (!text) return null;
  const restored = restoreText(text);
  return restored.ok ? restored.model : null;
}

/** What is wrong with the map for the scenario, or an empty list when it holds the structure. */
export function structureProblems(model: MandatModel): string[] {
  const problems: string[] = [];
  const bodies = [...model.bodies.values()];
  const one = (kind: string) => {
    const found = bodies.filter((b) => b.kind === kind);
    if (found.length !== 1) problems.push(`${found.length} bodies of kind ${kind}, expected 1`);
    return found[0];
  };
  if (bodies.length !== 4) problems.push(`${bodies.length} bodies, expected 4`);
  const ks = one('executive_board');
  const council = one('council');
  const steering = one('steering_group');
  const management = one('management_group');
  if (ks && !ks.accountable) problems.push('the Kommunstyrelse is not accountable');
  const reports = (from: typeof ks, to: typeof ks) => !!from && !!to && [...model.reportingLines.values()].some((l) => l.from === from.id && l.to === to.id && l.kind === 'reports_to');
  if (!reports(council, ks)) problems.push('the council does not report to the Kommunstyrelse');
  if (!reports(steering, council)) problems.push('the steering group does not report to the council');
  if (!reports(management, council)) problems.push('the management group does not report to the council');
  if (model.reportingLines.size !== 3) problems.push(`${model.reportingLines.size} lines, expected 3`);
  const membersOf = (b: typeof ks) => new Set([...model.memberships.values()].filter((m) => b && m.body === b.id).map((m) => m.member));
  const inSteering = membersOf(steering);
  const inManagement = membersOf(management);
  if (inSteering.size !== 4 || inManagement.size !== 4 || [...inSteering].some((m) => !inManagement.has(m))) problems.push(`steering has ${inSteering.size} and management ${inManagement.size} members, expected the same 4`);
  if (model.members.size !== 4) problems.push(`${model.members.size} people on the map, expected 4`);
  if (!bodies.some((b) => b.mandate.text.trim() !== '')) problems.push('no body has a mandate');
  return problems;
}

/** Runs the scenario in a fresh context on the editor at `url`; returns the actions made, after checking the map holds the structure. */
export async function buildSmallStructure(browser: Browser, url: string): Promise<{ actions: readonly string[] }> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.locator('.react-flow__node').first().waitFor();
    const act = new Actions(page);
    const pane = page.locator('.react-flow__pane');

    // A first start: the start page is open over the sample, and its "Ny tom karta" starts the map.
    await act.click(page.getByRole('button', { name: /^Ny tom karta/ }), '"Ny tom karta" on the start page');
    await page.locator('.react-flow__node').first().waitFor({ state: 'detached' });

    await act.click(pane, 'the empty canvas', { button: 'right', position: { x: 420, y: 60 } });
    await act.click(menuItem(page, 'Lägg till organ här'), '"Lägg till organ här"');
    await act.click(menuItem(page, 'Kommunstyrelse'), '"Kommunstyrelse"');

    const reportingHere = async (receiver: string, kind: string): Promise<void> => {
      await act.click(node(page, receiver), receiver, { button: 'right', position: ON_KIND_LABEL });
      await act.click(menuItem(page, 'Nytt organ som rapporterar hit'), '"Nytt organ som rapporterar hit"');
      await act.click(menuItem(page, kind), `"${kind}"`);
      await node(page, kind).waitFor();
    };
    await reportingHere('Kommunstyrelse', 'Råd');
    await reportingHere('Råd', 'Styrgrupp');
    await reportingHere('Råd', 'Ledningsgrupp');

    for (const group of ['Styrgrupp', 'Ledningsgrupp']) {
      await act.click(node(page, group), group, { button: 'right', position: ON_KIND_LABEL });
      await act.click(menuItem(page, 'Ledamöter…'), '"Ledamöter…"');
      await page.locator('.add-member input').waitFor();
      await act.type(PEOPLE);
      await act.press('Enter');
      await page.locator('.members-of-body .member-name').nth(3).waitFor();
    }

    await act.click(page.getByLabel('Uppdrag', { exact: true }), 'the mandate field');
    await act.type(MANDATE);
    await act.press('Tab');

    // The autosave follows a second after the last edit: wait for the whole structure in it.
    let problems: string[] = ['nothing autosaved'];
    for (let i = 0; i < 60 && problems.length > 0; i++) {
      await page.waitForTimeout(250);
      const model = await autosavedModel(page);
      problems = model ? structureProblems(model) : ['nothing autosaved'];
    }
    if (problems.length > 0) throw new Error(`the small structure was not built: ${problems.join('; ')}`);
    return { actions: act.done };
  } catch (error) {
    // What the page looked like when the scenario stopped, for whoever has to find out why.
    await context.pages()[0]?.screenshot({ path: path.join(process.cwd(), '.tmp', 'small-structure-failure.png') }).catch(() => undefined);
    throw error;
  } finally {
    await context.close();
  }
}

/** The benchmark's line for the scenario. */
export function actionLine(count: number): string {
  return `user actions for the small structure: ${count} (goal ≤ ${ACTION_GOAL})`;
}

/** On its own: serves dist/web (build it first), runs the scenario once and prints the count and the actions. */
async function main(): Promise<void> {
  const executablePath = findChromium();
  if (!executablePath) {
    console.log(`Small-structure scenario skipped: ${NO_CHROMIUM}`);
    return;
  }
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const served = await startStaticServer({ root: path.join(root, 'dist', 'web'), port: 0, host: '127.0.0.1' });
  const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const { actions } = await buildSmallStructure(browser, served.url);
    console.log(actions.map((a, i) => `  ${String(i + 1).padStart(2)}. ${a}`).join('\n'));
    console.log(`${actions.length <= ACTION_GOAL ? 'PASS' : 'MISS'}  ${actionLine(actions.length)}`);
    if (actions.length > ACTION_GOAL) process.exitCode = 1;
  } finally {
    await browser.close();
    await served.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
