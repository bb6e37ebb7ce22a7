/**
 * The governing-document and coordination commands, one by one, as commandsEach.test.ts
 * tests the others (whose guard looks for a describe block per command here too): the map
 * after each, undo bringing it back exactly, and a refusal that writes nothing.
 */
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../shared/commands/apply';
import type { Command } from '../../shared/commands/types';
import { createUndoManager } from '../../shared/commands/undo';
import { createMapDocument, readModel } from '../../shared/model/document';
import type { BodyId, CoordinationId, DocumentId, MemberId, ReportingLineId } from '../../shared/model/ids';
import type { MandatModel } from '../../shared/model/types';
import { makeAccountable, makeBody, makeCoordination, makeDocument, makeInitiative, makeLine, makeMember, makeModel } from '../factories';

const bid = (id: string) => id as BodyId;
const did = (id: string) => id as DocumentId;

/**
 * KS and bodies a and b, member m, a line a → KS, initiative i1; the cooperation agreement
 * `agr` decided by KS with KS and a as parties, m signing, governing a, i1 and the line;
 * its yearly plan `plan` under it; body a as the coordination function in 2024.
 */
function baseModel(): MandatModel {
  return makeModel({
    bodies: [makeAccountable('ks'), makeBody('a'), makeBody('b')],
    members: [makeMember('m')],
    lines: [makeLine('a', 'ks')],
    initiatives: [makeInitiative('i1')],
    documents: [
      makeDocument('agr', {
        title: 'Samverkansöverenskommelse 2024–2027',
        kind: 'cooperation_agreement',
        decidedBy: bid('ks'),
        parties: [bid('ks'), bid('a')],
        signatories: ['m' as MemberId],
        governsBodies: [bid('a')],
        governsInitiatives: [makeInitiative('i1').id],
        governsLines: ['line-a-ks' as ReportingLineId],
      }),
      makeDocument('plan', { title: 'Årsplan 2024', kind: 'yearly_plan', parent: did('agr'), decidedBy: bid('a') }),
    ],
    coordination: [makeCoordination('c1', { body: bid('a'), validFrom: '2024-01-01', validTo: '2024-12-31' })],
  });
}

/** Applies `command`, hands the map after it to `check`, undoes it and expects the map as it was: one undo step. */
function appliesAndUndoes(command: Command, check: (after: MandatModel, created: readonly string[]) => void): void {
  const doc = createMapDocument(baseModel());
  const undo = createUndoManager(doc);
  const before = readModel(doc);
  const r = applyCommand(doc, command);
  expect(r.ok ? [] : r.issues.map((i) => `${i.code} ${i.path}`)).toEqual([]);
  check(readModel(doc), r.ok ? r.created : []);
  expect(undo.undoStack.length).toBe(1);
  undo.undo();
  expect(readModel(doc)).toEqual(before);
}

/** `command` is refused with the issue codes `codes`, and the document is left as it was. */
function refused(command: Command, codes: string[]): void {
  const doc = createMapDocument(baseModel());
  const state = Y.encodeStateAsUpdate(doc);
  const r = applyCommand(doc, command);
  expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(codes);
  expect(Y.encodeStateAsUpdate(doc)).toEqual(state);
}

describe('addDocument', () => {
  it('adds a document with defaults for what is not given', () =>
    appliesAndUndoes({ type: 'addDocument', document: { title: 'Lägesbild 2024', kind: 'situational_picture', decidedOn: '2024-03-01', areas: ['Centrum'] } }, (after, created) => {
      expect(created).toHaveLength(1);
      expect(after.documents.get(created[0] as string)).toMatchObject({ title: 'Lägesbild 2024', kind: 'situational_picture', decidedBy: null, parties: [], areas: ['Centrum'] });
    }));
  it('refuses a missing title', () => refused({ type: 'addDocument', document: { title: ' ' } }, ['required']));
  it('refuses a deciding body that does not exist', () => refused({ type: 'addDocument', document: { title: 'X', decidedBy: bid('nobody') } }, ['dangling-reference']));
  it('refuses a yearly plan without a parent', () => refused({ type: 'addDocument', document: { title: 'Årsplan', kind: 'yearly_plan' } }, ['yearly-plan-without-parent']));
  it('refuses an unknown kind', () => refused({ type: 'addDocument', document: { title: 'X', kind: 'law' as never } }, ['invalid-field']));
});

