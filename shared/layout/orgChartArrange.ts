import type { Body, Position, ReportingLine } from '../model/types';
import { NODE_HEIGHT } from './bandLayout';
import { boxHeightOf } from './boxHeight';
import { extent, orgChartLayout } from './orgChart';

/** What *Ordna som organisationsschema* moves: every body shown, or only those never placed. */
export type ArrangeScope = 'all' | 'unplaced';
export const ARRANGE_SCOPES: readonly ArrangeScope[] = ['all', 'unplaced'];

/** Room between the bodies already placed and a chart of new ones below them. */
const BELOW_GAP = NODE_HEIGHT;

/**
 * The new positions of an organisation-chart arrangement. With 'unplaced', bodies placed
 * by hand keep their places: the others get a chart of their own below them. `heightOf`
 * says how tall each box is drawn (the canvas measures them; by default from the names).
 */
export function arrangeOrgChart(bodies: readonly Body[], lines: readonly ReportingLine[], scope: ArrangeScope, heightOf: (body: Body) => number = (b) => boxHeightOf(b)): Map<string, Position> {
  if (scope === 'all') return orgChartLayout(bodies, lines, { heightOf });
  const placed = new Map<string, Position>();
  for (const b of bodies) if (b.position) placed.set(b.id, b.position);
  const chart = orgChartLayout(
    bodies.filter((b) => !b.position),
    lines,
    { heightOf },
  );
  if (placed.size === 0 || chart.size === 0) return chart;
  const byId = new Map(bodies.map((b) => [b.id as string, b]));
  const old = extent(placed, (id) => {
    const body = byId.get(id);
    return body ? heightOf(body) : NODE_HEIGHT;
  });
  const dx = old.minX;
  const dy = old.minY + old.height + BELOW_GAP;
  return new Map([...chart].map(([id, p]) => [id, { x: p.x + dx, y: p.y + dy }]));
}
