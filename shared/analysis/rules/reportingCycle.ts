import { lazyText, text, type Text } from '../../i18n/text';
import type { BodyId, ReportingLineId } from '../../model/ids';
import type { ReportingLine } from '../../model/types';
import type { AnalysisContext } from '../context';
import type { Names } from '../names';
import { defineRule, type RuleAbout, elements, type FoundIssue } from '../finding';
import { rows } from '../seats';

/** Edges by node number in typed arrays: node v's edges go to `items[start[v]]` … `items[start[v + 1] - 1]`. */
interface Adjacency {
  readonly start: Int32Array;
  readonly items: Int32Array;
}

/** Strongly connected groups of more than one node (Tarjan's algorithm, iterative, on node numbers). */
export function stronglyConnected(n: number, edges: Adjacency): number[][] {
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  const groups: number[][] = [];
  const work: number[] = [];
  const next: number[] = [];
  let counter = 0;
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1 || edges.start[root] === edges.start[root + 1]) continue;
    index[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = 1;
    work.push(root);
    next.push(edges.start[root] as number);
    while (work.length > 0) {
      const top = work.length - 1;
      const v = work[top] as number;
      const k = next[top] as number;
      if (k < (edges.start[v + 1] as number)) {
        next[top] = k + 1;
        const w = edges.items[k] as number;
        if (index[w] === -1) {
          index[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = 1;
          work.push(w);
          next.push(edges.start[w] as number);
        } else if (onStack[w]) low[v] = Math.min(low[v] as number, index[w] as number);
        continue;
      }
      work.pop();
      next.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1] as number;
        low[parent] = Math.min(low[parent] as number, low[v] as number);
      }
      if (low[v] === index[v]) {
        // Most bodies are in no loop: a group of one is popped without making a list for it.
        if (stack[stack.length - 1] === v) {
          stack.pop();
          onStack[v] = 0;
          continue;
        }
        const group: number[] = [];
        let w: number;
        do {
          w = stack.pop() as number;
          onStack[w] = 0;
          group.push(w);
        } while (w !== v);
        if (group.length > 1) groups.push(group);
      }
    }
  }
  return groups;
}

/** One loop through the group, starting and ending at its smallest node (the first body in id order). */
function loopThrough(group: readonly number[], edges: Adjacency): number[] {
  const members = new Set(group);
  const start = Math.min(...group);
  const parent = new Map<number, number>();
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const cur = queue[i] as number;
    for (let k = edges.start[cur] as number; k < (edges.start[cur + 1] as number); k++) {
      const next = edges.items[k] as number;
      if (!members.has(next)) continue;
      if (next === start) {
        const loop = [cur];
        while (loop[0] !== start) loop.unshift(parent.get(loop[0] as number) as number);
        return [...loop, start];
      }
      if (!parent.has(next)) {
        parent.set(next, cur);
        queue.push(next);
      }
    }
  }
  return [start];
}

const FIX = text(
  'Bestäm vilket organ som står över de andra och vänd eller ta bort linjen tillbaka; använd "informerar" för information som går åt andra hållet.',
  'Decide which body is above the others and reverse or remove the line back; use "informs" for information going the other way.',
);

/** For the checks reference (docs/reference/checks.md). */
const ABOUT: RuleAbout = {
  why: text(
    'När organ rapporterar till varandra i en ring står inget av dem över de andra, och ansvaret går inte att följa uppåt.',
    'When bodies report to each other in a loop none of them is above the others, and responsibility cannot be followed upwards.',
  ),
  fix: FIX,
  source: text(
    'Mandats egen kontroll av att kartan hänger ihop; ingen av granskningarna pekar ut just detta.',
    'Mandat\'s own check that the map holds together; neither audit points to this in particular.',
  ),
};

export const reportingCycleRule = defineRule({
  id: 'reporting-cycle',
  severity: 'warning',
  description: text('Organ som rapporterar till varandra i en ring.', 'Bodies that report to each other in a loop.'),
  about: ABOUT,
  find(ctx: AnalysisContext): FoundIssue[] {
    // The edges as (from, to) pairs grouped by body in typed arrays (`rows` keeps each body's
    // targets in line order, each once): a list per body was thousands of arrays of garbage.
    const pairFrom = new Int32Array(ctx.lines.length);
    const pairTo = new Int32Array(ctx.lines.length);
    let n = 0;
    // Index loops: a rule runs once an analysis, too seldom to be optimised, and unoptimised for…of makes an iterator result per element.
    const { lineFrom, lineTo, linePath } = ctx;
    for (let i = 0; i < ctx.lines.length; i++) {
      const to = lineTo[i] as number;
      if (linePath[i] !== 1 || to < 0) continue;
      pairFrom[n] = lineFrom[i] as number;
      pairTo[n++] = to;
    }
    const edges = rows(ctx.bodies.length, n, pairFrom, pairTo, ctx.bodies.length);
    const groups = stronglyConnected(ctx.bodies.length, edges);
    if (groups.length === 0) return [];
    // The path-kind lines out of each body in a loop, in line order: a loop's lines are
    // looked up here rather than by a search of every line for each step of every loop.
    const inLoop = new Uint8Array(ctx.bodies.length);
    for (const g of groups) for (const b of g) inLoop[b] = 1;
    const linesFrom = new Map<number, ReportingLine[]>();
    for (let i = 0; i < ctx.lines.length; i++) {
      if (linePath[i] !== 1 || (lineTo[i] as number) < 0) continue;
      const from = lineFrom[i] as number;
      if (inLoop[from] !== 1) continue;
      const l = ctx.lines[i] as ReportingLine;
      const list = linesFrom.get(from);
      if (list) list.push(l);
      else linesFrom.set(from, [l]);
    }
    return groups.map((group) => {
      const id = (i: number): BodyId => (ctx.bodies[i] as { id: BodyId }).id;
      const loop = loopThrough(group, edges).map(id);
      const lines: ReportingLineId[] = [];
      for (let i = 0; i + 1 < loop.length; i++) {
        const line = linesFrom.get(ctx.bodyIndex.get(loop[i] as string) as number)?.find((l) => l.to === loop[i + 1]);
        if (line) lines.push(line.id);
      }
      const bodies = [...group].sort((a, b) => a - b).map(id);
      return {
        subject: bodies.join('|'),
        elements: elements({ bodies, reportingLines: lines }),
        chain: loop,
        message: loopMessage(ctx.names, loop),
        fix: FIX,
      };
    });
  },
});

/**
 * The sentence for a loop, made when first read. Made here, not in `find`, whose
 * closures share one scope with the edge lists: a sentence made there kept them alive.
 */
function loopMessage(names: Names, loop: readonly BodyId[]): Text {
  return lazyText(() => {
    const path = loop.map((b) => names.label(b)).join(' → ');
    return text(
      `Rapporteringen går i ring: ${path}. Ingen av dem står då ytterst till svars.`,
      `Reporting runs in a loop: ${path}. None of them is then answerable in the end.`,
    );
  });
}
