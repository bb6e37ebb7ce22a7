import { useMemo } from 'react';
import type { MapDifference } from '../../../shared/diff';
import type { Body, MandatModel } from '../../../shared/model/types';
import { nameOn } from '../../../shared/time/names';
import type { BodyNode } from '../canvas/graph';
import { currentDifference, useCompare } from './compareState';

type Mark = 'added' | 'changed' | 'related';

/** Each body the difference concerns and how: added, changed itself, or touched by a change of its members or lines. */
export function marksOf(diff: MapDifference): Map<string, Mark> {
  const marks = new Map<string, Mark>();
  for (const g of diff.groups) {
    for (const c of g.changes) {
      if (g.scope === 'bodies') {
        if (c.kind !== 'removed') marks.set(c.id, c.kind);
        continue;
      }
      for (const b of c.bodies) if (!marks.has(b)) marks.set(b, 'related');
    }
  }
  return marks;
}

/** A removed body drawn where it stood in A, greyed: a ghost that cannot be dragged, selected or connected. */
function ghost(body: Body, name: { name: string; shortName: string }): BodyNode {
  return {
    id: `ghost:${body.id}`,
    type: 'body',
    position: body.position ?? { x: 0, y: 0 },
    data: { body, name: name.name, shortName: name.shortName, members: 0, chair: null, findings: 0, highlighted: false, dimmed: false, peer: null, renaming: false },
    className: 'compare-removed',
    draggable: false,
    selectable: false,
    connectable: false,
    ariaLabel: name.name,
  };
}

/**
 * The canvas's nodes in the Compare view: each marked by a class for what changed, and the
 * removed bodies added as ghosts. Outside the view the nodes come back as they are.
 */
export function useCompareNodes(nodes: BodyNode[], model: MandatModel): BodyNode[] {
  const state = useCompare();
  const diff = currentDifference(model, state);
  return useMemo(() => {
    if (!diff) return nodes;
    const marks = marksOf(diff);
    const marked = nodes.map((n) => {
      const mark = marks.get(n.id);
      return mark ? { ...n, className: `compare-${mark}` } : n;
    });
    const removed = diff.groups.find((g) => g.scope === 'bodies')?.changes.filter((c) => c.kind === 'removed') ?? [];
    for (const c of removed) {
      const body = c.before as unknown as Body;
      // A body without a place of its own in A has nowhere to be drawn; the list still names it.
      if (!body.position) continue;
      marked.push(ghost(body, diff.mode === 'dates' ? nameOn(body, diff.from) : { name: body.name, shortName: body.shortName }));
    }
    return marked;
  }, [nodes, diff]);
}
