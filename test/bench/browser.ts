/**
 * The browser part of `npm run bench` (run.ts calls it after the Node figures): the
 * editor, built by Vite (with the bare page, into dist/bench-web) and served from there, measured in Debian's Chromium
 * (headless, 1400×900) with Playwright, against these goals:
 *
 *   1. navigation start → the sample drawn (a node, and the findings tab with its count),
 *      fresh profile (no IndexedDB) ≤ 1 s;
 *   2. a 1,000-body map dropped on the window → drawn ≤ 2 s;
 *   3. dragging one node on that map: 95th percentile of the frame times ≤ 16.7 ms (one
 *      refresh at 60 Hz, give or take the 0.1 ms resolution of the page's clock);
 *   4. an edit (the toolbar's "Lägg till organ") → the findings count updated ≤ 50 ms;
 *   5. the same graph in a bare React Flow page (renderer/bench/bare.html): the editor's
 *      time to draw and drag p95 at most 1.3× the bare page's;
 *   6. the gzipped size of the JavaScript index.html loads at once ≤ 400 kB (issue 12);
 *   7. the user actions (clicks, key chords, typed strings) the scripted "build a small
 *      structure" scenario needs (smallStructure.ts), goal ≤ 25.
 *
 * Every timed run of 1, 2 and 5 gets a fresh browser context (no IndexedDB, empty HTTP
 * cache). The page side is in browserPage.ts; this file, like the browser tests, is
 * type-checked with the DOM by test/e2e/tsconfig.json.
 *
 * `npx tsx test/bench/browser.ts` runs this part alone; with MANDAT_BENCH_ONLY_SAMPLE=1 it
 * measures goals 1 and 6 only (a minute instead of several, for a before/after comparison
 * of the start path) and prints the others as n/a, in the same format.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { restoreText } from '../../shared/file/restore';
import { serializeMap } from '../../shared/file/serialize';
import type { MandatModel } from '../../shared/model/types';
import { isValidOn, today } from '../../shared/time/isoDate';
import { findChromium, NO_CHROMIUM } from '../../scripts/chromium.js';
import { startStaticServer } from '../../server/staticFiles';
import { installBenchHelpers, type BenchWindow, type DrawnSpec } from './browserPage';
import { generateMap } from './synthetic';
import { ACTION_GOAL, actionLine, buildSmallStructure } from './smallStructure';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
/** The bench's own build: the editor and the bare page (vite.config.ts builds the bare page only for the bench). */
const outDir = path.join(root, 'dist', 'bench-web');

const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const VIEWPORT = { width: 1400, height: 900 };
const MAP = { bodies: 1_000, members: 4_000, memberships: 12_000, lines: 1_500, seed: 2023 };
/** Timed runs of the sample's first draw (after one untimed run that starts the browser's own processes). */
// MANDAT_BENCH_BROWSER_RUNS shortens both (for a quick before/after comparison while working).
const QUICK_RUNS = Number(process.env.MANDAT_BENCH_BROWSER_RUNS ?? '') || 0;
const SAMPLE_RUNS = QUICK_RUNS || 7;
/** Runs on the large map, editor and bare page taking turns; each run is one drop, one drag and EDITS edits. */
const MAP_RUNS = QUICK_RUNS || 7;
// MANDAT_BENCH_BROWSER_ONLY=map runs only the 1,000-body map (drop, drag, edits, the bare page): goals 2 to 5.
const MAP_ONLY = process.env.MANDAT_BENCH_BROWSER_ONLY === 'map';
/** Goals 1 and 6 only (MANDAT_BENCH_ONLY_SAMPLE=1): the start path without the large map and the small structure. */
const ONLY_SAMPLE = process.env.MANDAT_BENCH_ONLY_SAMPLE === '1';
const EDITS = 3;
/** How long the main thread is watched after one more edit: the autosave's second, its idle wait (up to 2 s) and the copy. */
const AFTER_EDIT_MS = 5_000;
const MOVES = 60;
const TIMEOUT_MS = 60_000;

