import type { Command } from '../../shared/commands/types';
import { newId, type BodyId, type MembershipId, type ReportingLineId } from '../../shared/model/ids';
import type { Body, MandatModel, Membership, Position, ReportingLine } from '../../shared/model/types';
import { newBodyDefaults } from '../../shared/commands/newBody';
import { freeSpot } from '../../shared/layout/freeSpot';
import { startRename } from './canvas/renaming';
import { DEFAULT_LEVEL, type BodyKind } from '../../shared/model/vocabulary';
import { showBodyForm } from './review/bodyForm';
import { dispatch, notify, select, useEditor } from './store/editor';
import { nameOn } from '../../shared/time/names';
import { UNDO_KEYS } from './shell/undoKeys';
import { bodyIdIn, idsIn } from './modelIds';

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
    const from = fresh.get(l.from);
    const to = fresh.get(l.to);
    // Only lines between two copied bodies are copied; a line is pasted between their copies.
    if (from && to) commands.push({ type: 'connectReport', line: { ...rest, id: newId<ReportingLineId>('line'), from, to } });
  }
  for (const m of copied.memberships) {
    const { id: _id, ...rest } = m;
    const body = fresh.get(m.body);
    if (body) commands.push({ type: 'addMembership', membership: { ...rest, id: newId<MembershipId>('ms'), body } });
  }
  if (dispatch({ type: 'batch', commands }).ok) select([...fresh.values()]);
}

export function duplicateSelection(): void {
  if (copySelection()) paste();
}

/** Removes the selected bodies and lines in one undo step (lines of removed bodies go with them). */
export function deleteSelection(): void {
  const { selectedBodies, selectedLines, model } = useEditor.getState();
  const bodies = idsIn(model.bodies, selectedBodies);
  const gone = new Set<string>(bodies);
  const lines = idsIn(model.reportingLines, selectedLines).filter((id) => {
    const l = model.reportingLines.get(id);
    return l !== undefined && !gone.has(l.from) && !gone.has(l.to);
  });
  const commands: Command[] = [
    ...lines.map((id): Command => ({ type: 'removeReportingLine', id })),
    ...bodies.map((id): Command => ({ type: 'removeBody', id })),
  ];
  if (commands.length === 0 || !dispatch({ type: 'batch', commands }).ok) return;
  select([]);
  // Deleted at a key press without a question: said, with the way back (one notice for the latest deletion).
  const only = bodies.length === 1 ? model.bodies.get(bodies[0] as string) : undefined;
  const asOf = useEditor.getState().asOf;
  const undo = UNDO_KEYS;
  if (only) notify({ kind: 'info', key: 'edit.deletedBody', values: { name: nameOn(only, asOf).name, undo }, group: 'deleted' });
  else if (bodies.length > 1) notify({ kind: 'info', key: 'edit.deletedBodies', values: { count: String(bodies.length), undo }, group: 'deleted' });
  else notify({ kind: 'info', key: 'edit.deletedLines', values: { count: String(lines.length), undo }, group: 'deleted' });
}

/** Where a new body goes: a point on the canvas, or below a body it reports to (the line is made in the same step). */
export interface NewBodyPlace {
  readonly at?: Position | null;
  readonly reportsTo?: string | null;
}

const GAP_X = 260;
const GAP_Y = 180;
const snap = (v: number): number => Math.round(v / 12) * 12;

/**
 * Where a new body goes: the point asked for; below the body it reports to, beside that
 * body's other reporters; or at the end of its level's top row (below the map when its level
 * has no body). Other than at a point chosen, moved right (or down a row) until its box
 * touches no other: a new political body was put over the external organisations' column.
 */
function placeFor(model: MandatModel, kind: BodyKind, place: NewBodyPlace): Position {
  if (place.at) return { x: snap(place.at.x), y: snap(place.at.y) };
  const taken = [...model.bodies.values()].flatMap((b) => (b.position ? [b.position] : []));
  const receiver = place.reportsTo ? model.bodies.get(place.reportsTo) : undefined;
  if (receiver?.position) {
    const reporters = [...model.reportingLines.values()].filter((l) => l.to === receiver.id).length;
    return freeSpot(taken, { x: receiver.position.x + reporters * GAP_X, y: receiver.position.y + GAP_Y });
  }
  const level = DEFAULT_LEVEL[kind];
  const same = [...model.bodies.values()].filter((b) => b.level === level && b.position);
  return freeSpot(
    taken,
    same.length > 0
      ? { x: Math.max(...same.map((b) => b.position!.x)) + GAP_X, y: Math.min(...same.map((b) => b.position!.y)) }
      : { x: 0, y: taken.length > 0 ? Math.max(...taken.map((p) => p.y)) + GAP_Y : 0 },
  );
}

/**
 * Adds a body of a kind with its defaults (named after its kind in the interface language,
 * accountable when it is KF, KS or a nämnd: newBodyDefaults), selects it and opens its name
 * on the box, selected for typing. One undo step, with the line when it reports to a body.
 * A name given as the second argument (older callers) is not used: the kind's name is better.
 */
export function addBody(kind: BodyKind, place: NewBodyPlace | string = {}): string | null {
  const { model, lang } = useEditor.getState();
  const where = typeof place === 'string' ? {} : place;
  const id = newId<BodyId>('body');
  const body = { id, ...newBodyDefaults(model.bodies.values(), kind, lang), position: placeFor(model, kind, where) };
  const receiver = bodyIdIn(model, where.reportsTo);
  const command: Command = receiver
    ? { type: 'batch', commands: [{ type: 'addBody', body }, { type: 'connectReport', line: { from: id, to: receiver, kind: 'reports_to' } }] }
    : { type: 'addBody', body };
  if (!dispatch(command).ok) return null;
  select([id]);
  // A body just added is one to fill in: the Body tab shows its form rather than its profile.
  showBodyForm(id);
  startRename(id);
  return id;
}
