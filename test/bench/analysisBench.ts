/**
 * `npx tsx test/bench/analysisBench.ts [--cpu-prof]`: the analysis part of `npm run bench`
 * alone (the same bundle and child process as run.ts, without the file steps, the naive
 * overlap, the exports, collaboration and the browser), for working on the analysis goals
 * in a minute rather than a quarter of an hour. `--cpu-prof` writes a V8 profile of the
 * child to .tmp/prof/ for Chrome's DevTools or speedscope.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const outfile = path.join(root, '.tmp', 'bench-analysis.mjs');
mkdirSync(path.dirname(outfile), { recursive: true });
await build({
  entryPoints: [path.join(here, 'child.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile,
  logLevel: 'warning',
  // Bundled CommonJS dependencies (yjs's lib0) may call require().
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
});
const profile = process.argv.includes('--cpu-prof') ? ['--cpu-prof', `--cpu-prof-dir=${path.join(root, '.tmp', 'prof')}`] : [];
const child = spawnSync(process.execPath, ['--max-old-space-size=8192', '--expose-gc', ...profile, outfile], {
  stdio: 'inherit',
  env: { ...process.env, MANDAT_BENCH_SAMPLE: path.join(root, 'examples', 'eskilstuna.mandat'), MANDAT_BENCH_ANALYSIS_ONLY: '1' },
});
if (child.error) throw child.error;
process.exit(child.status ?? 1);
