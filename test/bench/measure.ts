/** The benchmark itself; `run.ts` starts it with enough heap. */
import { PerformanceObserver } from 'node:perf_hooks';
import * as Y from 'yjs';
import { analyse } from '../../shared/analysis/analyse';
import { buildContext, type AnalysisContext } from '../../shared/analysis/context';
import { overlapRule } from '../../shared/analysis/rules/overlap';
import { RULES } from '../../shared/analysis/rules';
import { restoreText } from '../../shared/file/restore';
import { openMapDocument } from '../../shared/file/open';
import { serializeMap } from '../../shared/file/serialize';
import { createMapDocument } from '../../shared/model/document';
import type { MandatModel, Membership } from '../../shared/model/types';
import { generateMap, mulberry32 } from './synthetic';
import { naiveOverlap } from './naiveOverlap';

const AS_OF = '2023-06-01';
/** Above this estimate the naive check times a sample of rows and extrapolates. */
const NAIVE_CAP_MS = 60_000;
/** Time spent on the sampled naive check when it is sampled. */
const NAIVE_SAMPLE_MS = 12_000;

export interface Machine {
  readonly cores: number;
  readonly cpu: string;
  readonly node: string;
  readonly platform: string;
  readonly heapLimitMb: number;
  readonly samplePath: string;
  readSample(path: string): string | null;
  /** Only the analysis: no file steps, no naive overlap (`npx tsx test/bench/analysisBench.ts`). */
  readonly analysisOnly?: boolean;
}

export interface SizeSpec {
  readonly name: string;
  readonly counts?: { bodies: number; members: number; memberships: number; lines: number };
  /** Repetitions: [warm-up, timed] for the fast steps and for the slow ones. */
  readonly fast: readonly [number, number];
  readonly slow: readonly [number, number];
}

const SIZES: readonly SizeSpec[] = [
  { name: 'sample', fast: [10, 40], slow: [3, 15] },
  { name: 'medium', counts: { bodies: 500, members: 2_000, memberships: 10_000, lines: 1_000 }, fast: [10, 40], slow: [3, 12] },
  { name: 'large', counts: { bodies: 5_800, members: 25_000, memberships: 120_000, lines: 12_000 }, fast: [3, 21], slow: [1, 7] },
];

interface Timing {
  readonly median: number;
  readonly min: number;
  readonly runs: number;
}

/** The figures of a timing without the result of its last run (which may be large). */
const figures = (t: Timing): Timing => ({ median: t.median, min: t.min, runs: t.runs });

const gc = (): void => {
  if (typeof globalThis.gc === 'function') globalThis.gc();
};

/** Stop adding timed runs to a step once it has taken this long (and has at least 3 runs). */
const STEP_BUDGET_MS = 15_000;

/**
 * Runs `run` on what `setup` gives (setup is not timed): `warmup` times untimed, then
 * up to `reps` timed. Garbage is collected once before the warm-up, not before each
 * run: a forced full collection right before a run leaves sweeping to do and shrinks
 * the young generation, which slows the run that follows it (up to 2× here).
 */
