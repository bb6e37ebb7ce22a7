import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readXlsx, writeXlsx, type WorkbookResult } from '../../../shared/workbook';
import type { MandatModel } from '../../../shared/model/types';
import { makeRichModel } from './richModel';

type Cell = ExcelJS.CellValue;

/** An .xlsx made the way Excel makes one: sheets of typed cells, `null` for an empty row. */
async function xlsxOf(sheets: Record<string, (Cell[] | null)[]>): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    rows.forEach((row, i) => {
      if (row) ws.getRow(i + 1).values = row;
    });
  }
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

function modelOf(result: WorkbookResult): MandatModel {
  if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 1));
  return result.model;
}

const utc = (y: number, m: number, d: number, h = 0) => new Date(Date.UTC(y, m - 1, d, h));

/** A workbook typed by hand in Excel: real dates, numbers, a rich text and a formula. */
function typedSheets(): Record<string, (Cell[] | null)[]> {
  return {
    Bodies: [
      ['Name', 'ID', 'Kind', 'Valid from', 'Valid to', 'Accountable', 'Former names'],
      ['Kommunstyrelsen', 'ks', 'Kommunstyrelse', utc(2019, 1, 1), null, true, null],
      null,
      [{ richText: [{ text: 'Rådet för ' }, { font: { bold: true }, text: 'trygghet' }] }, 'bra', 'råd', utc(2022, 1, 1), utc(2026, 12, 31, 13), 'nej', 'BRÅ||2021-12-31'],
    ],
    Memberships: [
      ['member', 'body', 'role', 'valid_from'],
      ['m1', 'bra', 'ordförande', utc(2023, 2, 28)],
    ],
    Members: [
      ['id', 'name'],
      ['m1', 'Pia'],
    ],
    Funding: [
      ['funder', 'receiver', 'year', 'amount_sek'],
      ['ks', 'bra', 2023, { formula: '1000*500', result: 500000 }],
      ['ks', 'bra', { formula: '2020+4', result: 2024 }, 1234.5],
    ],
  };
}

describe('reading an .xlsx made in Excel', () => {
  it('reads date cells as the date of their UTC parts', async () => {
    const m = modelOf(await readXlsx(await xlsxOf(typedSheets())));
    expect([m.bodies.get('ks')?.validFrom, m.bodies.get('bra')?.validFrom, m.bodies.get('bra')?.validTo]).toEqual(['2019-01-01', '2022-01-01', '2026-12-31']);
    expect([...m.memberships.values()][0]?.validFrom).toBe('2023-02-28');
  });

  it('reads numbers, formula results, booleans and rich text', async () => {
    const m = modelOf(await readXlsx(await xlsxOf(typedSheets())));
    expect([...m.fundingLines.values()].map((f) => [f.year, f.amountSek])).toEqual([
      [2023, 500_000],
      [2024, 1234.5],
    ]);
    expect([m.bodies.get('ks')?.accountable, m.bodies.get('bra')?.accountable]).toEqual([true, false]);
    expect(m.bodies.get('bra')?.name).toBe('Rådet för trygghet');
    expect(m.bodies.get('bra')?.formerNames).toEqual([{ name: 'BRÅ', shortName: '', validTo: '2021-12-31' }]);
  });

  it('names the spreadsheet row of a bad cell, counting empty rows', async () => {
    const sheets = typedSheets();
    sheets.Bodies?.push(null, ['Trasig', 'x', 'nämnd', 'snart', null, null, null]);
    const r = await readXlsx(await xlsxOf(sheets));
    expect(r.ok ? [] : r.errors.map((e) => [e.sheet, e.row, e.column, e.code])).toEqual([['Bodies', 6, 'Valid from', 'invalid-date']]);
  });
});