describe('updateDocument', () => {
  it('changes the review date and the parties', () =>
    appliesAndUndoes({ type: 'updateDocument', id: did('agr'), changes: { reviewBy: '2026-06-30', parties: [bid('ks')] } }, (after) => {
      expect(after.documents.get('agr')).toMatchObject({ reviewBy: '2026-06-30', parties: ['ks'] });
    }));
  it('refuses a parent that would close a ring', () => refused({ type: 'updateDocument', id: did('agr'), changes: { parent: did('plan') } }, ['document-parent-cycle']));
  it('refuses a document as its own parent', () => refused({ type: 'updateDocument', id: did('agr'), changes: { parent: did('agr') } }, ['document-parent-cycle']));
  it('refuses taking the yearly plan from under its agreement', () => refused({ type: 'updateDocument', id: did('plan'), changes: { parent: null } }, ['yearly-plan-without-parent']));
  it('refuses an unknown document', () => refused({ type: 'updateDocument', id: did('x'), changes: { title: 'X' } }, ['not-found']));
});

describe('removeDocument', () => {
  it('removes the document and clears the yearly plan’s parent in the same step', () =>
    appliesAndUndoes({ type: 'removeDocument', id: did('agr') }, (after) => {
      expect([...after.documents.keys()]).toEqual(['plan']);
      expect(after.documents.get('plan')?.parent).toBeNull();
    }));
  it('refuses an unknown document', () => refused({ type: 'removeDocument', id: did('x') }, ['not-found']));
});

describe('addCoordination', () => {
  it('names a member the coordination function from a date', () =>
    appliesAndUndoes({ type: 'addCoordination', coordination: { member: 'm' as MemberId, validFrom: '2025-01-01' } }, (after, created) => {
      expect(after.coordination.get(created[0] as string)).toMatchObject({ member: 'm', body: null, validFrom: '2025-01-01' });
    }));
  it('refuses naming no one', () => refused({ type: 'addCoordination', coordination: { notes: 'x' } }, ['coordination-who']));
  it('refuses both a body and a member', () => refused({ type: 'addCoordination', coordination: { body: bid('a'), member: 'm' as MemberId } }, ['coordination-who']));
  it('refuses a member that does not exist', () => refused({ type: 'addCoordination', coordination: { member: 'x' as MemberId } }, ['dangling-reference']));
});

describe('updateCoordination', () => {
  it('moves the function from the body to a member', () =>
    appliesAndUndoes({ type: 'updateCoordination', id: 'c1' as CoordinationId, changes: { body: null, member: 'm' as MemberId } }, (after) => {
      expect(after.coordination.get('c1')).toMatchObject({ body: null, member: 'm' });
    }));
  it('refuses an end before the start', () => refused({ type: 'updateCoordination', id: 'c1' as CoordinationId, changes: { validTo: '2023-01-01' } }, ['validity-reversed']));
});

describe('removeCoordination', () => {
  it('removes the period only', () =>
    appliesAndUndoes({ type: 'removeCoordination', id: 'c1' as CoordinationId }, (after) => {
      expect(after.coordination.size).toBe(0);
      expect(after.bodies.size).toBe(3);
    }));
  it('refuses an unknown period', () => refused({ type: 'removeCoordination', id: 'x' as CoordinationId }, ['not-found']));
});

describe('removing what documents point at', () => {
  it('a body: decidedBy clears, it leaves parties and governs lists, its coordination period goes, its line leaves governsLines', () =>
    appliesAndUndoes({ type: 'removeBody', id: bid('a') }, (after) => {
      expect(after.documents.get('agr')).toMatchObject({ decidedBy: 'ks', parties: ['ks'], governsBodies: [], governsLines: [] });
      expect(after.documents.get('plan')).toMatchObject({ decidedBy: null, parent: 'agr' });
      expect(after.coordination.size).toBe(0);
    }));
  it('KS: the agreement’s decidedBy clears', () =>
    appliesAndUndoes({ type: 'removeBody', id: bid('ks') }, (after) => {
      expect(after.documents.get('agr')).toMatchObject({ decidedBy: null, parties: ['a'] });
    }));
  it('a member: leaves the signatories', () =>
    appliesAndUndoes({ type: 'removeMember', id: 'm' as MemberId }, (after) => {
      expect(after.documents.get('agr')?.signatories).toEqual([]);
    }));
  it('an initiative: leaves governsInitiatives', () =>
    appliesAndUndoes({ type: 'removeInitiative', id: makeInitiative('i1').id }, (after) => {
      expect(after.documents.get('agr')?.governsInitiatives).toEqual([]);
    }));
});
