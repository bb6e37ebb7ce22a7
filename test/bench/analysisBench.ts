/**
 * `npx tsx test/bench/analysisBench.ts [--cpu-prof]`: the analysis part of `npm run bench`
 * alone (the same bundle and child process as run.ts, without the file steps, the naive
 * overlap, the exports, collaboration and the browser), for working on the analysis goals
 * in a minute rather than a quarter of an hour. `--cpu-prof` writes a V8 profile of the
 * child to .tmp/prof/ for Chrome's DevTools or speedscope.
 */
import path from 'node:path';
import { repositoryRoot, runMeasureChild } from './measureChild';

const profile = process.argv.includes('--cpu-prof') ? ['--cpu-prof', `--cpu-prof-dir=${path.join(repositoryRoot, '.tmp', 'prof')}`] : [];
process.exit(await runMeasureChild('bench-analysis.mjs', profile, { MANDAT_BENCH_ANALYSIS_ONLY: '1' }));
