import { describe, expect, it } from 'vitest';
import type { InitiativeId, MemberId } from '../../../shared/model/ids';
import { modelToSheets, readXlsx, sheetsToModel, writeXlsx, type WorkbookResult } from '../../../shared/workbook';
import type { MandatModel } from '../../../shared/model/types';
import { makeAccountable, makeAssignment, makeBody, makeInitiative, makeMember, makeModel, makeTask } from '../../factories';

function modelOf(result: WorkbookResult): MandatModel {
  if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.errors, null, 1)}`);
  return result.model;
}

/** KS, the council and a member; a task on an initiative with every role, one of them a member's. */
function tasksModel(language: 'sv' | 'en'): MandatModel {
  const m = makeModel({
    bodies: [makeAccountable('ks'), makeBody('bra', { name: 'Brottsförebyggande rådet', shortName: 'BRÅ' })],
    members: [makeMember('m1')],
    initiatives: [makeInitiative('i1', { name: 'Trygga unga' })],
    tasks: [makeTask('t1', { name: 'Följa upp Trygga unga', initiative: 'i1' as InitiativeId, validFrom: '2021-01-01', libraryKey: 'follow_up_initiative', notes: '2023, 3.1.4' })],
    assignments: [
      makeAssignment('t1', 'ks', 'A', { source: 'KS-svar, rek. 1' }),
      makeAssignment('t1', 'bra', 'R'),
      makeAssignment('t1', 'ks', 'I', { id: 'raci-i' as never, validTo: '2022-12-31' }),
      { ...makeAssignment('t1', 'x', 'C'), id: 'raci-m1' as never, body: null, member: 'm1' as MemberId },
    ],
  });
  return { ...m, settings: { ...m.settings, language, accountableTaskThreshold: 3 } };
}

describe('tasks and assignments in a workbook', () => {
  it('round-trip through the sheets in English and through .xlsx in Swedish', async () => {
    expect(modelOf(sheetsToModel(modelToSheets(tasksModel('en'))))).toEqual(tasksModel('en'));
    expect(modelOf(await readXlsx(await writeXlsx(tasksModel('sv'))))).toEqual(tasksModel('sv'));
  });

  it('are written on the Swedish sheets Uppgifter and Ansvar with the letters U/A/K/I', () => {
    const sheets = modelToSheets(tasksModel('sv'));
    expect(sheets.Uppgifter?.[0]).toContain('Namn');
    const header = sheets.Ansvar?.[0] ?? [];
    const role = header.indexOf('Roll');
    expect(role).toBeGreaterThan(-1);
    expect((sheets.Ansvar ?? []).slice(1).map((r) => r[role]).sort()).toEqual(['A', 'I', 'K', 'U']);
  });

  it('read U/A/K/I, R/A/C/I and the Swedish words alike', () => {
    const r = sheetsToModel({
      Organ: [['id', 'Namn', 'Slag'], ['ks', 'Kommunstyrelsen', 'Kommunstyrelse'], ['bra', 'Rådet', 'Råd']],
      Uppgifter: [['id', 'Namn'], ['t1', 'Samordna']],
      Ansvar: [
        ['Uppgift', 'Organ', 'Roll'],
        ['t1', 'ks', 'A'],
        ['t1', 'bra', 'U'],
        ['t1', 'Rådet', 'konsulteras'],
        ['t1', 'ks', 'i'],
        ['t1', 'bra', 'R'],
      ],
    });
    const roles = [...modelOf(r).assignments.values()].map((a) => `${a.body}:${a.role}`);
    expect(roles).toEqual(['ks:A', 'bra:R', 'bra:C', 'ks:I', 'bra:R']);
  });

  it('refuse a role that is no letter or word of the matrix, in the reader’s language', () => {
    const r = sheetsToModel({ Organ: [['id', 'Namn', 'Slag'], ['ks', 'KS', 'Kommunstyrelse']], Uppgifter: [['id', 'Namn'], ['t1', 'Samordna']], Ansvar: [['Uppgift', 'Organ', 'Roll'], ['t1', 'ks', 'X']] });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors[0]?.message.sv).toMatch(/X/);
    expect(!r.ok && r.errors[0]?.column).toBe('Roll');
  });
});
