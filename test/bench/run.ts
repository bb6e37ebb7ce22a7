/**
 * `npm run bench`: how fast Mandat analyses, saves, restores and opens maps of growing
 * size, against the goals (full analysis of the largest map ≤ 100 ms, of the medium
 * one ≤ 10 ms; restore of the largest ≤ 1.5 s), and the indexed overlap check against
 * a naive all-pairs one; the command line's start-up (cliStartup.ts: `mandat check` on
 * the sample against `node -e 0`, goal ≤ 0.3 s); then the editor in Chromium (browser.ts: first draw, a
 * 1,000-body map dropped, dragged and edited, a bare React Flow page for comparison,
 * the size of the initial JavaScript); between them the exports (exports.ts), routed
 * lines against ELK's layered layout (routing.ts) and live
 * collaboration (collab.ts: one server; collabScale.ts: two instances with Redis and
 * PostgreSQL; MANDAT_BENCH_COLLAB_SECONDS shortens their 30 s load runs).
 *
 * The code is measured as the app ships it: bundled by esbuild (the editor and the
 * desktop shell are bundled too), not through tsx's per-file loader, which costs
 * about 10% more on the largest map. The bundle runs in a child process with
 * `--max-old-space-size=8192` (the largest map needs more heap than Node's default on
 * some machines) and `--expose-gc` (to collect garbage between steps).
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { repositoryRoot as root, runMeasureChild } from './measureChild';

const here = path.join(root, 'test', 'bench');
const status = await runMeasureChild('bench.mjs');
if (status !== 0) process.exit(status);

// The command line's start-up, bundled as `mandat` runs it, against Node's own start.
console.log();
const cliStartup = (await import(pathToFileURL(path.join(here, 'cliStartup.ts')).href)) as { main(): Promise<unknown> };
await cliStartup.main();

// The exports (diagram, report, matrix) run here, under tsx, as the command line runs them.
console.log();
const exportsBench = (await import(pathToFileURL(path.join(here, 'exports.ts')).href)) as { main(sample: string): Promise<void> };
await exportsBench.main(path.join(root, 'examples', 'eskilstuna.mandat'));

// Routed lines: lines through foreign boxes and crossings, against ELK's layered layout; routing time.
console.log();
const routingBench = (await import(pathToFileURL(path.join(here, 'routing.ts')).href)) as { main(sample: string): Promise<boolean> };
await routingBench.main(path.join(root, 'examples', 'eskilstuna.mandat'));

// Compare: the difference of the largest synthetic map on two dates and of two files of it (goal ≤ 300 ms).
console.log();
const diffBench = (await import(pathToFileURL(path.join(here, 'diffBench.ts')).href)) as { main(): Promise<void> };
await diffBench.main();

// Live collaboration: one server (its own process), then two instances with Redis and PostgreSQL.
console.log();
const matrixBench = (await import(pathToFileURL(path.join(here, 'matrix.ts')).href)) as { main(): Promise<boolean> };
await matrixBench.main();

console.log();
const collabBench = (await import(pathToFileURL(path.join(here, 'collab.ts')).href)) as { main(): Promise<void> };
await collabBench.main();
console.log();
const scaleBench = (await import(pathToFileURL(path.join(here, 'collabScale.ts')).href)) as { main(): Promise<boolean> };
await scaleBench.main();

// The browser part runs here, under tsx. It is imported by URL so that the root tsc
// program does not follow it: its page.evaluate functions need the DOM types, and it is
// type-checked with them by test/e2e/tsconfig.json, like the browser tests.
console.log();
const browserBench = (await import(pathToFileURL(path.join(here, 'browser.ts')).href)) as { main(): Promise<void> };
await browserBench.main();
