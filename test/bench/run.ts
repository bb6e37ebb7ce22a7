/**
 * `npm run bench`: how fast Mandat analyses, saves, restores and opens maps of growing
 * size, against the goals (full analysis of the largest map ≤ 100 ms, of the medium
 * one ≤ 10 ms; restore of the largest ≤ 1.5 s), and the indexed overlap check against
 * a naive all-pairs one.
 *
 * The largest map needs more heap than Node's default on some machines, so the script
 * re-runs itself once with `--max-old-space-size=8192 --expose-gc` (the second flag
 * lets it collect garbage between runs, which steadies the figures).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';

const CHILD_FLAG = 'MANDAT_BENCH_CHILD';
const HEAP_MB = 8192;

if (!process.env[CHILD_FLAG] && (v8.getHeapStatistics().heap_size_limit < 6 * 1024 ** 3 || typeof globalThis.gc !== 'function')) {
  const args = [...process.execArgv, `--max-old-space-size=${HEAP_MB}`, '--expose-gc', ...process.argv.slice(1)];
  const child = spawnSync(process.execPath, args, { stdio: 'inherit', env: { ...process.env, [CHILD_FLAG]: '1' } });
  if (child.error) throw child.error;
  process.exit(child.status ?? 1);
}

const { main } = await import('./measure');
await main({
  cores: os.cpus().length,
  cpu: os.cpus()[0]?.model.trim() ?? 'unknown cpu',
  node: process.version,
  platform: `${os.platform()} ${os.arch()}`,
  heapLimitMb: Math.round(v8.getHeapStatistics().heap_size_limit / 1024 ** 2),
  samplePath: path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../examples/eskilstuna.mandat'),
  readSample: (p: string) => (existsSync(p) ? readFileSync(p, 'utf8') : null),
});
