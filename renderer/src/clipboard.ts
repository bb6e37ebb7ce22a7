import type { Command } from '../../shared/commands/types';
import { newId, type BodyId, type MembershipId, type ReportingLineId } from '../../shared/model/ids';
import type { Body, Membership, ReportingLine } from '../../shared/model/types';
import { DEFAULT_LEVEL, type BodyKind } from '../../shared/model/vocabulary';
import { showBodyForm } from './review/bodyForm';
import { dispatch, select, useEditor } from './store/editor';

interface Copied {
  readonly bodies: readonly Body[];
  readonly lines: readonly ReportingLine[];
  readonly memberships: readonly Membership[];
}

let copied: Copied | null = null;

/** Copies the selected bodies with the lines between them and their memberships. */
export function copySelection(): boolean {
  const { model, selectedBodies } = useEditor.getState();
  const ids = new Set(selectedBodies);
  if (ids.size === 0) return false;
  copied = {
    bodies: [...ids].map((id) => model.bodies.get(id)).filter((b): b is Body => b !== undefined),
    lines: [...model.reportingLines.values()].filter((l) => ids.has(l.from) && ids.has(l.to)),
    memberships: [...model.memberships.values()].filter((m) => ids.has(m.body)),
  };
  return true;
}

/** Pastes what was copied as new bodies beside the originals, in one undo step. */
export function paste(): void {
  if (!copied) return;
  const fresh = new Map<string, BodyId>(copied.bodies.map((b) => [b.id, newId<BodyId>('body')]));
  const commands: Command[] = [];
  for (const b of copied.bodies) {
    const { id: _id, ...rest } = b;
    commands.push({ type: 'addBody', body: { ...rest, id: fresh.get(b.id), partOf: b.partOf && fresh.has(b.partOf) ? fresh.get(b.partOf) : b.partOf, position: b.position ? { x: b.position.x + 48, y: b.position.y + 48 } : null } });
  }
  for (const l of copied.lines) {
    const { id: _id, ...rest } = l;
    commands.push({ type: 'connectReport', line: { ...rest, id: newId<ReportingLineId>('line'), from: fresh.get(l.from) as BodyId, to: fresh.get(l.to) as BodyId } });
  }
  for (const m of copied.memberships) {
    const { id: _id, ...rest } = m;
    commands.push({ type: 'addMembership', membership: { ...rest, id: newId<MembershipId>('ms'), body: fresh.get(m.body) as BodyId } });
  }
  if (dispatch({ type: 'batch', commands }).ok) select([...fresh.values()]);
}

export function duplicateSelection(): void {
  if (copySelection()) paste();
}

/** Removes the selected bodies and lines in one undo step (lines of removed bodies go with them). */
export function deleteSelection(): void {
  const { selectedBodies, selectedLines, model } = useEditor.getState();
  const bodies = selectedBodies.filter((id) => model.bodies.has(id));
  const gone = new Set(bodies);
  const lines = selectedLines.filter((id) => {
    const l = model.reportingLines.get(id);
    return l !== undefined && !gone.has(l.from) && !gone.has(l.to);
  });
  const commands: Command[] = [
    ...lines.map((id): Command => ({ type: 'removeReportingLine', id: id as ReportingLineId })),
    ...bodies.map((id): Command => ({ type: 'removeBody', id: id as BodyId })),
  ];
  if (commands.length > 0 && dispatch({ type: 'batch', commands }).ok) select([]);
}

/** Adds a body of a kind, to the right of the bodies of its level, and selects it. */
export function addBody(kind: BodyKind, name: string): void {
  const { model } = useEditor.getState();
  const level = DEFAULT_LEVEL[kind];
  const same = [...model.bodies.values()].filter((b) => b.level === level && b.position);
  const all = [...model.bodies.values()].filter((b) => b.position);
  const position =
    same.length > 0
      ? { x: Math.max(...same.map((b) => b.position!.x)) + 260, y: Math.min(...same.map((b) => b.position!.y)) }
      : { x: 0, y: all.length > 0 ? Math.max(...all.map((b) => b.position!.y)) + 160 : 0 };
  const id = newId<BodyId>('body');
  if (!dispatch({ type: 'addBody', body: { id, name, kind, level, position } }).ok) return;
  select([id]);
  // A body just added is one to fill in: the Body tab shows its form rather than its profile.
  showBodyForm(id);
}
