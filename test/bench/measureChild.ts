/**
 * The analysis/file measurements (child.ts) as the app ships them: bundled by esbuild, run
 * in a child process with a large heap (the largest map needs more than Node's default on
 * some machines) and `--expose-gc` (to collect garbage between steps). Shared by
 * `npm run bench` (run.ts) and the analysis-only run (analysisBench.ts).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repositoryRoot = path.resolve(here, '../..');

/** Builds `entry` (child.ts unless named) into .tmp/`bundleName` and runs it; returns its exit status. */
export async function runMeasureChild(bundleName: string, nodeArgs: readonly string[] = [], env: NodeJS.ProcessEnv = {}, entry = path.join(here, 'child.ts')): Promise<number> {
  const outfile = path.join(repositoryRoot, '.tmp', bundleName);
  mkdirSync(path.dirname(outfile), { recursive: true });
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'warning',
    // Bundled CommonJS dependencies (yjs's lib0) may call require().
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  const child = spawnSync(process.execPath, ['--max-old-space-size=8192', '--expose-gc', ...nodeArgs, outfile], {
    stdio: 'inherit',
    env: { ...process.env, MANDAT_BENCH_SAMPLE: path.join(repositoryRoot, 'examples', 'eskilstuna.mandat'), ...env },
  });
  if (child.error) throw child.error;
  return child.status ?? 1;
}