function time<T, R>(warmup: number, reps: number, setup: (i: number) => T, run: (input: T) => R): Timing & { last: R } {
  gc();
  for (let i = 0; i < warmup; i++) run(setup(i));
  const times: number[] = [];
  let last: R | undefined;
  const started = performance.now();
  for (let i = 0; i < reps; i++) {
    if (i >= 3 && performance.now() - started > STEP_BUDGET_MS) break;
    const input = setup(warmup + i);
    const t0 = performance.now();
    last = run(input);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const mid = Math.floor(times.length / 2);
  const median = times.length % 2 === 1 ? (times[mid] as number) : ((times[mid - 1] as number) + (times[mid] as number)) / 2;
  return { median, min: times[0] as number, runs: times.length, last: last as R };
}

function once<T>(run: () => T): { ms: number; value: T } {
  gc();
  const t0 = performance.now();
  const value = run();
  return { ms: performance.now() - t0, value };
}

const ms = (x: number): string => (x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : Math.round(x).toLocaleString('en-US'));
const cell = (t: Timing | undefined): string => (t ? `${ms(t.median)} (${ms(t.min)}) ×${t.runs}` : '—');
const count = (x: number): string => x.toLocaleString('en-US');

/** A new model that differs from `model` in one membership's role; everything else is shared. */
function editOneRole(model: MandatModel, m: Membership): MandatModel {
  const role = m.role === 'invited' ? 'member' : 'invited';
  return { ...model, memberships: new Map(model.memberships).set(m.id, { ...m, role }) };
}

interface SizeResult {
  readonly name: string;
  readonly note?: string;
  readonly counts?: Record<string, number>;
  readonly generateMs?: number;
  readonly findings?: number;
  readonly steps: Record<string, Timing | undefined>;
  readonly info: Record<string, string>;
  readonly overlap?: OverlapResult;
  readonly rules?: readonly [string, Timing][];
}

interface OverlapResult {
  readonly bodies: number;
  readonly pairs: number;
  readonly naiveMs: number;
  readonly naiveNote: string;
  readonly indexed: Timing;
  readonly found: number;
  readonly agree: boolean;
  readonly agreeNote: string;
}

/** Naive against indexed on one context; above `capMs` (estimated) the naive check is sampled and extrapolated. */
export function measureOverlap(ctx: AnalysisContext, spec: SizeSpec, capMs = NAIVE_CAP_MS, sampleMs = NAIVE_SAMPLE_MS): OverlapResult {
  const n = ctx.bodies.length;
  const pairs = (n * (n - 1)) / 2;
  const indexed = time(spec.fast[0], spec.fast[1], () => ctx, (c) => overlapRule.run(c));
  const indexedKeys = new Set(indexed.last.map((f) => f.key));
  const position = new Map<string, number>(ctx.bodies.map((b, i) => [b.id, i]));

  // A pilot on every 50th row tells how long the whole naive check would take.
  const pilotStep = Math.max(1, Math.floor(n / 50));
  const pilot = once(() => naiveOverlap(ctx, { rows: (i) => i % pilotStep === 0 }));
  const estimate = pilot.value.pairs > 0 ? (pilot.ms / pilot.value.pairs) * pairs : 0;
  let naiveMs: number;
  let naiveNote: string;
  let keys: Set<string>;
  let rows: ((i: number) => boolean) | undefined;
  if (estimate <= capMs) {
    const reps = estimate < 200 ? 9 : estimate < 5_000 ? 3 : 1;
    const t = time(estimate < 200 ? 2 : 0, reps, () => ctx, (c) => naiveOverlap(c));
    naiveMs = t.median;
    naiveNote = `all ${count(pairs)} pairs, median of ${t.runs}`;
    keys = t.last.keys;
  } else {
    const step = Math.max(2, Math.ceil(estimate / sampleMs));
    rows = (i: number) => i % step === 0;
    const sample = once(() => naiveOverlap(ctx, { rows }));
    naiveMs = (sample.ms / sample.value.pairs) * pairs;
    naiveNote = `EXTRAPOLATED from every ${step}th row: ${count(sample.value.pairs)} of ${count(pairs)} pairs took ${ms(sample.ms)} ms (full run estimated at ${ms(estimate)} ms, over the ${ms(capMs)} ms cap)`;
    keys = sample.value.keys;
  }
  const expected = rows ? new Set([...indexedKeys].filter((k) => rows((position.get(k.slice('overlap:'.length).split('|')[0] as string) ?? -1) as number))) : indexedKeys;
  const agree = expected.size === keys.size && [...keys].every((k) => expected.has(k));
  const agreeNote = rows ? `on the sampled rows (${count(keys.size)} pairs there)` : `all pairs`;
  return { bodies: n, pairs, naiveMs, naiveNote, indexed: figures(indexed), found: indexedKeys.size, agree, agreeNote };
}

/** How much of `runs` calls of `run` the garbage collector takes, from Node's gc performance entries. */
async function gcShare(run: () => unknown, runs: number): Promise<string> {
  const seen: { startTime: number; duration: number }[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) seen.push({ startTime: e.startTime, duration: e.duration });
  });
  observer.observe({ entryTypes: ['gc'] });
  gc();
  await new Promise((resolve) => setTimeout(resolve, 50));
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) run();
  const t1 = performance.now();
  await new Promise((resolve) => setTimeout(resolve, 50));
  observer.disconnect();
  const entries = seen.filter((e) => e.startTime >= t0 && e.startTime <= t1);
  const gcMs = entries.reduce((sum, e) => sum + e.duration, 0) / runs;
  const wall = (t1 - t0) / runs;
  return `garbage collection during analyse: ${ms(gcMs)} of ${ms(wall)} ms per run (${Math.round((gcMs / wall) * 100)}%, ${(entries.length / runs).toFixed(1)} collections per run)`;
}