const GOALS = { sampleMs: 1_000, dropMs: 2_000, frameP95Ms: 16.7, editMs: 50, ratio: 1.3, initialKb: 400 };
/** The resolution of performance.now() and animation-frame timestamps in a page that is not cross-origin isolated. */
const TIMER_RESOLUTION_MS = 0.1;
/** A frame interval below this is one 60 Hz refresh (16.7 ms) with its jitter; the next is 33.3 ms. */
const ON_TIME_MS = 20;

// tsx (esbuild with keepNames) wraps named inner functions in __name(); the page has none.
const NAME_SHIM = 'globalThis.__name ??= (f) => f;';

/** The page's helpers (browserPage.ts); only inside page.evaluate. */
type W = BenchWindow;

function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const i = (sorted.length - 1) * q;
  const lo = Math.floor(i);
  const hi = Math.ceil(i);
  return (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (i - lo);
}
const median = (values: readonly number[]): number => quantile(values, 0.5);
const ms = (x: number): string => (x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : Math.round(x).toLocaleString('en-US'));
const count = (x: number): string => x.toLocaleString('en-US');
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} kB`;
const pad = (s: string, n: number): string => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const padL = (s: string, n: number): string => (s.length >= n ? s : ' '.repeat(n - s.length) + s);
const log = (s: string): void => void process.stderr.write(s + '\n');

async function withTimeout<T>(what: string, promise: Promise<T>, timeoutMs = TIMEOUT_MS): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${timeoutMs / 1000} s`)), timeoutMs);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function freshContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
  await context.addInitScript(NAME_SHIM);
  await context.addInitScript(installBenchHelpers);
  // The start page (first start) would cover the map being measured.
  await context.addInitScript(() => localStorage.setItem('mandat.welcomed', '1'));
  return context;
}

/** The first body and line that the editor and the bare page both draw today (both ends drawn too). */
function markers(model: MandatModel, date: string): { node: string; edge: string; nodes: number; edges: number } {
  const bodies = [...model.bodies.values()].filter((b) => isValidOn(b, date));
  const shown = new Set(bodies.map((b) => b.id));
  const lines = [...model.reportingLines.values()].filter((l) => isValidOn(l, date) && shown.has(l.from) && shown.has(l.to));
  if (!bodies[0] || !lines[0]) throw new Error('the synthetic map has no body or no line today');
  return { node: bodies[0].id, edge: lines[0].id, nodes: bodies.length, edges: lines.length };
}

/** Waits for the drawn map the page is watching for; returns its times relative to `t0`. */
async function drawnSince(page: Page, t0: number, what: string): Promise<{ dom: number; painted: number; nodes: number; edges: number }> {
  const d = await withTimeout(what, page.evaluate(() => (window as unknown as W).__bench.drawn));
  if (!d) throw new Error(`${what}: nothing was being watched`);
  return { dom: d.dom - t0, painted: d.painted - t0, nodes: d.nodes, edges: d.edges };
}

/**
 * Lets the page settle: waits `waitMs`, and with `changedAt` (page clock) until the autosave
 * a second or so after that change has written its copy (its text is made in a worker, which
 * calm frames alone do not show), then 10 calm frames.
 */
async function settle(page: Page, waitMs: number, changedAt?: number): Promise<void> {
  await page.waitForTimeout(waitMs);
  if (changedAt !== undefined) {
    const written = await withTimeout('waiting for the autosave', page.evaluate((since) => (window as unknown as W).__bench.autosavedSince(since, 15_000), changedAt));
    if (!written) log('  (the autosave wrote no copy within 15 s of the change; measuring anyway)');
  }
  await withTimeout('waiting for calm frames', page.evaluate(() => (window as unknown as W).__bench.quiet(10, 20, 5_000)));
}

interface DragResult {
  readonly median: number;
  readonly p95: number;
  readonly max: number;
  readonly frames: number;
  /** The share of frames drawn within one display refresh (an interval under ON_TIME_MS). */
  readonly onTime: number;
}

