/**
 * The command line's start-up: `mandat check` on the sample, wall time from spawn to exit,
 * against `node -e 0` (Node's own start) on the same machine at the same moment, so the
 * ratio means something on a busy machine too. The bundle is built first if stale.
 *
 * `mandat check` compiles its script from V8's code cache, which the first run after a build
 * writes (bin/checkScript.js). The goal is judged on a warm start, as a user's second and
 * later runs are; the cold start (the cache deleted before each run, so each compiles the
 * script and writes the cache again, as the first run after a build does) is printed beside it.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLE_DIR } from '../../bin/cliBundle.js';
import { ensureCliBundle } from '../../scripts/build-cli.js';

const GOAL_SECONDS = 0.3;
const RUNS = 9;
/** Above this, `node -e 0` itself is slowed by other work on the machine. */
const BUSY_NODE_START = 0.1;

function wallSeconds(args: readonly string[], env: NodeJS.ProcessEnv = process.env): number {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { stdio: 'ignore', env });
  if (r.error) throw r.error;
  return Number(process.hrtime.bigint() - start) / 1e9;
}

/** Deletes the check script's code caches, so the next run starts cold. */
function dropCodeCaches(): void {
  for (const name of readdirSync(BUNDLE_DIR)) if (name.endsWith('.v8cache')) rmSync(path.join(BUNDLE_DIR, name), { force: true });
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

/** Prints one line: the median of RUNS starts of each, taken in turn. */
export async function main(): Promise<{ check: number; cold: number; node: number; ratio: number }> {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  await ensureCliBundle();
  const check = [path.join(root, 'bin', 'mandat.js'), 'check', path.join(root, 'examples', 'eskilstuna.mandat')];
  // One start of each first, so the file cache is warm for all and the code cache is written.
  wallSeconds(check);
  wallSeconds(['-e', '0']);
  const warm: number[] = [];
  const cold: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    warm.push(wallSeconds(check));
    dropCodeCaches();
    cold.push(wallSeconds(check));
    bare.push(wallSeconds(['-e', '0']));
  }
  const c = median(warm);
  const k = median(cold);
  const n = median(bare);
  const ratio = c / n;
  const verdict = c <= GOAL_SECONDS ? 'met' : 'NOT met';
  // On a loaded machine both times grow together; the ratio is what stays comparable.
  const busy = n > BUSY_NODE_START ? `; the machine is busy (Node alone took ${n.toFixed(2)} s), compare the ratio` : '';
  console.log(
    `CLI start-up: mandat check sample ${c.toFixed(2)} s warm (code cache from an earlier run), ${k.toFixed(2)} s cold (no cache, ratio ${(k / n).toFixed(1)}×), ` +
      `node -e 0 ${n.toFixed(2)} s, ratio ${ratio.toFixed(1)}×, goal ≤ ${GOAL_SECONDS} s warm (${verdict}; median of ${RUNS}${busy})`,
  );
  return { check: c, cold: k, node: n, ratio };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