describe('what Excel users do to a workbook', () => {
  it('a cell merged across columns gives its value to its first column only; merged down a column, to every row', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Organ');
    ws.getRow(1).values = ['id', 'Namn', 'Kortnamn', 'Slag'];
    ws.getRow(2).values = ['ks', 'Kommunstyrelsen', 'KS', 'kommunstyrelse'];
    // The name typed over two columns, merged: the short name is not the name again.
    ws.getRow(3).values = ['bra', 'Brottsförebyggande rådet', null, 'råd'];
    ws.mergeCells('B3:C3');
    // One body merged down the rows of its members, as a list of members is often laid out.
    const ms = wb.addWorksheet('Medlemskap');
    ms.getRow(1).values = ['Organ', 'Ledamot'];
    ms.getRow(2).values = ['ks', 'm1'];
    ms.getRow(3).values = [null, 'm2'];
    ms.mergeCells('A2:A3');
    const people = wb.addWorksheet('Ledamöter');
    people.getRow(1).values = ['id', 'Namn'];
    people.getRow(2).values = ['m1', 'Anna'];
    people.getRow(3).values = ['m2', 'Bo'];
    const r = await readXlsx(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    expect([...modelOf(r).bodies.values()].map((b) => [b.name, b.shortName])).toEqual([
      ['Kommunstyrelsen', 'KS'],
      ['Brottsförebyggande rådet', ''],
    ]);
    expect([...modelOf(r).memberships.values()].map((m) => [m.member, m.body])).toEqual([
      ['m1', 'ks'],
      ['m2', 'ks'],
    ]);
  });

  it('a hidden sheet of the map is read, and said to be hidden; a hidden sheet of something else is left out as before', async () => {
    const wb = new ExcelJS.Workbook();
    const bodies = wb.addWorksheet('Organ');
    bodies.getRow(1).values = ['id', 'Namn', 'Slag'];
    bodies.getRow(2).values = ['ks', 'Kommunstyrelsen', 'kommunstyrelse'];
    const members = wb.addWorksheet('Ledamöter', { state: 'hidden' });
    members.getRow(1).values = ['id', 'Namn'];
    members.getRow(2).values = ['m1', 'Anna Andersson'];
    wb.addWorksheet('Listor', { state: 'veryHidden' }).getRow(1).values = ['Slag'];
    const r = await readXlsx(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    expect(modelOf(r).members.size).toBe(1);
    expect(r.ok && r.notices.map((n) => [n.sheet, n.code, n.message.sv])).toEqual([
      ['Ledamöter', 'hidden-sheet', 'bladet är dolt i arbetsboken men hör till kartan, så det lästes.'],
      ['Listor', 'unknown-sheet', 'bladet hör inte till en karta och lästes inte.'],
    ]);
  });
});

describe('a file that is not an .xlsx', () => {
  it.each([
    ['random bytes', new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8])],
    ['a CSV file', new TextEncoder().encode('id,name,kind\nks,KS,nämnd\n')],
    ['an empty file', new Uint8Array()],
  ])('gives one clear error for %s', async (_what, bytes) => {
    const r = await readXlsx(bytes);
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.errors.map((e) => [e.sheet, e.row, e.column, e.code, e.message.en])).toEqual([
      ['', null, null, 'not-xlsx', 'The file could not be read as an Excel workbook (.xlsx). Save it as .xlsx and try again.'],
    ]);
  });
});

describe('an .xlsx written by Mandat', () => {
  async function written(): Promise<ExcelJS.Workbook> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeXlsx(makeRichModel())) as never);
    return wb;
  }

  it('has the sheets in order, each with a frozen bold header row', async () => {
    const wb = await written();
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Bodies', 'Members', 'Memberships', 'Reporting', 'Initiatives', 'Funding', 'Acknowledgements', 'Documents', 'Coordination', 'Tasks', 'Assignments', 'Audits', 'Recommendations', 'Answers', 'Actions', 'Map']);
    for (const ws of wb.worksheets) {
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
    }
  });

  it('gives every column a width between 10 and 60 that fits its header', async () => {
    const ws = (await written()).getWorksheet('Bodies');
    const widths = ws?.columns.map((c) => c.width ?? 0) ?? [];
    expect(widths.length).toBe(18);
    expect(widths.every((w) => w >= 10 && w <= 60)).toBe(true);
    expect(ws?.getColumn(11).width).toBeGreaterThanOrEqual('required_members'.length);
  });

  it('writes years and amounts as numbers and other cells as text', async () => {
    const ws = (await written()).getWorksheet('Funding');
    const row = ws?.getRow(2);
    expect([typeof row?.getCell(5).value, typeof row?.getCell(6).value, typeof row?.getCell(2).value]).toEqual(['number', 'number', 'string']);
  });
});
