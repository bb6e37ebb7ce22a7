/** The measuring process of `npm run bench` (see run.ts): runs from a bundle, as the app does. */
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import v8 from 'node:v8';
import { main } from './measure';

await main({
  cores: os.cpus().length,
  cpu: os.cpus()[0]?.model.trim() ?? 'unknown cpu',
  node: process.version,
  platform: `${os.platform()} ${os.arch()}`,
  heapLimitMb: Math.round(v8.getHeapStatistics().heap_size_limit / 1024 ** 2),
  samplePath: process.env.MANDAT_BENCH_SAMPLE as string,
  readSample: (p: string) => (existsSync(p) ? readFileSync(p, 'utf8') : null),
  analysisOnly: process.env.MANDAT_BENCH_ANALYSIS_ONLY === '1',
});
