import { describe, expect, it } from 'vitest';
import { statusOn } from '../../shared/audits/followUp';
import { applyCommand } from '../../shared/commands/apply';
import { createMapDocument } from '../../shared/model/document';
import type { ActionId, AnswerId } from '../../shared/model/ids';
import { errorsOf, fieldOfPath } from '../../renderer/src/audits/fieldErrors';
import { actionChanges, actionValues, answerChanges, answerValues, withStatusOn } from '../../renderer/src/audits/formChanges';
import { makeAction, makeAnswer, makeAudit, makeModel, makeRecommendation } from '../factories';

describe('the audit forms’ changes', () => {
  it('change only the answer fields that differ, an empty date as none', () => {
    const a = makeAnswer('s1', 'r1', { stance: 'agrees', date: '2023-04-01', text: 'Delar', decisionRef: '' });
    expect(answerChanges(a, answerValues(a))).toEqual({});
    expect(answerChanges(a, { ...answerValues(a), stance: 'agrees_in_part', date: ' ' })).toEqual({ stance: 'agrees_in_part', date: null });
  });

  it('date a status change on the day viewed, keeping what it was before, and replace one made that same day', () => {
    const history = [{ status: 'in_progress' as const, date: '2023-01-10' }];
    const after = withStatusOn(history, 'in_progress', 'done', '2023-06-01');
    const action = makeAction('a1', 'r1', { statusHistory: after });
    expect([statusOn(action, '2023-05-31'), statusOn(action, '2023-06-01')]).toEqual(['in_progress', 'done']);
    expect(withStatusOn(after, 'done', 'dropped', '2023-06-01')).toEqual([...history, { status: 'dropped', date: '2023-06-01' }]);
    expect(withStatusOn(history, 'in_progress', 'in_progress', '2023-06-01')).toEqual(history);
  });

  it('change only the action fields that differ', () => {
    const a = makeAction('a1', 'r1', { text: 'Workshops', due: null, evidence: '', statusHistory: [{ status: 'open', date: null }] });
    expect(actionChanges(a, 'open', actionValues(a, 'open'), '2023-06-01')).toEqual({});
    expect(actionChanges(a, 'open', { ...actionValues(a, 'open'), due: '2023-05-01', status: 'done' }, '2023-06-01')).toEqual({
      due: '2023-05-01',
      statusHistory: [{ status: 'open', date: null }, { status: 'done', date: '2023-06-01' }],
    });
  });

  it('put each refusal beside the field it is about', () => {
    expect(fieldOfPath('changes.date', ['date', 'text'])).toBe('date');
    expect(fieldOfPath('action.statusHistory[0].date', ['statusHistory', 'text'])).toBe('statusHistory');
    expect(fieldOfPath('id', ['date'])).toBe('');
    const doc = createMapDocument(makeModel({ audits: [makeAudit('au')], recommendations: [makeRecommendation('r1', 'au')], answers: [makeAnswer('s1', 'r1')], actions: [makeAction('a1', 'r1')] }));
    const badDate = applyCommand(doc, { type: 'updateAnswer', id: 's1' as AnswerId, changes: { date: '2023-13-40' } });
    expect(Object.keys(errorsOf(badDate, ['stance', 'date']))).toEqual(['date']);
    const noText = applyCommand(doc, { type: 'updateAction', id: 'a1' as ActionId, changes: { text: ' ' } });
    expect(Object.keys(errorsOf(noText, ['text', 'due']))).toEqual(['text']);
  });
});