/** Drags one node across the canvas with the mouse (down, MOVES moves, up), recording frame times in the page. */
async function drag(page: Page, canvas: string): Promise<DragResult> {
  const target = await page.evaluate((selector) => (window as unknown as W).__bench.pickNode(selector), canvas);
  await page.mouse.move(target.x, target.y);
  await page.evaluate(() => (window as unknown as W).__bench.startFrames());
  await page.mouse.down();
  for (let i = 1; i <= MOVES; i++) await page.mouse.move(target.x + (target.dx * i) / MOVES, target.y + (target.dy * i) / MOVES);
  await page.mouse.up();
  const intervals = await withTimeout('drag frames', page.evaluate(() => (window as unknown as W).__bench.stopFrames(3)));
  const moved = await page.evaluate((id) => (window as unknown as W).__bench.transformOf(id), target.id);
  if (moved === target.transform) throw new Error(`the drag did not move node ${target.id} (${canvas})`);
  return { median: median(intervals), p95: quantile(intervals, 0.95), max: Math.max(...intervals), frames: intervals.length, onTime: intervals.filter((x) => x < ON_TIME_MS).length / intervals.length };
}

/** 1: from navigation start to the sample drawn, on a fresh profile. */
async function sampleRun(browser: Browser, url: string): Promise<{ painted: number; dom: number; dcl: number }> {
  const context = await freshContext(browser);
  try {
    await context.addInitScript(() => (window as unknown as W).__bench.watchDrawn({ findings: true }));
    const page = await context.newPage();
    await page.goto(url);
    const d = await drawnSince(page, 0, 'the sample');
    const dcl = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.domContentLoadedEventEnd ?? NaN);
    return { painted: d.painted, dom: d.dom, dcl };
  } finally {
    await context.close();
  }
}

interface MapRun {
  readonly drawn: { dom: number; painted: number; nodes: number; edges: number };
  readonly drag: DragResult;
  readonly edits: readonly number[];
  /** The longest main-thread task in the AFTER_EDIT_MS after one more edit: the autosave's, or whatever else is longer. */
  readonly afterEdit: number;
}

/** 2, 3, 4: the large map dropped on the editor, dragged in, edited. */
async function editorRun(browser: Browser, url: string, text: string, spec: DrawnSpec): Promise<MapRun> {
  const context = await freshContext(browser);
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.locator('.react-flow__node').first().waitFor({ timeout: TIMEOUT_MS });
    await page.evaluate((t) => void ((window as unknown as W).__bench.text = t), text);
    await settle(page, 300);
    await page.evaluate((s) => (window as unknown as W).__bench.watchDrawn(s), spec);
    const t0 = await page.evaluate(() => (window as unknown as W).__bench.dropText('syntetisk.mandat'));
    const drawn = await drawnSince(page, t0, 'the dropped map');
    await settle(page, 1_500, t0);
    const beforeDrag = await page.evaluate(() => performance.now());
    const dragged = await drag(page, '.canvas');
    const edits: number[] = [];
    let changedAt = beforeDrag;
    for (let i = 0; i < EDITS; i++) {
      await settle(page, 1_300, changedAt);
      changedAt = await page.evaluate(() => performance.now());
      const r = await withTimeout('the edit', page.evaluate(() => (window as unknown as W).__bench.editToFindings('Lägg till organ', 10_000)));
      edits.push(r.ms);
    }
    await settle(page, 1_300, changedAt);
    const afterEdit = await withTimeout('the edit and the autosave after it', page.evaluate((ms) => (window as unknown as W).__bench.longestTaskAfter('Lägg till organ', ms), AFTER_EDIT_MS));
    return { drawn, drag: dragged, edits, afterEdit };
  } finally {
    await context.close();
  }
}

