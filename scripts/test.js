#!/usr/bin/env node
// Everything CI checks, in order, ending with one line "N passed, N failed".
// Lint, the type check, the import-cycle check and the web build count as one check each; vitest and Playwright
// report their own tests.
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { findChromium, NO_CHROMIUM } from './chromium.js';
import { CYCLE_CHECKED_FOLDERS, madgeCycleArgs } from './importCycles.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const tmp = join(root, '.tmp');
mkdirSync(tmp, { recursive: true });
const bin = (name) => join(root, 'node_modules', '.bin', name);

let passed = 0;
let failed = 0;
let skipped = 0;
const failures = [];

function step(title, command, args) {
  console.log(`\n=== ${title} ===`);
  const r = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  return r.status === 0;
}

function check(title, command, args) {
  if (step(title, command, args)) passed++;
  else {
    failed++;
    failures.push(title);
  }
}

check('lint (eslint, with the layering rules)', bin('eslint'), ['.', '--max-warnings=-1']);
// One check, three programs: the Node side (shared, cli, unit tests …), the renderer (DOM,
// JSX, no node types) and the browser tests (Node and the DOM, for page.evaluate).
const tscFailures = ['tsconfig.json', 'renderer/tsconfig.json', 'test/e2e/tsconfig.json'].filter(
  (project) => !step(`type check (tsc -p ${project})`, bin('tsc'), ['-p', project]),
);
if (tscFailures.length === 0) passed++;
else {
  failed++;
  failures.push(`type check (${tscFailures.join(', ')})`);
}

check('no import cycles (madge)', bin('madge'), madgeCycleArgs(CYCLE_CHECKED_FOLDERS, root));

const report = join(tmp, 'vitest.json');
rmSync(report, { force: true });
const unitOk = step('unit and integration tests (vitest)', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
]);
try {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  skipped += r.numPendingTests + (r.numTodoTests ?? 0);
  if (r.numFailedTests > 0) failures.push(`${r.numFailedTests} vitest test(s)`);
  if (!unitOk && r.numFailedTests === 0) {
    failed++;
    failures.push('vitest exited with an error outside the tests');
  }
} catch {
  failed++;
  failures.push('vitest produced no report');
}

const webBuilt = step('web build (vite build → dist/web)', bin('vite'), ['build', '--logLevel', 'warn']);
if (webBuilt) passed++;
else {
  failed++;
  failures.push('web build');
}

// Electron's security checklist as a tool sees it: no HIGH finding in electron/ or the built renderer.
check('Electronegativity (electron/ and dist/web, no HIGH findings)', process.execPath, [join(root, 'scripts', 'electronegativity.js')]);

/** Adds Playwright's JSON report to the counts, as its list reporter counts them. */
function countPlaywright(reportPath, exitOk) {
  let r;
  try {
    r = JSON.parse(readFileSync(reportPath, 'utf8'));
  } catch {
    failed++;
    failures.push('Playwright produced no report');
    return;
  }
  let ok = 0;
  let bad = 0;
  let skip = 0;
  const visit = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        const results = test.results ?? [];
        if (test.status === 'expected' || test.status === 'flaky') ok++;
        else if (test.status === 'unexpected') bad++;
        // Skipped on purpose (test.skip) counts as skipped; interrupted or "did not run" fails.
        else if (results.some((x) => x.status === 'interrupted') || results.length === 0 || test.expectedStatus !== 'skipped') bad++;
        else skip++;
      }
    }
    for (const child of suite.suites ?? []) visit(child);
  };
  for (const suite of r.suites ?? []) visit(suite);
  const errors = (r.errors ?? []).length;
  passed += ok;
  skipped += skip;
  failed += bad + errors;
  if (bad) failures.push(`${bad} Playwright test(s)`);
  if (errors) failures.push(`${errors} Playwright error(s) outside the tests`);
  if (!exitOk && bad + errors === 0) {
    failed++;
    failures.push('Playwright exited with an error outside the tests');
  }
}

const chromium = findChromium();
if (!webBuilt) {
  console.log('\n=== browser tests (Playwright) ===\nNot run: the web build failed.');
} else if (!chromium) {
  console.log(`\n=== browser tests (Playwright) ===\n${NO_CHROMIUM}`);
  failed++;
  failures.push('no Chromium for the browser tests');
} else {
  const pwReport = join(tmp, 'playwright.json');
  rmSync(pwReport, { force: true });
  const e2eOk = step(`browser tests (Playwright, ${chromium})`, bin('playwright'), ['test']);
  countPlaywright(pwReport, e2eOk);
}

console.log('');
if (failures.length) console.log(`Failed: ${failures.join('; ')}`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed === 0 ? 0 : 1);
