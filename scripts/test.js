#!/usr/bin/env node
// Everything CI checks, in order, ending with one line "N passed, N failed".
// Lint and the type check count as one check each; vitest reports its own tests.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
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
check('type check (tsc)', bin('tsc'), ['-p', 'tsconfig.json']);

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

console.log('');
if (failures.length) console.log(`Failed: ${failures.join('; ')}`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed === 0 ? 0 : 1);
