// The store's snapshot of the Yjs document (renderer/src/store/snapshot.ts): it follows
// local edits, remote updates and undo, and what a transaction did not touch keeps its
// identity (React Flow then re-renders only what changed).
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../shared/commands/apply';
import { createUndoManager } from '../../shared/commands/undo';
import { createMapDocument, readModel } from '../../shared/model/document';
import type { BodyId, MemberId } from '../../shared/model/ids';
import type { MandatModel } from '../../shared/model/types';
import { followDocument } from '../../renderer/src/store/snapshot';
import { makeBody, makeMember, makeMembership, makeModel } from '../factories';

const A = 'a' as BodyId;
const B = 'b' as BodyId;

/** A document of two bodies and one member, followed; every snapshot handed on is kept. */
function followed() {
  const doc = createMapDocument(makeModel({ bodies: [makeBody('a', { name: 'Styrelsen' }), makeBody('b', { name: 'Nämnden' })], members: [makeMember('m')], memberships: [makeMembership('m', 'a')] }));
  const seen: MandatModel[] = [];
  const following = followDocument(doc, (model) => seen.push(model));
  return { doc, seen, following, first: following.current() };
}

describe("the store's snapshot of the document", () => {
  it('follows a local edit, keeping the identity of what it did not touch', () => {
    const { doc, seen, following, first } = followed();
    expect(applyCommand(doc, { type: 'updateBody', id: A, changes: { name: 'Kommunstyrelsen' } }).ok).toBe(true);
    const next = following.current();
    expect(seen).toEqual([next]);
    expect(next.bodies.get(A)?.name).toBe('Kommunstyrelsen');
    expect(next.bodies.get(B)).toBe(first.bodies.get(B));
    expect(next.members).toBe(first.members);
    expect(next.memberships).toBe(first.memberships);
    expect(next.meta).toBe(first.meta);
    // The snapshot says what the document says, whole.
    expect(next).toEqual(readModel(doc));
  });

  it('follows a change inside an element (its mandate) and renews only that element', () => {
    const { doc, following, first } = followed();
    applyCommand(doc, { type: 'updateBody', id: B, changes: { mandate: { text: 'Beslutar om budget' } } });
    const next = following.current();
    expect(next.bodies.get(B)?.mandate.text).toBe('Beslutar om budget');
    expect(next.bodies.get(A)).toBe(first.bodies.get(A));
  });

  it('follows a remote update from a second copy of the document', () => {
    const { doc, seen, following, first } = followed();
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    const before = Y.encodeStateVector(other);
    applyCommand(other, { type: 'updateMember', id: 'm' as MemberId, changes: { name: 'Anna Lind' } });
    applyCommand(other, { type: 'removeBody', id: B });
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other, before), 'remote');
    const next = following.current();
    expect(seen).toHaveLength(1);
    expect(next.members.get('m' as MemberId)?.name).toBe('Anna Lind');
    expect(next.bodies.has(B)).toBe(false);
    expect(next.bodies.get(A)).toBe(first.bodies.get(A));
    expect(next).toEqual(readModel(doc));
  });

  it('follows undo and redo', () => {
    const { doc, following, first } = followed();
    const undo = createUndoManager(doc);
    const added = applyCommand(doc, { type: 'addBody', body: { name: 'Styrgruppen' } });
    const id = added.ok ? (added.created[0] as BodyId) : ('' as BodyId);
    expect(following.current().bodies.get(id)?.name).toBe('Styrgruppen');
    undo.undo();
    expect(following.current().bodies.has(id)).toBe(false);
    expect(following.current().bodies.get(A)).toBe(first.bodies.get(A));
    undo.redo();
    expect(following.current().bodies.get(id)?.name).toBe('Styrgruppen');
    expect(following.current()).toEqual(readModel(doc));
  });

  it("follows the map's name and settings", () => {
    const { doc, following, first } = followed();
    applyCommand(doc, { type: 'updateMeta', changes: { name: 'Eskilstuna 2026' } });
    expect(following.current().meta.name).toBe('Eskilstuna 2026');
    expect(following.current().bodies).toBe(first.bodies);
  });

  it('hands on one snapshot per transaction, and none for a transaction that changed nothing', () => {
    const { doc, seen } = followed();
    applyCommand(doc, { type: 'batch', commands: [{ type: 'updateBody', id: A, changes: { name: 'x' } }, { type: 'updateBody', id: B, changes: { name: 'y' } }] });
    expect(seen).toHaveLength(1);
    doc.transact(() => {});
    expect(seen).toHaveLength(1);
  });

  it('stops following when asked', () => {
    const { doc, seen, following, first } = followed();
    following.stop();
    applyCommand(doc, { type: 'updateBody', id: A, changes: { name: 'Kommunstyrelsen' } });
    expect(seen).toEqual([]);
    expect(following.current()).toBe(first);
  });
});

describe('the snapshot a document starts from', () => {
  it('is frozen deeply once the page is idle, so that the first edit need not freeze it', async () => {
    const { first, following } = followed();
    expect(Object.isFrozen(first.bodies.get(A))).toBe(false);
    // Without requestIdleCallback (Node), the freezing waits for the next task.
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first.bodies.get(A))).toBe(true);
    expect(Object.isFrozen([...first.memberships.values()][0])).toBe(true);
    following.stop();
  });

  it('is left as it is when following stops first', async () => {
    const { first, following } = followed();
    following.stop();
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(Object.isFrozen(first.bodies.get(A))).toBe(false);
  });
});
