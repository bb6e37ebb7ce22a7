import type { Command } from '../../../shared/commands/types';
import { arrangeOrgChart, type ArrangeScope } from '../../../shared/layout/orgChartArrange';
import { isValidOn } from '../../../shared/time/isoDate';
import { dispatch, editsRefused, notify, useEditor } from '../store/editor';
import { boxHeights } from './boxHeights';
import { frameAllAfterLayout } from './frameAll';

/**
 * *Ordna automatiskt › Som organisationsschema*: the bodies shown on the date as an
 * organisation chart (shared/layout/orgChart.ts), as one undo step, then the whole map
 * framed in the window. Pure and fast (a 1,000-body map in well under a second), so no worker.
 */
export function arrangeAsOrgChart(scope: ArrangeScope): void {
  const { model, asOf, layoutProgress } = useEditor.getState();
  if (layoutProgress !== null || editsRefused()) return;
  const bodies = [...model.bodies.values()].filter((b) => isValidOn(b, asOf));
  const lines = [...model.reportingLines.values()].filter((l) => isValidOn(l, asOf));
  // Each row as tall as its tallest box as drawn (a chair's line, a name of three lines).
  const positions = arrangeOrgChart(bodies, lines, scope, boxHeights());
  const commands: Command[] = [];
  for (const [id, p] of positions) {
    const body = model.bodies.get(id);
    if (!body) continue;
    const old = body.position;
    if (!old || old.x !== p.x || old.y !== p.y) commands.push({ type: 'updateBody', id: body.id, changes: { position: { x: p.x, y: p.y } } });
  }
  if (commands.length === 0) {
    notify({ kind: 'info', key: scope === 'unplaced' ? 'orgChart.noneUnplaced' : 'orgChart.unchanged' });
    return;
  }
  const result = dispatch({ type: 'batch', commands });
  const last = commands.at(-1);
  if (result.ok) frameAllAfterLayout(last?.type === 'updateBody' && last.changes.position ? { id: last.id, ...last.changes.position } : undefined);
}
