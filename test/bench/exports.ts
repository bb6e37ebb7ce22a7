/**
 * The export part of `npm run bench`: every format of the sample map and of a 300-body
 * synthetic map, through the same code as `mandat export` (exportMap with the command
 * line's resvg host), median of several runs after one untimed warm-up. Goals: every
 * format of the sample ≤ 1 s; the 300-body map to PDF and DOCX ≤ 3 s.
 */
import { readFileSync } from 'node:fs';
import { cliExportHost } from '../../cli/rasterise';
import { exportMap, type ExportRequest } from '../../shared/export/exportMap';
import { EXPORT_FORMATS, type ExportFormat } from '../../shared/export/options';
import { restoreText } from '../../shared/file/restore';
import type { MandatModel } from '../../shared/model/types';
import { generateMap } from './synthetic';

const RUNS = 5;
const GOALS = { sampleMs: 1_000, largeMs: 3_000 };

function request(format: ExportFormat, asOf: string): ExportRequest {
  return {
    format,
    asOf,
    lang: 'sv',
    page: 'a4',
    landscape: true,
    // A PNG for a meeting: the whole page at print resolution.
    png: { dpi: 300 },
    transparent: false,
    legend: true,
    badges: true,
    funding: false,
    findings: true,
    date: '2026-01-01',
  };
}

async function median(model: MandatModel, format: ExportFormat, asOf: string, runs: number): Promise<{ ms: number; bytes: number }> {
  let bytes = (await exportMap(model, request(format, asOf), cliExportHost)).bytes.length;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    bytes = (await exportMap(model, request(format, asOf), cliExportHost)).bytes.length;
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)] as number, bytes };
}

export async function main(samplePath: string): Promise<void> {
  const restored = restoreText(readFileSync(samplePath, 'utf8'));
  if (!restored.ok) throw new Error('the sample does not load');
  const large = generateMap({ bodies: 300, members: 1_200, memberships: 3_600, lines: 450, seed: 7 });
  console.log('Exports (exportMap as `mandat export` runs it; PNG = A4 landscape at 300 dpi; median of runs after a warm-up)');
  for (const [name, model, asOf, goal, runs] of [
    ['sample (Eskilstuna, 2021-09-26)', restored.model, '2021-09-26', GOALS.sampleMs, RUNS],
    ['synthetic, 300 bodies / 450 lines', large, '2024-01-01', GOALS.largeMs, 3],
  ] as const) {
    console.log(`  ${name}`);
    for (const format of EXPORT_FORMATS) {
      const r = await median(model, format, asOf, runs);
      const goalApplies = goal === GOALS.sampleMs || format === 'pdf' || format === 'docx';
      const verdict = goalApplies ? (r.ms <= goal ? 'PASS' : 'MISS') : 'info';
      console.log(`    ${verdict}  ${format.padEnd(5)} ${r.ms.toFixed(0).padStart(6)} ms  ${(r.bytes / 1024).toFixed(0).padStart(6)} kB${goalApplies ? `   goal ≤ ${goal} ms` : ''}`);
    }
  }
}
