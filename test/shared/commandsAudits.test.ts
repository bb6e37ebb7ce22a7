/**
 * The audit commands one by one (commandsEach.test.ts's guard looks for a describe block per
 * command here): the map after each, undo bringing it back exactly, and a refusal that writes nothing.
 */
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../shared/commands/apply';
import type { Command } from '../../shared/commands/types';
import { createUndoManager } from '../../shared/commands/undo';
import { createMapDocument, readModel } from '../../shared/model/document';
import type { ActionId, AnswerId, AuditId, BodyId, RecommendationId } from '../../shared/model/ids';
import type { MandatModel } from '../../shared/model/types';
import { makeAccountable, makeAction, makeAnswer, makeAudit, makeBody, makeModel, makeRecommendation } from '../factories';

const bid = (id: string) => id as BodyId;
const rid = (id: string) => id as RecommendationId;

/** KS and body a; audit au1 with recommendation r1 to KS, KS's answer an1 and action ac1 owned by a. */
function baseModel(): MandatModel {
  return makeModel({
    bodies: [makeAccountable('ks'), makeBody('a')],
    audits: [makeAudit('au1')],
    recommendations: [makeRecommendation('r1', 'au1', { addressedTo: bid('ks'), concernsBodies: [bid('a')] })],
    answers: [makeAnswer('an1', 'r1', { by: bid('ks'), stance: 'agrees_in_part' })],
    actions: [makeAction('ac1', 'r1', { owner: bid('a'), statusHistory: [{ status: 'in_progress', date: '2023-03-01' }] })],
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

describe('addAudit', () => {
  it('adds an audit with defaults for what is not given', () =>
    appliesAndUndoes({ type: 'addAudit', audit: { id: 'au2' as AuditId, title: 'Granskning 2025', date: '2025-03-01' } }, (after) =>
      expect(after.audits.get('au2')).toEqual(makeAudit('au2', { title: 'Granskning 2025', date: '2025-03-01' })),
    ));
  it('refuses an audit without a title', () => refused({ type: 'addAudit', audit: { title: ' ' } }, ['required']));
});

describe('updateAudit', () => {
  it('changes the date', () =>
    appliesAndUndoes({ type: 'updateAudit', id: 'au1' as AuditId, changes: { date: '2023-03-01' } }, (after) => expect(after.audits.get('au1')?.date).toBe('2023-03-01')));
  it('refuses a date the calendar does not have', () => refused({ type: 'updateAudit', id: 'au1' as AuditId, changes: { date: '2023-02-30' } }, ['invalid-field']));
});

describe('removeAudit', () => {
  it('removes the audit with its recommendations, answers and actions in one step', () =>
    appliesAndUndoes({ type: 'removeAudit', id: 'au1' as AuditId }, (after) => {
      expect([after.audits.size, after.recommendations.size, after.answers.size, after.actions.size]).toEqual([0, 0, 0, 0]);
    }));
});

describe('addRecommendation', () => {
  it('adds a recommendation under an audit', () =>
    appliesAndUndoes({ type: 'addRecommendation', recommendation: { id: rid('r2'), audit: 'au1' as AuditId, text: 'Tydliggör ansvaret', findingKeys: ['missing-mandate:a'] } }, (after) =>
      expect(after.recommendations.get('r2')).toEqual(makeRecommendation('r2', 'au1', { text: 'Tydliggör ansvaret', findingKeys: ['missing-mandate:a'] })),
    ));
  it('refuses a recommendation under an audit that does not exist', () =>
    refused({ type: 'addRecommendation', recommendation: { audit: 'nope' as AuditId, text: 'x' } }, ['dangling-reference']));
});

describe('updateRecommendation', () => {
  it('changes whom it is addressed to', () =>
    appliesAndUndoes({ type: 'updateRecommendation', id: rid('r1'), changes: { addressedTo: bid('a') } }, (after) => expect(after.recommendations.get('r1')?.addressedTo).toBe('a')));
});

describe('removeRecommendation', () => {
  it('removes its answers and actions too', () =>
    appliesAndUndoes({ type: 'removeRecommendation', id: rid('r1') }, (after) => {
      expect([after.recommendations.size, after.answers.size, after.actions.size]).toEqual([0, 0, 0]);
      expect(after.audits.size).toBe(1);
    }));
});

describe('addAnswer', () => {
  it('records a stance', () =>
    appliesAndUndoes({ type: 'addAnswer', answer: { id: 'an2' as AnswerId, recommendation: rid('r1'), stance: 'does_not_agree', date: '2023-06-13' } }, (after) =>
      expect(after.answers.get('an2')).toEqual(makeAnswer('an2', 'r1', { stance: 'does_not_agree', date: '2023-06-13' })),
    ));
  it('refuses a stance that is not one of the three', () =>
    refused({ type: 'addAnswer', answer: { recommendation: rid('r1'), stance: 'maybe' as never } }, ['invalid-field']));
});

describe('updateAnswer', () => {
  it('changes the stance', () =>
    appliesAndUndoes({ type: 'updateAnswer', id: 'an1' as AnswerId, changes: { stance: 'agrees' } }, (after) => expect(after.answers.get('an1')?.stance).toBe('agrees')));
});

describe('removeAnswer', () => {
  it('removes only the answer', () =>
    appliesAndUndoes({ type: 'removeAnswer', id: 'an1' as AnswerId }, (after) => expect([after.answers.size, after.recommendations.size]).toEqual([0, 1])));
});

describe('addAction', () => {
  it('adds an action with its dated statuses', () =>
    appliesAndUndoes(
      { type: 'addAction', action: { id: 'ac2' as ActionId, recommendation: rid('r1'), text: 'Ny beredning', statusHistory: [{ status: 'done', date: '2023-01-10' }] } },
      (after) => expect(after.actions.get('ac2')?.statusHistory).toEqual([{ status: 'done', date: '2023-01-10' }]),
    ));
  it('refuses a status change on a day the calendar does not have', () =>
    refused({ type: 'addAction', action: { recommendation: rid('r1'), text: 'x', statusHistory: [{ status: 'done', date: '2023-02-30' }] } }, ['invalid-field']));
});

describe('updateAction', () => {
  it('adds a status change', () =>
    appliesAndUndoes(
      { type: 'updateAction', id: 'ac1' as ActionId, changes: { statusHistory: [{ status: 'in_progress', date: '2023-03-01' }, { status: 'done', date: '2023-09-01' }] } },
      (after) => expect(after.actions.get('ac1')?.statusHistory.map((s) => s.status)).toEqual(['in_progress', 'done']),
    ));
});

describe('removeAction', () => {
  it('removes the action', () => appliesAndUndoes({ type: 'removeAction', id: 'ac1' as ActionId }, (after) => expect(after.actions.size).toBe(0)));
});

describe('removing a body the audit names', () => {
  it('clears the reference and keeps the recommendation, answer and action', () =>
    appliesAndUndoes({ type: 'removeBody', id: bid('a') }, (after) => {
      expect(after.recommendations.get('r1')?.concernsBodies).toEqual([]);
      expect(after.actions.get('ac1')?.owner).toBeNull();
    }));
});