/** 5: the same map posted to the bare React Flow page (after the sample, as the editor has drawn it first too). */
async function bareRun(browser: Browser, url: string, sample: { text: string; spec: DrawnSpec }, text: string, spec: DrawnSpec): Promise<Omit<MapRun, 'edits' | 'afterEdit'>> {
  const context = await freshContext(browser);
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.locator('html[data-ready]').waitFor({ state: 'attached', timeout: TIMEOUT_MS });
    for (const [t, s, what] of [
      [sample.text, sample.spec, 'the sample in the bare page'],
      [text, spec, 'the map in the bare page'],
    ] as const) {
      await page.evaluate((x) => void ((window as unknown as W).__bench.text = x), t);
      await settle(page, 300);
      await page.evaluate((x) => (window as unknown as W).__bench.watchDrawn(x), s);
      const t0 = await page.evaluate(() => (window as unknown as W).__bench.postText());
      const drawn = await drawnSince(page, t0, what);
      if (t === text) {
        await settle(page, 1_500);
        return { drawn, drag: await drag(page, '.react-flow') };
      }
    }
    throw new Error('unreachable');
  } finally {
    await context.close();
  }
}

/** 6: the JavaScript index.html (built as in dist/web) loads at once, and what those files import statically. */
function initialJs(): { files: { name: string; raw: number; gzip: number }[]; raw: number; gzip: number } {
  const html = readFileSync(path.join(outDir, 'index.html'), 'utf8');
  const queue: string[] = [];
  // Module scripts and classic ones (early-autosave.js) alike.
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) queue.push(path.resolve(outDir, m[1] as string));
  for (const m of html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g)) queue.push(path.resolve(outDir, m[1] as string));
  const seen = new Set<string>();
  const files: { name: string; raw: number; gzip: number }[] = [];
  while (queue.length > 0) {
    const file = queue.shift() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file);
    files.push({ name: path.relative(outDir, file), raw: source.length, gzip: gzipSync(source).length });
    // Static imports only (`import … from "./x.js"`, `import "./x.js"`); import("./x.js") loads later.
    for (const m of source.toString('utf8').matchAll(/\bimport\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'](\.\.?\/[^"']+\.js)["']/g))
      queue.push(path.resolve(path.dirname(file), m[1] as string));
  }
  return { files, raw: files.reduce((s, f) => s + f.raw, 0), gzip: files.reduce((s, f) => s + f.gzip, 0) };
}

const verdict = (value: number, goal: number): string => (Number.isNaN(value) ? 'n/a ' : value <= goal ? 'PASS' : 'MISS');
const runs = (values: readonly number[]): string => values.map(ms).join(', ');

