#!/usr/bin/env node
// Runs Electronegativity over electron/ and the built renderer (dist/web), prints what it finds and
// fails on any HIGH finding. It works offline (it only warns that it cannot fetch
// Electron's release list), so the Electron version is given.
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'node_modules', '.bin', 'electronegativity');
const version = JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
mkdirSync(join(root, '.tmp'), { recursive: true });
// Main process and renderer are one app: checked together, so app-wide checks (navigation
// limits, permission handler) see main's handlers while the renderer's HTML is checked too.
let high = 0;
const app = join(root, '.tmp', 'electronegativity-app');
rmSync(app, { recursive: true, force: true });
for (const [from, to] of [['electron', 'electron'], ['dist/web', 'web']]) {
  if (!existsSync(join(root, from))) {
    console.log(`electronegativity: ${from} does not exist (build the web version first)`);
    process.exit(1);
  }
  cpSync(join(root, from), join(app, to), { recursive: true });
}
for (const input of [app]) {
  const out = join(root, '.tmp', 'electronegativity.csv');
  const r = spawnSync(bin, ['-i', input, '-e', version, '-o', out, '-r', '-v', 'false'], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0 || !existsSync(out)) {
    console.log(`electronegativity failed on ${input}: ${r.stderr || r.stdout}`);
    high++;
    continue;
  }
  const rows = readFileSync(out, 'utf8').trim().split('\n').slice(1).filter(Boolean);
  for (const row of rows) {
    const [issue, severity, confidence, file, location] = row.split(',');
    console.log(`${issue} ${severity} (${confidence}) ${file}:${location}`);
    if (severity === '"HIGH"') high++;
  }
  if (rows.length === 0) console.log('no findings');
}
console.log(high === 0 ? 'electronegativity: no HIGH findings' : `electronegativity: ${high} HIGH finding(s)`);
process.exit(high === 0 ? 0 : 1);
