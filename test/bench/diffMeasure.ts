/**
 * The measuring process of the compare part of `npm run bench` (diffBench.ts bundles it
 * with esbuild and runs the bundle, as the app and `mandat` ship the code): the difference
 * of the 5,800-body synthetic map on two dates (goal ≤ 300 ms) and of two files of it (a
 * copy with one body in a hundred renamed, one in two hundred removed and fifty added),
 * each with the checks run on both sides, as the Compare view and `mandat diff` run them.
 * The second file is a deep copy, as a file read from disk is: no element is the same
 * object on both sides, so every element is compared field by field (a copy that shares
 * its unchanged elements with A, which no real pair of files does, is timed beside it).
 * Median of several runs after one untimed warm-up; garbage is collected once before the
 * warm-up, not before each run (see measure.ts).
 */
import { analyse } from '../../shared/analysis/analyse';
import { changeCount, diffAsOf, diffModels, type MapDifference } from '../../shared/diff';
import type { BodyId } from '../../shared/model/ids';
import type { Body, MandatModel } from '../../shared/model/types';
import { generateMap } from './synthetic';

const RUNS = 9;
const GOAL_MS = 300;
const DATES = ['2021-06-01', '2024-06-01'] as const;

/** A later version of `model`: some bodies renamed, some removed (with what hangs on them), some added. */
function laterVersion(model: MandatModel): MandatModel {
  const bodies = new Map(model.bodies);
  const ids = [...bodies.keys()];
  const removed = new Set<string>();
  ids.forEach((id, i) => {
    const b = bodies.get(id) as Body;
    if (i % 100 === 7) bodies.set(id, { ...b, name: `${b.name} (ny)`, formerNames: [...b.formerNames, { name: b.name, shortName: b.shortName, validTo: '2024-12-31' }] });
    if (i % 200 === 3) {
      bodies.delete(id);
      removed.add(id);
    }
  });
  for (let i = 0; i < 50; i++) {
    const first = model.bodies.values().next().value as Body;
    bodies.set(`added-${i}`, { ...first, id: `added-${i}` as BodyId, name: `Tillagt organ ${i}`, formerNames: [], partOf: null });
  }
  const keep = <T extends object>(m: ReadonlyMap<string, T>, refs: (e: T) => readonly string[]): Map<string, T> => new Map([...m].filter(([, e]) => refs(e).every((r) => !removed.has(r))));
  return {
    ...model,
    bodies: new Map([...bodies].map(([id, b]) => [id, b.partOf && removed.has(b.partOf) ? { ...b, partOf: null } : b])),
    memberships: keep(model.memberships, (m) => [m.body]),
    reportingLines: keep(model.reportingLines, (l) => [l.from, l.to]),
    fundingLines: keep(model.fundingLines, (f) => [f.funder, f.receiver]),
  };
}

const gc = (): void => {
  if (typeof globalThis.gc === 'function') globalThis.gc();
};

function median<T>(run: () => T): { ms: number; diff: T } {
  gc();
  let diff = run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    diff = run();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)] as number, diff };
}

const verdict = (ms: number, goal: number): string => (ms <= goal ? 'PASS' : 'MISS');

export function main(): void {
  const model = generateMap({ bodies: 5_800, members: 25_000, memberships: 120_000, lines: 12_000, seed: 2023 });
  const sharing = laterVersion(model);
  // Two files as read from disk: nothing shared between them.
  const later = structuredClone(sharing);
  const dates = median(() => diffAsOf(model, DATES[0], DATES[1]));
  const files = median(() => diffModels(model, later, { from: DATES[1] }));
  const datesOnly = median(() => diffAsOf(model, DATES[0], DATES[1], { withoutFindings: true }));
  const elementsOnly = median(() => diffModels(model, later, { from: DATES[1], withoutFindings: true }));
  const sharedOnly = median(() => diffModels(model, sharing, { from: DATES[1], withoutFindings: true }));
  // The checks on one side, measured at the same moment: on a busy machine every figure grows alike.
  const analysis = median(() => analyse(model, { asOf: DATES[1] }));
  // The Compare view takes the open map's analysis on the date the canvas shows from the
  // Findings panel, which has made it already (store/findings.ts), and analyses the other date.
  const shown = analysis.diff.findings;
  const view = median(() => diffAsOf(model, DATES[0], DATES[1], { findingsOn: (m, d) => (d === DATES[1] ? shown : analyse(m, { asOf: d }).findings) }));
  const f = (d: MapDifference): string => `${changeCount(d)} changes, findings +${d.findings.appeared.length} −${d.findings.resolved.length} =${d.findings.persists.length}`;
  const ms = (x: number): string => `${x.toFixed(0)} ms`;
  console.log(`Compare (shared/diff), the 5,800-body synthetic map, bundled with esbuild as shipped, median of ${RUNS} runs, with the checks on both sides:`);
  console.log(`  ${verdict(dates.ms, GOAL_MS)}  two dates ${DATES[0]} → ${DATES[1]} ≤ ${GOAL_MS} ms: ${ms(dates.ms)} (${f(dates.diff)}); the elements alone ${ms(datesOnly.ms)}`);
  console.log(`  ${verdict(files.ms, GOAL_MS)}  two files ≤ ${GOAL_MS} ms: ${ms(files.ms)} (${f(files.diff)}); the elements alone ${ms(elementsOnly.ms)} (${ms(sharedOnly.ms)} when B shares its unchanged elements with A)`);
  console.log(`        in the window's Compare view, whose second date the Findings panel has analysed already: two dates ${ms(view.ms)}`);
  console.log(`        for scale: one full analysis of the map, measured alongside, ${ms(analysis.ms)} (two of them are part of each figure above)`);
}
