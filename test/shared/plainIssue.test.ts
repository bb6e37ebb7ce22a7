import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../shared/commands/apply';
import type { Command } from '../../shared/commands/types';
import { createMapDocument } from '../../shared/model/document';
import type { BodyId } from '../../shared/model/ids';
import { plainIssue } from '../../shared/model/plainIssue';
import { makeBody, makeModel } from '../factories';

/** The plain sentence of the first reason a command is refused, in both languages. */
function refusal(command: Command): { sv: string; en: string } {
  const doc = createMapDocument(makeModel({ bodies: [makeBody('a'), makeBody('b')] }));
  const r = applyCommand(doc, command);
  if (r.ok) throw new Error('the command was applied');
  const first = r.issues[0];
  if (!first) throw new Error('refused without an issue');
  return plainIssue(first);
}

const body = (changes: Record<string, unknown>): Command => ({ type: 'updateBody', id: 'a' as BodyId, changes } as Command);

describe('a refused edit in plain words', () => {
  it('says a date the calendar lacks does not exist, and why', () => {
    expect(refusal(body({ validFrom: '2023-02-30' }))).toEqual({
      sv: 'Datumet 2023-02-30 finns inte: februari 2023 har 28 dagar.',
      en: 'The date 2023-02-30 does not exist: February 2023 has 28 days.',
    });
    expect(refusal(body({ validTo: '2024-02-30' })).sv).toBe('Datumet 2024-02-30 finns inte: februari 2024 har 29 dagar.');
    expect(refusal(body({ validFrom: '2023-13-01' })).sv).toBe('Datumet 2023-13-01 finns inte: månaden ska vara 01–12.');
  });

  it('shows how to write a date that has the wrong shape', () => {
    expect(refusal(body({ validFrom: '1/3 2023' }))).toEqual({
      sv: '"1/3 2023" är inget datum: skriv det som ÅÅÅÅ-MM-DD, till exempel 2024-03-01.',
      en: '"1/3 2023" is not a date: write it as YYYY-MM-DD, for example 2024-03-01.',
    });
  });

  it('finds the date inside a list of former names', () => {
    const formerNames = [{ name: 'Stadsfullmäktige', shortName: 'SF', validTo: '1970-02-30' }];
    expect(refusal(body({ formerNames })).sv).toBe('Datumet 1970-02-30 finns inte: februari 1970 har 28 dagar.');
  });

  it('names an empty name, and says a reversed range with both dates', () => {
    expect(refusal(body({ name: '  ' }))).toEqual({ sv: 'Namnet får inte vara tomt.', en: 'The name cannot be empty.' });
    expect(refusal(body({ validFrom: '2023-01-01', validTo: '2022-06-30' }))).toEqual({
      sv: 'Giltig till (2022-06-30) ligger före giltig från (2023-01-01).',
      en: 'Valid to (2022-06-30) is before valid from (2023-01-01).',
    });
  });

  it('says what number a setting takes, with a decimal comma in Swedish', () => {
    expect(refusal({ type: 'updateSettings', changes: { overlapThreshold: 1.5 } })).toEqual({
      sv: '1,5 går inte: talet ska ligga mellan 0,01 och 1.',
      en: '1.5 is not allowed: the number must be between 0.01 and 1.',
    });
    expect(refusal({ type: 'updateSettings', changes: { overlapMinShared: 2.5 } }).sv).toBe('Skriv ett heltal, inte 2,5.');
    expect(refusal({ type: 'updateSettings', changes: { overloadThreshold: Number('fem') } }).sv).toBe('Skriv ett tal med siffror, till exempel 3 eller 0,5.');
  });

  it('says a line to the same body as a sentence', () => {
    expect(refusal({ type: 'connectReport', line: { from: 'a' as BodyId, to: 'a' as BodyId } }).sv).toBe('Ett organ kan inte rapportera till sig självt.');
  });

  it('never starts with the path where the program found the problem', () => {
    const commands: Command[] = [
      body({ validFrom: '2023-02-30' }),
      body({ name: '' }),
      body({ kind: 'kommitté' }),
      body({ partOf: 'ks2' }),
      { type: 'updateSettings', changes: { overlapThreshold: 7 } },
      { type: 'connectReport', line: { from: 'a' as BodyId, to: 'x' as BodyId } },
    ];
    for (const c of commands) {
      const { sv, en } = refusal(c);
      for (const sentence of [sv, en]) {
        expect(sentence).not.toMatch(/changes|line\.|\w+\[\d+\]|^\w+\.\w+:/);
        expect(sentence).toMatch(/^[A-ZÅÄÖ"0-9]/);
        expect(sentence).toMatch(/[.!?]$/);
      }
    }
  });
});
