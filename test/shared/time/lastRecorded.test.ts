import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { restoreText } from '../../../shared/file/restore';
import { emptyModel } from '../../../shared/model/empty';
import type { Action, Answer, Audit, Body, MandatModel } from '../../../shared/model/types';
import { lastRecordedDate } from '../../../shared/time/lastRecorded';

const audit = (id: string, date: string | null): Audit => ({ id, title: id, auditor: '', forWhom: '', date, scope: '', link: '', notes: '' }) as Audit;
const answer = (id: string, date: string | null): Answer => ({ id, recommendation: 'r', by: null, date, stance: 'agrees', text: '', decisionRef: '', notes: '' }) as unknown as Answer;
const action = (id: string, dates: readonly (string | null)[]): Action =>
  ({ id, recommendation: 'r', text: '', owner: null, due: null, statusHistory: dates.map((date) => ({ status: 'done', date })), evidence: '', notes: '' }) as unknown as Action;

function withRecords(records: { audits?: Audit[]; answers?: Answer[]; actions?: Action[]; bodies?: Partial<Body>[] }): MandatModel {
  const m = emptyModel({ name: 'test' });
  const byId = <T extends { id: string }>(xs: readonly T[] = []) => new Map(xs.map((x) => [x.id, x]));
  return { ...m, audits: byId(records.audits), answers: byId(records.answers), actions: byId(records.actions), bodies: byId((records.bodies ?? []) as Body[]) } as MandatModel;
}

describe('the last day a map records', () => {
  it('is null for a map without dates', () => {
    expect(lastRecordedDate(emptyModel({ name: 'x' }), '2026-12-06')).toBeNull();
  });

  it('takes the latest of audits, answers and actions’ changes of status', () => {
    const m = withRecords({ audits: [audit('a1', '2021-09-26'), audit('a2', null)], answers: [answer('s1', '2022-03-01')], actions: [action('x1', [null, '2022-11-15'])] });
    expect(lastRecordedDate(m, '2026-12-06')).toBe('2022-11-15');
  });

  it('counts a body starting or ending, but not a date after now (a plan, not a record)', () => {
    const m = withRecords({ audits: [audit('a1', '2021-09-26')], bodies: [{ id: 'b' as Body['id'], validFrom: '2023-01-10', validTo: '2027-12-31', formerNames: [] }] });
    expect(lastRecordedDate(m, '2026-12-06')).toBe('2023-01-10');
    expect(lastRecordedDate(m, '2028-01-01')).toBe('2027-12-31');
  });

  it('is the date of the 2023 audit report for the Eskilstuna sample, whose sources stop there', () => {
    const restored = restoreText(readFileSync(new URL('../../../examples/eskilstuna.mandat', import.meta.url), 'utf8'));
    if (!restored.ok) throw new Error(restored.error.message.en);
    const audits = [...restored.model.audits.values()].map((a) => a.date).filter((d): d is string => d !== null).sort();
    // KPMG's report "Styrning och uppföljning av trygghetsprojekt" is dated 2023-02-21 (seed 001, the council's answer to it).
    expect(audits.at(-1)).toBe('2023-02-21');
    expect(lastRecordedDate(restored.model, '2026-12-06')).toBe('2023-02-21');
  });
});