/** Saving, restoring and opening `model`: the file steps of one size. */
function measureFile(model: MandatModel, spec: SizeSpec, steps: Record<string, Timing | undefined>, info: Record<string, string>): void {
  const [sw, sr] = spec.slow;
  const doc = once(() => createMapDocument(model));
  const state = once(() => Y.encodeStateAsUpdate(doc.value));
  info.yjs = `createMapDocument ${ms(doc.ms)} ms, encodeStateAsUpdate ${ms(state.ms)} ms, state ${(state.value.length / 1024 ** 2).toFixed(1)} MB`;
  doc.value.destroy();
  steps.serialize = figures(time(sw, sr, () => null, () => serializeMap(model, state.value)));
  const text = time(0, 1, () => null, () => serializeMap(model, state.value)).last;
  info.file = `${(text.length / 1024 ** 2).toFixed(1)} MB of text`;
  const restoreTiming = time(sw, sr, () => null, () => restoreText(text));
  steps.restore = figures(restoreTiming);
  const restored = restoreTiming.last;
  if (!restored.ok) throw new Error(`${spec.name}: the saved text does not restore: ${restored.error.message.en}`);
  if (restored.repairs.length > 0) info.restore = `${restored.repairs.length} repairs on restore`;
  const open = time(spec.counts && spec.counts.bodies > 1000 ? 0 : 1, Math.min(sr, 3), () => null, () => {
    const opened = openMapDocument(restored.model, restored.yjsState);
    opened.doc.destroy();
    return opened.repairs;
  });
  steps.open = figures(open);
  if (open.last.length > 0) info.open = `openMapDocument repairs: ${open.last.map((r) => r.code).join(', ')}`;
}

