import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../shared/commands/apply';
import { createUndoManager } from '../../shared/commands/undo';
import { createMapDocument, LOAD_ORIGIN, readModel, writeModel } from '../../shared/model/document';
import type { BodyId } from '../../shared/model/ids';
import { makeBody, makeModel, makeLine, makeMember, makeMembership } from '../factories';

function docWithTwoBodies() {
  return createMapDocument(makeModel({ bodies: [makeBody('a'), makeBody('b')], members: [makeMember('m')], memberships: [makeMembership('m', 'a')] }));
}

describe('commands', () => {
  it('adds a body with defaults and a generated id', () => {
    const doc = createMapDocument();
    const r = applyCommand(doc, { type: 'addBody', body: { name: 'Styrgruppen', kind: 'steering_group' } });
    expect(r.ok).toBe(true);
    const id = r.ok ? r.created[0]! : '';
    const body = readModel(doc).bodies.get(id);
    expect(body).toMatchObject({ name: 'Styrgruppen', kind: 'steering_group', accountable: false, partOf: null, formerNames: [] });
    expect(body?.mandate).toEqual({ text: '', decidedBy: null, decisionRef: '', requiredMembers: [] });
  });

  it('refuses a line from a body to itself, an unknown body and a reversed date range, writing nothing', () => {
    const doc = docWithTwoBodies();
    const before = Y.encodeStateVector(doc);
    const self = applyCommand(doc, { type: 'connectReport', line: { from: 'a' as BodyId, to: 'a' as BodyId } });
    expect(self.ok ? [] : self.issues.map((i) => i.code)).toEqual(['self-line']);
    const unknown = applyCommand(doc, { type: 'connectReport', line: { from: 'a' as BodyId, to: 'ks2' as BodyId } });
    expect(unknown.ok ? '' : unknown.issues[0]?.message.en).toBe('no body with id "ks2"');
    const reversed = applyCommand(doc, { type: 'updateBody', id: 'a' as BodyId, changes: { validFrom: '2023-01-01', validTo: '2022-01-01' } });
    expect(reversed.ok ? '' : reversed.issues[0]?.message.sv).toBe('2022-01-01 ligger före giltig från (2023-01-01)');
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });

  it('refuses an impossible date and an empty name at the field', () => {
    const doc = docWithTwoBodies();
    const date = applyCommand(doc, { type: 'updateBody', id: 'a' as BodyId, changes: { validFrom: '2023-13-01' } });
    expect(date.ok ? null : date.issues[0]).toMatchObject({ path: 'changes.validFrom', message: { en: '"2023-13-01" is not a valid date (YYYY-MM-DD)' } });
    const name = applyCommand(doc, { type: 'updateBody', id: 'a' as BodyId, changes: { name: '   ' } });
    expect(name.ok ? null : name.issues[0]?.message.sv).toBe('får inte vara tomt');
    expect(readModel(doc).bodies.get('a')?.name).toBe('Body a');
  });

  it('changes one field of a nested mandate and keeps the others', () => {
    const doc = docWithTwoBodies();
    applyCommand(doc, { type: 'updateBody', id: 'a' as BodyId, changes: { mandate: { decisionRef: 'KS 2023-01-10' } } });
    expect(readModel(doc).bodies.get('a')?.mandate).toEqual({ text: 'Mandate of a', decidedBy: null, decisionRef: 'KS 2023-01-10', requiredMembers: [] });
  });

  it('refuses a part-of loop', () => {
    const doc = docWithTwoBodies();
    expect(applyCommand(doc, { type: 'updateBody', id: 'a' as BodyId, changes: { partOf: 'b' as BodyId } }).ok).toBe(true);
    const loop = applyCommand(doc, { type: 'updateBody', id: 'b' as BodyId, changes: { partOf: 'a' as BodyId } });
    expect(loop.ok ? '' : loop.issues[0]?.code).toBe('part-of-cycle');
  });

  it('removes a body with its memberships and lines in one step, and undo brings all back', () => {
    const doc = createMapDocument(
      makeModel({
        bodies: [makeBody('a'), makeBody('b', { partOf: 'a' as BodyId, mandate: { text: 't', decidedBy: 'a' as BodyId, decisionRef: 'r', requiredMembers: [] } })],
        members: [makeMember('m')],
        memberships: [makeMembership('m', 'a')],
        lines: [makeLine('b', 'a')],
      }),
    );
    const before = readModel(doc);
    const undo = createUndoManager(doc);
    expect(applyCommand(doc, { type: 'removeBody', id: 'a' as BodyId }).ok).toBe(true);
    const after = readModel(doc);
    expect([...after.bodies.keys()]).toEqual(['b']);
    expect(after.memberships).toEqual(new Map());
    expect(after.reportingLines).toEqual(new Map());
    expect(after.bodies.get('b')?.partOf).toBeNull();
    expect(after.bodies.get('b')?.mandate.decidedBy).toBeNull();
    undo.undo();
    expect(readModel(doc)).toEqual(before);
  });

  it('makes a batch one undo step, and each command its own step', () => {
    const doc = createMapDocument();
    const undo = createUndoManager(doc);
    applyCommand(doc, { type: 'addBody', body: { id: 'x' as BodyId, name: 'X' } });
    applyCommand(doc, {
      type: 'batch',
      commands: [
        { type: 'addBody', body: { id: 'y' as BodyId, name: 'Y' } },
        { type: 'connectReport', line: { from: 'y' as BodyId, to: 'x' as BodyId } },
      ],
    });
    expect([...readModel(doc).reportingLines.keys()]).toHaveLength(1);
    undo.undo();
    expect([...readModel(doc).bodies.keys()]).toEqual(['x']);
    undo.undo();
    expect(readModel(doc).bodies).toEqual(new Map());
    undo.redo();
    undo.redo();
    expect([...readModel(doc).bodies.keys()].sort()).toEqual(['x', 'y']);
  });

  it('writes nothing of a batch whose last command fails', () => {
    const doc = createMapDocument();
    const r = applyCommand(doc, {
      type: 'batch',
      commands: [
        { type: 'addBody', body: { id: 'y' as BodyId, name: 'Y' } },
        { type: 'connectReport', line: { from: 'y' as BodyId, to: 'nope' as BodyId } },
      ],
    });
    expect(r.ok ? '' : r.issues[0]?.path).toBe('commands[1].line.to');
    expect(readModel(doc).bodies).toEqual(new Map());
  });

  it('never undoes a load or a collaborator’s edit', () => {
    const doc = createMapDocument();
    const undo = createUndoManager(doc);
    applyCommand(doc, { type: 'addBody', body: { id: 'mine' as BodyId, name: 'Mine' } });
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    applyCommand(peer, { type: 'addBody', body: { id: 'theirs' as BodyId, name: 'Theirs' } });
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer), 'remote');
    writeModel(doc, { ...readModel(doc), meta: { ...readModel(doc).meta, name: 'Loaded' } }, LOAD_ORIGIN);
    undo.undo();
    const model = readModel(doc);
    expect([...model.bodies.keys()]).toEqual(['theirs']);
    expect(model.meta.name).toBe('Loaded');
    expect(undo.canUndo()).toBe(false);
  });

  it('refuses a second overlapping membership of the same member in the same body', () => {
    const doc = docWithTwoBodies();
    const r = applyCommand(doc, { type: 'addMembership', membership: { member: 'm' as never, body: 'a' as BodyId, role: 'chair' } });
    expect(r.ok ? '' : r.issues[0]?.code).toBe('duplicate-membership');
    const later = applyCommand(doc, {
      type: 'batch',
      commands: [
        { type: 'updateMembership', id: 'ms-m-a' as never, changes: { validTo: '2021-12-31' } },
        { type: 'addMembership', membership: { member: 'm' as never, body: 'a' as BodyId, role: 'chair', validFrom: '2022-01-01' } },
      ],
    });
    expect(later.ok).toBe(true);
  });

  it('refuses unknown commands and unknown fields with a clear issue', () => {
    const doc = docWithTwoBodies();
    const r1 = applyCommand(doc, { type: 'frobnicate' } as never);
    expect(r1.ok ? '' : r1.issues[0]?.message.en).toBe('unknown command "frobnicate"');
    const r2 = applyCommand(doc, { type: 'updateBody', id: 'a' as BodyId, changes: { colour: 'red' } as never });
    expect(r2.ok ? '' : r2.issues[0]?.path).toBe('changes.colour');
  });
});
