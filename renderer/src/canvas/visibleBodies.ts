import { bandLayout } from '../../../shared/layout/bandLayout';
import type { Body, MandatModel, Position } from '../../../shared/model/types';
import type { BodyKind, Level } from '../../../shared/model/vocabulary';
import { isValidOn } from '../../../shared/time/isoDate';

/** What the canvas is filtered to: the date, the level chips and the kind list. */
export interface CanvasFilter {
  readonly asOf: string;
  readonly levels: ReadonlySet<Level>;
  readonly kind: BodyKind | 'all';
  /** The focus view's bodies (renderer/src/focus), or null/absent for the whole map. */
  readonly focus?: ReadonlySet<string> | null;
}

/** The bodies that exist on the date and pass the filters, in the model's order. */
export function visibleBodies(model: MandatModel, filter: CanvasFilter): Body[] {
  return [...model.bodies.values()].filter((b) => isValidOn(b, filter.asOf) && filter.levels.has(b.level) && (filter.kind === 'all' || b.kind === filter.kind) && (!filter.focus || filter.focus.has(b.id)));
}

/** The last bodies laid out and where they went (see drawnPositions). */
let lastLaidOut: { readonly visible: readonly Body[]; readonly positions: Map<string, Position> } | null = null;
/** The last band layout of unplaced bodies and the fields it was made from (see fallbackFor). */
let lastFallback: { readonly keys: readonly Body[]; readonly layout: Map<string, Position> } | null = null;

const sameBodies = (a: readonly Body[], b: readonly Body[]): boolean => a.length === b.length && a.every((body, i) => body === b[i]);

/** The fields bandLayout reads of a body (the names also for how tall its box is): where a body goes depends on nothing else (not on positions). */
const sameLayoutFields = (a: Body, b: Body): boolean => a === b || (a.id === b.id && a.kind === b.kind && a.level === b.level && a.partOf === b.partOf && a.name === b.name && a.formerNames === b.formerNames);

/**
 * The band layout of `visible`, kept while the bodies have the same ids, kinds, levels,
 * parents and names (current and former) in the same order: dropping a dragged body (or any edit of another
 * field) renews its snapshot, and on a map of a thousand unplaced bodies laying them all
 * out again was a good part of the frame after the drop.
 */
function fallbackFor(visible: readonly Body[]): Map<string, Position> {
  if (lastFallback && lastFallback.keys.length === visible.length && lastFallback.keys.every((b, i) => sameLayoutFields(b, visible[i] as Body))) {
    lastFallback = { keys: [...visible], layout: lastFallback.layout };
    return lastFallback.layout;
  }
  const layout = bandLayout(visible);
  lastFallback = { keys: [...visible], layout };
  return layout;
}

/**
 * Where each visible body is drawn: its own position, or for a body without one (a new
 * import) the place the band layout gives it among the visible bodies. The canvas rebuilds
 * its nodes at every selection, highlight and edit; a map without positions (an import, a
 * generated map) was laid out afresh each time, on a thousand bodies most of a click's
 * work. The same bodies (the same snapshots, in the same order) are placed the same way,
 * so the last placing is kept for them.
 */
export function drawnPositions(visible: readonly Body[]): ReadonlyMap<string, Position> {
  if (lastLaidOut && sameBodies(lastLaidOut.visible, visible)) return lastLaidOut.positions;
  const fallback: Map<string, Position> = visible.some((b) => b.position === null) ? fallbackFor(visible) : new Map();
  const out = new Map<string, Position>();
  for (const b of visible) out.set(b.id, b.position ?? fallback.get(b.id) ?? { x: 0, y: 0 });
  lastLaidOut = { visible: [...visible], positions: out };
  return out;
}
