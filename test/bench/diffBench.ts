/**
 * `npx tsx test/bench/diffBench.ts`, and the compare part of `npm run bench`: bundles
 * diffMeasure.ts with esbuild (as the app and `mandat` ship shared/diff; under tsx's
 * per-file loader the same code runs slower) and runs the bundle in a child process with
 * a large heap and `--expose-gc`, like the analysis measurements (measureChild.ts).
 * `--cpu-prof` writes a V8 profile of the child to .tmp/prof/.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { repositoryRoot } from './measureChild';

const here = path.dirname(fileURLToPath(import.meta.url));

export async function main(nodeArgs: readonly string[] = []): Promise<number> {
  const outfile = path.join(repositoryRoot, '.tmp', 'bench-diff.mjs');
  mkdirSync(path.dirname(outfile), { recursive: true });
  await build({
    stdin: { contents: "import { main } from './diffMeasure'; main();", resolveDir: here, loader: 'ts', sourcefile: 'diffChild.ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'warning',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  const child = spawnSync(process.execPath, ['--max-old-space-size=8192', '--expose-gc', ...nodeArgs, outfile], { stdio: 'inherit' });
  if (child.error) throw child.error;
  return child.status ?? 1;
}

// Run on its own.
if (import.meta.url === `file://${process.argv[1]}`) {
  const profile = process.argv.includes('--cpu-prof') ? ['--cpu-prof', `--cpu-prof-dir=${path.join(repositoryRoot, '.tmp', 'prof')}`] : [];
  process.exit(await main(profile));
}