async function measureSize(spec: SizeSpec, machine: Machine, log: (s: string) => void): Promise<SizeResult> {
  const info: Record<string, string> = {};
  let model: MandatModel;
  let generateMs: number | undefined;
  const wanted = spec.counts;
  if (wanted) {
    const g = once(() => generateMap({ ...wanted, seed: 2023 }));
    model = g.value;
    generateMs = g.ms;
  } else {
    const source = machine.readSample(machine.samplePath);
    if (source === null) return { name: spec.name, note: `skipped: ${machine.samplePath} does not exist`, steps: {}, info };
    const r = restoreText(source);
    if (!r.ok) return { name: spec.name, note: `skipped: ${machine.samplePath} does not restore (${r.error.message.en})`, steps: {}, info };
    model = r.model;
  }
  const counts = {
    bodies: model.bodies.size,
    members: model.members.size,
    memberships: model.memberships.size,
    lines: model.reportingLines.size,
  };
  log(`  ${spec.name}: ${count(counts.bodies)} bodies, ${count(counts.memberships)} memberships …`);
  const [fw, fr] = spec.fast;
  const steps: Record<string, Timing | undefined> = {};

  // shared/ keeps nothing between calls, so every call on the same model is a full analysis.
  const full = time(fw, fr, () => model, (m) => analyse(m, { asOf: AS_OF }));
  steps.full = figures(full);
  const findings = full.last.findings.length;
  info.gc = await gcShare(() => analyse(model, { asOf: AS_OF }), Math.min(fr, 10));
  // A check that this stays true: one run on a fresh copy (which a cache could not know).
  const copy = structuredClone(model) as MandatModel;
  gc();
  info.fresh = `analyse on a fresh deep copy, once: ${ms(once(() => analyse(copy, { asOf: AS_OF })).ms)} ms (should be close to the full-analysis median)`;

  // A chain of edits, each one membership's role, as an immutable store would make them.
  const memberships = [...model.memberships.values()];
  if (memberships.length > 0) {
    const pickRandom = mulberry32(7);
    let current = model;
    analyse(current, { asOf: AS_OF });
    steps.edit = figures(time(
      fw,
      fr,
      () => {
        const m = memberships[Math.floor(pickRandom() * memberships.length)] as Membership;
        current = editOneRole(current, current.memberships.get(m.id) ?? m);
        return current;
      },
      (m) => analyse(m, { asOf: AS_OF }),
    ));
  }

  if (!machine.analysisOnly) measureFile(model, spec, steps, info);

  const settings = { ...model.settings };
  const context = time(fw, fr, () => null, () => buildContext(model, AS_OF, settings));
  steps.context = figures(context);
  const ctx = context.last;
  const rules: [string, Timing][] = RULES.map((rule) => [rule.id, figures(time(2, Math.min(fr, 9), () => ctx, (c) => rule.run(c)))]);
  if (machine.analysisOnly) return { name: spec.name, counts, generateMs, findings, steps, info, rules };
  log(`  ${spec.name}: overlap, naive and indexed …`);
  const overlap = measureOverlap(ctx, spec);
  return { name: spec.name, counts, generateMs, findings, steps, info, overlap, rules };
}

const STEP_LABELS: readonly (readonly [string, string])[] = [
  ['full', 'analyse, full'],
  ['edit', 'analyse after one edit'],
  ['serialize', 'serializeMap (+Yjs state)'],
  ['restore', 'restoreText (restore+validate)'],
  ['open', 'openMapDocument (info)'],
  ['context', 'buildContext alone (info)'],
];

const pad = (s: string, n: number): string => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const padL = (s: string, n: number): string => (s.length >= n ? s : ' '.repeat(n - s.length) + s);

