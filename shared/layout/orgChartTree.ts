import type { Body, ReportingLine } from '../model/types';
import type { BodyKind } from '../model/vocabulary';

/** The hierarchy an organisation chart draws: one parent a body at most, no cycles. */
export interface OrgTree {
  /** Bodies under no one, most senior first. */
  readonly roots: readonly string[];
  /** The bodies under each body, most senior first. */
  readonly children: ReadonlyMap<string, readonly string[]>;
  /** The row each body stands in (0 on top). */
  readonly level: ReadonlyMap<string, number>;
  /** The body each body stands under; absent for roots. */
  readonly parent: ReadonlyMap<string, string>;
}

/**
 * Builds the chart's tree: a body stands under what it is part of, else under the body
 * it reports to (a primary line first, then *reports to* before other kinds, then the
 * more senior body). A cycle is cut above its most senior body, which becomes a root.
 */
export function orgChartTree(bodies: readonly Body[], lines: readonly ReportingLine[], kindRow: Readonly<Record<BodyKind, number>>): OrgTree {
  const byId = new Map(bodies.map((b) => [b.id as string, b]));
  const floor = (id: string): number => {
    const b = byId.get(id);
    return b ? kindRow[b.kind] : 0;
  };
  const name = (id: string): string => byId.get(id)?.name ?? id;
  const senior = (a: string, b: string): number => floor(a) - floor(b) || name(a).localeCompare(name(b), 'sv') || a.localeCompare(b);

  const parent = new Map<string, string>();
  const outgoing = new Map<string, ReportingLine[]>();
  for (const l of lines) if (byId.has(l.from) && byId.has(l.to) && l.from !== l.to) outgoing.set(l.from, [...(outgoing.get(l.from) ?? []), l]);
  for (const b of bodies) {
    if (b.partOf && b.partOf !== b.id && byId.has(b.partOf)) {
      parent.set(b.id, b.partOf);
      continue;
    }
    const options = [...(outgoing.get(b.id) ?? [])].sort(
      (x, y) => Number(y.primary) - Number(x.primary) || Number(y.kind === 'reports_to') - Number(x.kind === 'reports_to') || senior(x.to, y.to),
    );
    const first = options[0];
    if (first) parent.set(b.id, first.to);
  }
  breakCycles(bodies, parent, senior);

  const children = new Map<string, string[]>();
  for (const [child, p] of parent) children.set(p, [...(children.get(p) ?? []), child]);
  const level = new Map<string, number>();
  const levelOf = (id: string): number => {
    const known = level.get(id);
    if (known !== undefined) return known;
    // Walk up to the first body with a known level (or a root), then come down: no deep recursion.
    const chain: string[] = [];
    let cur: string | undefined = id;
    while (cur !== undefined && !level.has(cur)) {
      chain.push(cur);
      cur = parent.get(cur);
    }
    let above = cur === undefined ? -1 : (level.get(cur) ?? -1);
    for (const c of chain.reverse()) {
      above = Math.max(floor(c), above + 1);
      level.set(c, above);
    }
    return above;
  };
  for (const b of bodies) levelOf(b.id);
  const order = (a: string, b: string): number => (level.get(a) ?? 0) - (level.get(b) ?? 0) || senior(a, b);
  for (const kids of children.values()) kids.sort(order);
  let roots = bodies.map((b) => b.id as string).filter((id) => !parent.has(id)).sort(order);
  // One organisation under one top body (one fullmäktige): the bodies under no one stand in
  // its chart, in their kind's row, rather than beside it. Where only the positions come from.
  const head = roots[0];
  const topLevel = head === undefined ? 0 : (level.get(head) ?? 0);
  if (head !== undefined && roots.filter((r) => (level.get(r) ?? 0) === topLevel).length === 1) {
    const adopted = roots.slice(1);
    children.set(head, [...(children.get(head) ?? []), ...adopted].sort(order));
    roots = [head];
  }
  return { roots, children, level, parent };
}

/** Cuts every cycle of `parent` above its most senior body. */
function breakCycles(bodies: readonly Body[], parent: Map<string, string>, senior: (a: string, b: string) => number): void {
  const done = new Set<string>();
  for (const b of bodies) {
    const path: string[] = [];
    const onPath = new Set<string>();
    let cur: string | undefined = b.id;
    while (cur !== undefined && !done.has(cur)) {
      if (onPath.has(cur)) {
        const cycle = path.slice(path.indexOf(cur));
        const top = [...cycle].sort(senior)[0];
        if (top !== undefined) parent.delete(top);
        break;
      }
      onPath.add(cur);
      path.push(cur);
      cur = parent.get(cur);
    }
    for (const p of path) done.add(p);
  }
}
