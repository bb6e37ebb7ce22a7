/**
 * The task and assignment commands, one by one, as commandsEach.test.ts tests the others
 * (whose guard looks for a describe block per command here too): the map after each, undo
 * bringing it back exactly, and a refusal that writes nothing.
 */
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../shared/commands/apply';
import type { Command } from '../../shared/commands/types';
import { createUndoManager } from '../../shared/commands/undo';
import { createMapDocument, readModel } from '../../shared/model/document';
import type { AssignmentId, BodyId, InitiativeId, MemberId, TaskId } from '../../shared/model/ids';
import type { MandatModel } from '../../shared/model/types';
import { makeAccountable, makeAssignment, makeBody, makeInitiative, makeMember, makeModel, makeTask } from '../factories';

const bid = (id: string) => id as BodyId;
const tid = (id: string) => id as TaskId;

/** KS, body a, member m, initiative i1; task t1 on i1 with KS A and a R. */
function baseModel(): MandatModel {
  return makeModel({
    bodies: [makeAccountable('ks'), makeBody('a')],
    members: [makeMember('m')],
    initiatives: [makeInitiative('i1')],
    tasks: [makeTask('t1', { name: 'Följa upp satsningen', initiative: 'i1' as InitiativeId })],
    assignments: [makeAssignment('t1', 'ks', 'A'), makeAssignment('t1', 'a', 'R')],
  });
}

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

function refused(command: Command, codes: string[]): void {
  const doc = createMapDocument(baseModel());
  const state = Y.encodeStateAsUpdate(doc);
  const r = applyCommand(doc, command);
  expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(codes);
  expect(Y.encodeStateAsUpdate(doc)).toEqual(state);
}

describe('addTask', () => {
  it('adds a task of the organisation with defaults for what is not given', () =>
    appliesAndUndoes({ type: 'addTask', task: { name: 'Rapportera resultat till KS', libraryKey: 'report_to_ks' } }, (after, created) => {
      expect(after.tasks.get(created[0] as string)).toMatchObject({ name: 'Rapportera resultat till KS', initiative: null, document: null, body: null, libraryKey: 'report_to_ks' });
    }));
  it('refuses a missing name', () => refused({ type: 'addTask', task: { name: ' ' } }, ['required']));
  it('refuses an initiative that does not exist', () => refused({ type: 'addTask', task: { name: 'X', initiative: 'nope' as InitiativeId } }, ['dangling-reference']));
  it('refuses a task that concerns both a body and an initiative', () =>
    refused({ type: 'addTask', task: { name: 'X', initiative: 'i1' as InitiativeId, body: bid('a') } }, ['task-concerns-several']));
});

describe('updateTask', () => {
  it('renames the task and moves it to a body', () =>
    appliesAndUndoes({ type: 'updateTask', id: tid('t1'), changes: { name: 'Följa upp', initiative: null, body: bid('a') } }, (after) => {
      expect(after.tasks.get('t1')).toMatchObject({ name: 'Följa upp', initiative: null, body: 'a' });
    }));
  it('refuses an end before the start', () => refused({ type: 'updateTask', id: tid('t1'), changes: { validFrom: '2024-01-01', validTo: '2023-01-01' } }, ['validity-reversed']));
});

describe('removeTask', () => {
  it('removes the task and its assignments in one step', () =>
    appliesAndUndoes({ type: 'removeTask', id: tid('t1') }, (after) => {
      expect(after.tasks.size).toBe(0);
      expect(after.assignments.size).toBe(0);
    }));
});

describe('addAssignment', () => {
  it('gives a member the role C on the task', () =>
    appliesAndUndoes({ type: 'addAssignment', assignment: { task: tid('t1'), member: 'm' as MemberId, role: 'C', source: '2023, 3.1.4' } }, (after, created) => {
      expect(after.assignments.get(created[0] as string)).toMatchObject({ task: 't1', member: 'm', body: null, role: 'C', source: '2023, 3.1.4' });
    }));
  it('refuses an assignment of no one', () => refused({ type: 'addAssignment', assignment: { task: tid('t1'), role: 'R' } }, ['assignment-who']));
  it('refuses a role that is not R, A, C or I', () => refused({ type: 'addAssignment', assignment: { task: tid('t1'), body: bid('a'), role: 'X' as never } }, ['invalid-field']));
  it('refuses a task that does not exist', () => refused({ type: 'addAssignment', assignment: { task: tid('nope'), body: bid('a'), role: 'R' } }, ['dangling-reference']));
});

describe('updateAssignment', () => {
  it('makes the R an A', () =>
    appliesAndUndoes({ type: 'updateAssignment', id: 'raci-t1-a-R' as AssignmentId, changes: { role: 'A' } }, (after) => {
      expect(after.assignments.get('raci-t1-a-R')?.role).toBe('A');
    }));
});

describe('removeAssignment', () => {
  it('removes that assignment only', () =>
    appliesAndUndoes({ type: 'removeAssignment', id: 'raci-t1-a-R' as AssignmentId }, (after) => {
      expect([...after.assignments.keys()]).toEqual(['raci-t1-ks-A']);
    }));
  it('goes with its body when the body is removed', () =>
    appliesAndUndoes({ type: 'removeBody', id: bid('a') }, (after) => {
      expect([...after.assignments.keys()]).toEqual(['raci-t1-ks-A']);
    }));
});