export async function main(machine: Machine): Promise<void> {
  const started = performance.now();
  const log = (s: string): void => void process.stderr.write(s + '\n');
  log('Mandat benchmark: measuring …');
  const results: SizeResult[] = [];
  for (const spec of SIZES) {
    results.push(await measureSize(spec, machine, log));
    gc();
  }

  const out: string[] = [];
  const p = (s = ''): void => void out.push(s);
  p(`Mandat benchmark — ${machine.cores} cores (${machine.cpu}), Node ${machine.node}, ${machine.platform}, heap limit ${count(machine.heapLimitMb)} MB`);
  p(`Analysis date ${AS_OF}. Times in ms: median (min) ×runs, after warm-up runs (GC before each step, not each run).`);
  p('Code bundled by esbuild, as the app ships it.');
  p();
  p('Maps');
  for (const r of results) {
    if (!r.counts) {
      p(`  ${pad(r.name, 8)} ${r.note ?? ''}`);
      continue;
    }
    const c = r.counts;
    const gen = r.generateMs !== undefined ? `, generated in ${ms(r.generateMs)} ms` : ', examples/eskilstuna.mandat';
    p(`  ${pad(r.name, 8)} ${count(c.bodies ?? 0)} bodies, ${count(c.members ?? 0)} members, ${count(c.memberships ?? 0)} memberships, ${count(c.lines ?? 0)} lines${gen}; ${count(r.findings ?? 0)} findings`);
    for (const v of Object.values(r.info)) p(`           ${v}`);
  }
  p();
  const W = 32;
  const C = 26;
  p(pad('step', W) + results.map((r) => padL(r.name, C)).join(''));
  for (const [key, label] of STEP_LABELS) p(pad(label, W) + results.map((r) => padL(cell(r.steps[key]), C)).join(''));
  p();

  const byName = new Map(results.map((r) => [r.name, r]));
  const largest = [...results].filter((r) => r.counts).sort((a, b) => (b.counts?.bodies ?? 0) - (a.counts?.bodies ?? 0))[0];
  const goals: [string, Timing | undefined, number][] = [
    [`full analysis, largest (${largest?.name ?? '—'}) ≤ 100 ms`, largest?.steps.full, 100],
    ['full analysis, medium ≤ 10 ms', byName.get('medium')?.steps.full, 10],
    [`restore, largest (${largest?.name ?? '—'}) ≤ 1.5 s`, largest?.steps.restore, 1500],
  ];
  p('Goals (on the median)');
  for (const [label, t, limit] of goals) {
    const verdict = !t ? 'n/a ' : t.median <= limit ? 'PASS' : 'MISS';
    p(`  ${verdict}  ${pad(label, 42)} ${t ? `${ms(t.median)} ms` : 'not measured'}${t && t.median > limit ? ` (${(t.median / limit).toFixed(1)}× the goal)` : ''}`);
  }
  p();

  p('Overlap check on one AnalysisContext: naive all pairs vs the indexed rule (overlapRule.run, includes building the findings)');
  p(`  ${pad('map', 8)}${padL('bodies', 8)}${padL('pairs', 14)}${padL('naive ms', 12)}${padL('indexed ms', 24)}${padL('ratio', 9)}${padL('found', 8)}  agree`);
  for (const r of results) {
    const o = r.overlap;
    if (!o) continue;
    const ratio = o.naiveMs / Math.max(o.indexed.median, 1e-6);
    p(
      `  ${pad(r.name, 8)}${padL(count(o.bodies), 8)}${padL(count(o.pairs), 14)}${padL(ms(o.naiveMs), 12)}${padL(cell(o.indexed), 24)}${padL(`${ratio.toFixed(0)}×`, 9)}${padL(count(o.found), 8)}  ${o.agree ? 'yes' : 'NO'}, ${o.agreeNote}`,
    );
    p(`           naive: ${o.naiveNote}`);
  }
  p();

  for (const r of results) {
    if (!r.rules) continue;
    const total = r.rules.reduce((s, [, t]) => s + t.median, 0) + (r.steps.context?.median ?? 0);
    p(`Where the analysis time goes, ${r.name} (rule by rule on a built context; median ms, share of the sum):`);
    const rows: [string, number][] = [['buildContext', r.steps.context?.median ?? 0], ...r.rules.map(([id, t]) => [id, t.median] as [string, number])];
    rows.sort((a, b) => b[1] - a[1]);
    const line = rows.map(([id, t]) => `${id} ${ms(t)} (${Math.round((t / total) * 100)}%)`);
    for (let i = 0; i < line.length; i += 4) p('  ' + line.slice(i, i + 4).join(', '));
    const sortEtc = (r.steps.full?.median ?? 0) - total;
    p(`  sum ${ms(total)}; full analyse ${ms(r.steps.full?.median ?? 0)}; difference ${ms(sortEtc)}: sorting the findings and acknowledgements, plus what`);
    p('  the rules pay when run once on a fresh context (collections, cold caches) rather than again and again on one context');
    p();
  }
  p(`Bench took ${((performance.now() - started) / 1000).toFixed(0)} s.`);
  console.log(out.join('\n'));
}
