import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { matrixWorkbook } from '../../../shared/export/matrix';
import type { MandatModel } from '../../../shared/model/types';
import { makeAccountable, makeAssignment, makeBody, makeLine, makeModel, makeTask } from '../../factories';

/**
 * KS (political, accountable); BRA (administrative) reporting to KS; AG (operative) with no
 * line; X with no role. t1 clear; t2 with two A; t3 carried out by AG, which does not reach
 * KS; t4 not yet in force.
 */
function model(): MandatModel {
  return makeModel({
    bodies: [makeAccountable('ks'), makeBody('bra'), makeBody('ag', { level: 'operative' }), makeBody('x')],
    lines: [makeLine('bra', 'ks')],
    tasks: [makeTask('t1'), makeTask('t2'), makeTask('t3'), makeTask('t4', { validFrom: '2030-01-01' })],
    assignments: [
      makeAssignment('t1', 'ks', 'A'),
      makeAssignment('t1', 'bra', 'R'),
      makeAssignment('t1', 'ag', 'I'),
      makeAssignment('t2', 'ks', 'A'),
      makeAssignment('t2', 'bra', 'A'),
      makeAssignment('t2', 'bra', 'R'),
      makeAssignment('t3', 'ks', 'A'),
      makeAssignment('t3', 'bra', 'C'),
      makeAssignment('t3', 'ag', 'R'),
      makeAssignment('t4', 'x', 'A'),
    ],
  });
}

async function read(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

/** A sheet's cells as read back, row by row, `width` columns (an empty cell is null). */
function cells(sheet: ExcelJS.Worksheet, width: number): unknown[][] {
  const out: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => out.push(Array.from({ length: width }, (_, i) => row.getCell(i + 1).value ?? null)));
  return out;
}

describe('the spreadsheet export’s responsibility sheet', () => {
  it('has tasks as rows, the bodies with a role as columns by level, Swedish letters and each task’s clarity', async () => {
    const workbook = await read(await matrixWorkbook(model(), { asOf: '2022-06-01', lang: 'sv' }));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Matris', 'Organ', 'Rapportering', 'Fynd', 'Ansvar']);
    const sheet = workbook.getWorksheet('Ansvar') as ExcelJS.Worksheet;
    expect(cells(sheet, 8)).toEqual([
      ['Uppgift', 'KS', 'BRA', 'AG', 'Ansvarar (A), antal', 'Utför (U), antal', 'Utförarna når den ansvarige', 'Tydligt ansvar'],
      ['Task t1', 'A', 'U', 'I', 1, 1, 'Ja', 'Ja'],
      ['Task t2', 'A', 'UA', null, 2, 1, 'Nej', 'Nej'],
      ['Task t3', 'A', 'K', 'U', 1, 1, 'Nej', 'Nej'],
    ]);
    // The task column stays in view while scrolling right, the header while scrolling down.
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 1 });
  });

  it('says R/A/C/I in English, and takes the date: a task in force later shows then', async () => {
    const en = await read(await matrixWorkbook(model(), { asOf: '2022-06-01', lang: 'en' }));
    const sheet = en.getWorksheet('Responsibilities') as ExcelJS.Worksheet;
    expect(cells(sheet, 8)[0]).toEqual(['Task', 'KS', 'BRA', 'AG', 'Accountable (A), count', 'Responsible (R), count', 'Responsible reach accountable', 'Clear responsibility']);
    expect(cells(sheet, 8)[3]).toEqual(['Task t3', 'A', 'C', 'R', 1, 1, 'No', 'No']);
    const later = await read(await matrixWorkbook(model(), { asOf: '2030-06-01', lang: 'en' }));
    const rows = cells(later.getWorksheet('Responsibilities') as ExcelJS.Worksheet, 9);
    expect(rows[0]?.slice(0, 6)).toEqual(['Task', 'KS', 'BRA', 'X', 'AG', 'Accountable (A), count']);
    expect(rows[4]).toEqual(['Task t4', null, null, 'A', null, 1, 0, 'Yes', 'No']);
  });

  it('says so when no task is in force, and leaves a map without tasks as it was', async () => {
    const onlyLater: MandatModel = { ...model(), tasks: new Map([['t4', makeTask('t4', { validFrom: '2030-01-01' })]]) as MandatModel['tasks'] };
    const none = await read(await matrixWorkbook(onlyLater, { asOf: '2022-06-01', lang: 'sv' }));
    expect(none.getWorksheet('Ansvar')?.getCell('A2').value).toBe('Inget att visa: inga uppgifter gäller den 2022-06-01.');
    const without = await read(await matrixWorkbook({ ...model(), tasks: new Map(), assignments: new Map() }, { asOf: '2022-06-01', lang: 'sv' }));
    expect(without.worksheets.map((s) => s.name)).toEqual(['Matris', 'Organ', 'Rapportering', 'Fynd']);
  });
});
