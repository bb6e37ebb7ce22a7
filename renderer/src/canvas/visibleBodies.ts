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

/**
 * Where each visible body is drawn: its own position, or for a body without one (a new
 * import) the place the band layout gives it among the visible bodies.
 */
export function drawnPositions(visible: readonly Body[]): Map<string, Position> {
  const fallback: Map<string, Position> = visible.some((b) => b.position === null) ? bandLayout(visible) : new Map();
  const out = new Map<string, Position>();
  for (const b of visible) out.set(b.id, b.position ?? fallback.get(b.id) ?? { x: 0, y: 0 });
  return out;
}
