/**
 * `npx tsx test/bench/diffBench.ts`, and the compare part of `npm run bench`: bundles
 * diffMeasure.ts with esbuild (as the app and `mandat` ship shared/diff; under tsx's
 * per-file loader the same code runs slower) and runs the bundle in a child process with
 * a large heap and `--expose-gc`, like the analysis measurements (measureChild.ts).
 * `--cpu-prof` writes a V8 profile of the child to .tmp/prof/.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { repositoryRoot, runMeasureChild } from './measureChild';

const here = path.dirname(fileURLToPath(import.meta.url));

export function main(nodeArgs: readonly string[] = []): Promise<number> {
  return runMeasureChild('bench-diff.mjs', nodeArgs, {}, path.join(here, 'diffChild.ts'));
}

// Run on its own.
if (import.meta.url === `file://${process.argv[1]}`) {
  const profile = process.argv.includes('--cpu-prof') ? ['--cpu-prof', `--cpu-prof-dir=${path.join(repositoryRoot, '.tmp', 'prof')}`] : [];
  process.exit(await main(profile));
}
