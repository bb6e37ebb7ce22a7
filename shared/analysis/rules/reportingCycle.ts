import { text } from '../../i18n/text';
import type { BodyId, ReportingLineId } from '../../model/ids';
import { PATH_LINE_KINDS } from '../../model/vocabulary';
import type { AnalysisContext } from '../context';
import { elements, type Finding, type Rule } from '../types';

/** Strongly connected groups of more than one body (Tarjan's algorithm, iterative). */
export function stronglyConnected(nodes: readonly string[], edges: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const groups: string[][] = [];
  let counter = 0;
  for (const root of nodes) {
    if (index.has(root)) continue;
    const work: Array<{ node: string; next: number }> = [{ node: root, next: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1] as { node: string; next: number };
      const out = edges.get(frame.node) ?? [];
      if (frame.next < out.length) {
        const w = out[frame.next++] as string;
        if (!index.has(w)) {
          index.set(w, counter);
          low.set(w, counter++);
          stack.push(w);
          onStack.add(w);
          work.push({ node: w, next: 0 });
        } else if (onStack.has(w)) {
          low.set(frame.node, Math.min(low.get(frame.node) as number, index.get(w) as number));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node) as number, low.get(frame.node) as number));
      if (low.get(frame.node) === index.get(frame.node)) {
        const group: string[] = [];
        let w: string;
        do {
          w = stack.pop() as string;
          onStack.delete(w);
          group.push(w);
        } while (w !== frame.node);
        if (group.length > 1) groups.push(group);
      }
    }
  }
  return groups;
}

/** One loop through the group, starting and ending at its first body in id order. */
function loopThrough(group: readonly string[], edges: ReadonlyMap<string, readonly string[]>): string[] {
  const members = new Set(group);
  const start = [...group].sort()[0] as string;
  const parent = new Map<string, string>();
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const cur = queue[i] as string;
    for (const next of edges.get(cur) ?? []) {
      if (!members.has(next)) continue;
      if (next === start) {
        const loop = [cur];
        while (loop[0] !== start) loop.unshift(parent.get(loop[0] as string) as string);
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

export const reportingCycleRule: Rule = {
  id: 'reporting-cycle',
  severity: 'warning',
  description: text('Organ som rapporterar till varandra i en ring.', 'Bodies that report to each other in a loop.'),
  run(ctx: AnalysisContext): Finding[] {
    const edges = new Map<string, string[]>();
    const lineOf = new Map<string, ReportingLineId>();
    for (const l of ctx.lines) {
      if (!PATH_LINE_KINDS.has(l.kind) || !ctx.activeBody.has(l.to)) continue;
      const list = edges.get(l.from);
      if (list) {
        if (!list.includes(l.to)) list.push(l.to);
      } else edges.set(l.from, [l.to]);
      if (!lineOf.has(`${l.from}>${l.to}`)) lineOf.set(`${l.from}>${l.to}`, l.id);
    }
    return stronglyConnected(
      ctx.bodies.map((b) => b.id),
      edges,
    ).map((group) => {
      const loop = loopThrough(group, edges);
      const lines: ReportingLineId[] = [];
      for (let i = 0; i + 1 < loop.length; i++) {
        const id = lineOf.get(`${loop[i]}>${loop[i + 1]}`);
        if (id) lines.push(id);
      }
      const path = loop.map((id) => ctx.label(id)).join(' → ');
      return {
        rule: 'reporting-cycle',
        severity: 'warning',
        key: `reporting-cycle:${[...group].sort().join('|')}`,
        elements: elements({ bodies: [...group].sort() as BodyId[], reportingLines: lines }),
        chain: loop as BodyId[],
        message: text(
          `Rapporteringen går i ring: ${path}. Ingen av dem står då ytterst till svars.`,
          `Reporting runs in a loop: ${path}. None of them is then answerable in the end.`,
        ),
        fix: text(
          'Bestäm vilket organ som står över de andra och vänd eller ta bort linjen tillbaka; använd "informerar" för information som går åt andra hållet.',
          'Decide which body is above the others and reverse or remove the line back; use "informs" for information going the other way.',
        ),
      };
    });
  },
};