/** Builds the web version, serves it, measures and prints (or prints one line saying why it could not). */
export async function main(): Promise<void> {
  const started = performance.now();
  const executablePath = findChromium();
  if (!executablePath) {
    console.log(`Browser benchmark skipped: ${NO_CHROMIUM}`);
    return;
  }
  log('Browser benchmark: building the web version …');
  const vite = await import('vite');
  process.env.MANDAT_BENCH_PAGE = '1';
  await vite.build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'error' });

  const date = today();
  const model = generateMap(MAP);
  const text = serializeMap(model, null);
  const mark = markers(model, date);
  const spec: DrawnSpec = { node: mark.node, edge: mark.edge };
  const sampleText = readFileSync(path.join(root, 'examples', 'eskilstuna.mandat'), 'utf8');
  const sampleRestored = restoreText(sampleText);
  if (!sampleRestored.ok) throw new Error('examples/eskilstuna.mandat does not restore');
  const sampleMark = markers(sampleRestored.model, date);

  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath, headless: true, args: FLAGS });
  } catch (error) {
    console.log(`Browser benchmark skipped: ${executablePath} did not start (${(error instanceof Error ? error.message : String(error)).split('\n')[0]}).`);
    return;
  }
  const served = await startStaticServer({ root: outDir, port: 0, host: '127.0.0.1' });
  const version = `Chromium ${browser.version()}`;
  const samples: { painted: number; dom: number; dcl: number }[] = [];
  const editor: MapRun[] = [];
  const bare: Omit<MapRun, 'edits' | 'afterEdit'>[] = [];
  let structureActions: readonly string[] | null = null;
  try {
    if (!MAP_ONLY) {
      log(`  the sample after navigation, ${SAMPLE_RUNS} runs (+1 untimed) …`);
      await sampleRun(browser, served.url);
      for (let i = 0; i < SAMPLE_RUNS; i++) samples.push(await sampleRun(browser, served.url));
    }
    for (let i = 0; i < (ONLY_SAMPLE ? 0 : MAP_RUNS); i++) {
      log(`  the ${count(MAP.bodies)}-body map, editor and bare page, run ${i + 1} of ${MAP_RUNS} …`);
      editor.push(await editorRun(browser, served.url, text, spec));
      bare.push(await bareRun(browser, `${served.url}bench/bare.html`, { text: sampleText, spec: { node: sampleMark.node, edge: sampleMark.edge } }, text, spec));
    }
    if (!MAP_ONLY && !ONLY_SAMPLE) {
      log('  the small structure, built as a user would …');
      structureActions = (await buildSmallStructure(browser, served.url)).actions;
    }
  } finally {
    await browser.close();
    await served.close();
  }
  const js = initialJs();

  const sampleMs = median(samples.map((s) => s.painted));
  const dropMs = median(editor.map((r) => r.drawn.painted));
  const bareMs = median(bare.map((r) => r.drawn.painted));
  const dragMedian = median(editor.map((r) => r.drag.median));
  const dragP95 = median(editor.map((r) => r.drag.p95));
  const bareDragMedian = median(bare.map((r) => r.drag.median));
  const bareDragP95 = median(bare.map((r) => r.drag.p95));
  const edits = editor.flatMap((r) => r.edits);
  const editMs = median(edits);
  const drawRatio = dropMs / bareMs;
  const dragRatio = dragP95 / bareDragP95;
  // The goal, 16.7 ms, is one refresh at 60 Hz (16.67 ms). Chromium coarsens page timestamps
  // to 0.1 ms and jitters them by as much, so a frame on time reads 16.6 to 16.8 ms: the p95
  // is compared to the goal give or take that resolution (a late frame reads 33.3 or more).
  const p95Check = Math.round((dragP95 - TIMER_RESOLUTION_MS) * 10) / 10;

  const out: string[] = [];
  const p = (s = ''): void => void out.push(s);
  const goalLine = (verdictText: string, label: string, value: string, goal: string, detail: string): void =>
    p(`  ${verdictText}  ${pad(label, 50)}${padL(value, 10)}   ${pad(goal, 14)} ${detail}`);
  p(`Browser benchmark — ${version} (${executablePath}), headless, no GPU, ${VIEWPORT.width}×${VIEWPORT.height}, ${os.cpus().length} cores`);
  p(`The built web version (dist/bench-web: dist/web plus the bare page) served on ${served.url}; each timed run in a fresh browser context (no IndexedDB, empty cache).`);
  p(`Large map: generateMap ${count(MAP.bodies)} bodies, ${count(MAP.members)} members, ${count(MAP.memberships)} memberships, ${count(MAP.lines)} lines (seed ${MAP.seed}),`);
  p(`  ${(text.length / 1024 ** 2).toFixed(1)} MB of .mandat text without Yjs state, no positions; on ${date} ${count(mark.nodes)} bodies and ${count(mark.edges)} lines are drawn.`);
  p(`Drawn = the map's nodes in the DOM and not hidden, one of its lines in the DOM, then the next animation frame rendered.`);
  p(`Times in ms: median over runs (the runs after "runs:").`);
  p();
  p('Goals');
  goalLine(verdict(sampleMs, GOALS.sampleMs), '1. navigation start → sample drawn, findings count', ms(sampleMs), `goal ≤ ${count(GOALS.sampleMs)}`, `runs: ${runs(samples.map((s) => s.painted))}`);
  goalLine(verdict(dropMs, GOALS.dropMs), `2. drop of the ${count(MAP.bodies)}-body map → drawn`, ms(dropMs), `goal ≤ ${count(GOALS.dropMs)}`, `runs: ${runs(editor.map((r) => r.drawn.painted))}`);
  goalLine(verdict(p95Check, GOALS.frameP95Ms), `3. dragging a node on it: frame time p95`, ms(dragP95), `goal ≤ ${GOALS.frameP95Ms} ±${TIMER_RESOLUTION_MS}`, `runs: ${runs(editor.map((r) => r.drag.p95))}`);
  goalLine('    ', '   frame time median', ms(dragMedian), '', `runs: ${runs(editor.map((r) => r.drag.median))}`);
  goalLine(verdict(editMs, GOALS.editMs), `4. "Lägg till organ" → findings count updated`, ms(editMs), `goal ≤ ${GOALS.editMs}`, `${edits.length} edits: ${runs(edits)}`);
  goalLine(verdict(drawRatio, GOALS.ratio), `5. editor / bare React Flow, time to draw`, `${drawRatio.toFixed(2)}×`, `goal ≤ ${GOALS.ratio}×`, `${ms(dropMs)} / ${ms(bareMs)} ms`);
  goalLine(verdict(dragRatio, GOALS.ratio), `   editor / bare React Flow, drag frame p95`, `${dragRatio.toFixed(2)}×`, `goal ≤ ${GOALS.ratio}×`, `${ms(dragP95)} / ${ms(bareDragP95)} ms`);
  goalLine(verdict(js.gzip / 1024, GOALS.initialKb), `6. initial JavaScript, gzip (zlib default level)`, kb(js.gzip), `goal ≤ ${GOALS.initialKb} kB`, `${kb(js.raw)} raw: ${js.files.map((f) => `${f.name} ${kb(f.gzip)}`).join(', ')}`);
  const actions = structureActions?.length ?? NaN;
  goalLine(verdict(actions, ACTION_GOAL), `7. user actions for the small structure`, Number.isNaN(actions) ? 'not run' : String(actions), `goal ≤ ${ACTION_GOAL}`, 'clicks, key chords and typed strings; the map checked to hold the structure');
  p(`  ${structureActions ? actionLine(structureActions.length) : 'the small structure not built (MANDAT_BENCH_BROWSER_ONLY=map or MANDAT_BENCH_ONLY_SAMPLE=1)'}`);
  p();
  p('Details');
  p(`  1. the sample's nodes and count in the DOM at ${ms(median(samples.map((s) => s.dom)))} ms; DOMContentLoaded at ${ms(median(samples.map((s) => s.dcl)))} ms`);
  p(`  2. editor: the new nodes in the DOM ${ms(median(editor.map((r) => r.drawn.dom)))} ms after the drop; ${count(editor[0]?.drawn.nodes ?? 0)} nodes, ${count(editor[0]?.drawn.edges ?? 0)} edges drawn`);
  p(`  4. after one more edit, the longest main-thread task within ${AFTER_EDIT_MS / 1000} s (the autosave's among them): ${ms(median(editor.map((r) => r.afterEdit)))} ms (runs: ${runs(editor.map((r) => r.afterEdit))})`);
  p(`  5. bare page: ${ms(bareMs)} ms from posting the text to drawn (runs: ${runs(bare.map((r) => r.drawn.painted))}), nodes in the DOM at ${ms(median(bare.map((r) => r.drawn.dom)))} ms;`);
  p(`     ${count(bare[0]?.drawn.nodes ?? 0)} nodes, ${count(bare[0]?.drawn.edges ?? 0)} edges; drag frame time median ${ms(bareDragMedian)}, p95 ${ms(bareDragP95)} (runs: ${runs(bare.map((r) => r.drag.p95))})`);
  p(`  3. ${MOVES} mouse moves per drag; frames per drag (editor): ${editor.map((r) => r.drag.frames).join(', ')}; longest frame (editor): ${runs(editor.map((r) => r.drag.max))}, (bare): ${runs(bare.map((r) => r.drag.max))}`);
  const pct = (x: number): string => `${Math.round(x * 100)}%`;
  p(`     frames drawn within one refresh (under ${ON_TIME_MS} ms): editor ${pct(median(editor.map((r) => r.drag.onTime)))} (runs: ${editor.map((r) => pct(r.drag.onTime)).join(', ')}), bare page ${pct(median(bare.map((r) => r.drag.onTime)))} (runs: ${bare.map((r) => pct(r.drag.onTime)).join(', ')})`);
  p();
  p(`Browser benchmark took ${((performance.now() - started) / 1000).toFixed(0)} s.`);
  console.log(out.join('\n'));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
