import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyse } from '../../../shared/analysis/analyse';
import { matrixCsv, matrixTable, matrixWorkbook, membershipMatrix, type MatrixOptions } from '../../../shared/export/matrix';
import { detailSheets } from '../../../shared/export/matrixSheets';
import { restoreText } from '../../../shared/file/restore';
import type { AcknowledgementId, BodyId, MembershipId } from '../../../shared/model/ids';
import type { MandatModel } from '../../../shared/model/types';
import { LEVELS } from '../../../shared/model/vocabulary';
import { makeAccountable, makeBody, makeLine, makeMember, makeMembership, makeModel } from '../../factories';

/**
 * A small map with each case the matrix must get right: a renamed body, a dissolved
 * one, a member with two roles in one body, invited guests, memberships that end or
 * begin, a name that needs CSV quotes and a member who sits nowhere.
 */
function committeeModel(): MandatModel {
  const model = makeModel({
    bodies: [
      makeAccountable('ks', { name: 'Kommunstyrelsen', shortName: 'KS' }),
      makeBody('bn', { kind: 'committee', level: 'political', name: 'Barnnämnden', shortName: 'BN', mandate: { text: 'Barn och skola', decidedBy: 'ks' as BodyId, decisionRef: 'KS 2019-05-02 § 7', requiredMembers: [] } }),
      makeBody('rad', {
        kind: 'council',
        level: 'political',
        name: 'Trygghetsrådet',
        shortName: 'TR',
        formerNames: [{ name: 'Brottsförebyggande rådet', shortName: 'BRÅ', validTo: '2021-12-31' }],
      }),
      makeBody('sg', { kind: 'steering_group', level: 'administrative', name: 'Styrgruppen', shortName: 'SG' }),
      makeBody('op', { level: 'operative', name: 'Arbetsgruppen', shortName: 'AG' }),
      makeBody('ext', { kind: 'external_organisation', level: 'external', name: 'Polisen', shortName: '' }),
      makeBody('old', { level: 'administrative', name: 'Avvecklade gruppen', validTo: '2020-12-31' }),
    ],
    members: [
      makeMember('anna', { name: 'Anna Ek', title: 'Kommunstyrelsens ordförande', organisation: 'Kommunen' }),
      makeMember('bo', { name: 'Bo Ås', title: 'Kommundirektör', organisation: 'Kommunledningskontoret' }),
      makeMember('cia', { name: 'Cia Berg, "CB"', title: 'Kommunpolis', organisation: 'Polisen\nLPO Eskilstuna' }),
      makeMember('dan', { name: 'Dan Öst' }),
      makeMember('eva', { name: 'Eva Al' }),
      makeMember('nobody', { name: 'Ingen Alls' }),
    ],
    memberships: [
      makeMembership('anna', 'ks', { role: 'secretary', id: 'ms-anna-ks-2' as MembershipId }),
      makeMembership('anna', 'ks', { role: 'chair' }),
      makeMembership('anna', 'rad'),
      makeMembership('bo', 'ks'),
      makeMembership('bo', 'sg', { role: 'chair' }),
      makeMembership('bo', 'op', { role: 'invited' }),
      makeMembership('bo', 'old'),
      makeMembership('cia', 'ext'),
      makeMembership('cia', 'sg', { role: 'invited' }),
      makeMembership('cia', 'rad'),
      makeMembership('dan', 'ks', { validTo: '2020-12-31' }),
      makeMembership('dan', 'sg', { validFrom: '2022-01-01' }),
      makeMembership('eva', 'sg', { role: 'invited' }),
    ],
    lines: [
      makeLine('bn', 'ks'),
      makeLine('sg', 'ks', { kind: 'informs', documented: 'no', frequency: '', form: 'muntligt' }),
      makeLine('op', 'old'),
      makeLine('ext', 'ks', { validTo: '2020-12-31' }),
    ],
  });
  const ack = { id: 'ack-1' as AcknowledgementId, findingKey: 'empty-body:bn', reason: 'Ledamöter väljs i höst', by: 'Anna Ek', at: '2021-05-01T10:00:00.000Z' };
  return { ...model, acknowledgements: new Map([[ack.id, ack]]) };
}

const model = committeeModel();
const sv = (asOf: string, more: Partial<MatrixOptions> = {}): MatrixOptions => ({ asOf, lang: 'sv', ...more });

const sampleText = readFileSync(join(__dirname, '../../../examples/eskilstuna.mandat'), 'utf8');
const restored = restoreText(sampleText);
if (!restored.ok) throw new Error(restored.error.message.en);
const sample = restored.model;

/** An .xlsx loaded back with exceljs. */
async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

/** A sheet's cells as text, row by row (blank cells as ''). */
function textOf(sheet: ExcelJS.Worksheet, width: number): string[][] {
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, n) => {
    rows[n - 1] = Array.from({ length: width }, (_, i) => {
      const v = row.getCell(i + 1).value;
      return v === null || v === undefined ? '' : String(v);
    });
  });
  return Array.from(rows, (r) => r ?? Array.from({ length: width }, () => ''));
}

const asText = (rows: (string | number)[][]): string[][] => rows.map((r) => r.map(String));

describe('membershipMatrix', () => {
  it('shows members by shown bodies on the date, with roles and counts that leave invited guests out', () => {
    expect(matrixTable(membershipMatrix(model, { asOf: '2021-06-01' }, 'sv'))).toEqual([
      ['Namn', 'Titel', 'Organisation', 'Barnnämnden', 'Brottsförebyggande rådet', 'Kommunstyrelsen', 'Styrgruppen', 'Arbetsgruppen', 'Polisen', 'Antal organ (inbjudna räknas inte)'],
      ['Anna Ek', 'Kommunstyrelsens ordförande', 'Kommunen', '', 'Ledamot', 'Ordförande, Sekreterare', '', '', '', 2],
      ['Bo Ås', 'Kommundirektör', 'Kommunledningskontoret', '', '', 'Ledamot', 'Ordförande', 'Bjuds in vid behov', '', 2],
      ['Cia Berg, "CB"', 'Kommunpolis', 'Polisen\nLPO Eskilstuna', '', 'Ledamot', '', 'Bjuds in vid behov', '', 'Ledamot', 2],
      ['Eva Al', '', '', '', '', '', 'Bjuds in vid behov', '', '', 0],
      ['Antal ledamöter (inbjudna räknas inte)', '', '', 0, 2, 2, 1, 0, 1, ''],
    ]);
  });

  it('uses the names of the date and the memberships valid on it, both ends included', () => {
    const later = membershipMatrix(model, { asOf: '2022-06-01' }, 'sv');
    expect(later.columns.map((c) => c.view.name)).toEqual(['Barnnämnden', 'Kommunstyrelsen', 'Trygghetsrådet', 'Styrgruppen', 'Arbetsgruppen', 'Polisen']);
    expect(later.rows.map((r) => r.name)).toEqual(['Anna Ek', 'Bo Ås', 'Cia Berg, "CB"', 'Dan Öst', 'Eva Al']);
    expect(later.rows.find((r) => r.id === 'dan')).toMatchObject({ cells: ['', '', '', 'Ledamot', '', ''], count: 1 });
    expect(later.columns.map((c) => c.count)).toEqual([0, 2, 2, 2, 0, 1]);
    // The last day of a membership and of a body still counts.
    const lastDay = membershipMatrix(model, { asOf: '2020-12-31' }, 'sv');
    expect(lastDay.columns.map((c) => c.view.body.id)).toContain('old');
    const dan = lastDay.rows.find((r) => r.id === 'dan');
    expect(dan?.cells[lastDay.columns.findIndex((c) => c.view.body.id === 'ks')]).toBe('Ledamot');
    expect(membershipMatrix(model, { asOf: '2021-01-01' }, 'sv').rows.some((r) => r.id === 'dan')).toBe(false);
  });

  it('follows the level and selection filters', () => {
    const levels = membershipMatrix(model, { asOf: '2021-06-01', levels: ['administrative', 'operative'] }, 'sv');
    expect(levels.columns.map((c) => c.view.body.id)).toEqual(['sg', 'op']);
    expect(levels.rows.map((r) => r.id)).toEqual(['bo', 'cia', 'eva']);
    const selection = membershipMatrix(model, { asOf: '2021-06-01', selection: ['ks'] }, 'sv');
    expect(matrixTable(selection).map((r) => r.slice(3))).toEqual([
      ['Kommunstyrelsen', 'Antal organ (inbjudna räknas inte)'],
      ['Ordförande, Sekreterare', 1],
      ['Ledamot', 1],
      [2, ''],
    ]);
  });

  it('says it in English', () => {
    const table = matrixTable(membershipMatrix(model, { asOf: '2021-06-01' }, 'en'));
    expect(table[0]).toEqual(['Name', 'Title', 'Organisation', 'Barnnämnden', 'Brottsförebyggande rådet', 'Kommunstyrelsen', 'Styrgruppen', 'Arbetsgruppen', 'Polisen', 'Bodies (invited not counted)']);
    expect(table[1]?.[5]).toBe('Chair, Secretary');
    expect(table[2]?.[7]).toBe('Invited when needed');
    expect(table[5]?.[0]).toBe('Members (invited not counted)');
    expect(membershipMatrix(model, { asOf: '2021-06-01' }, 'en').note).toContain('"Invited when needed" is shown but not counted');
  });

  it('says there is nothing to show for no bodies or no members', () => {
    expect(matrixTable(membershipMatrix(model, { asOf: '2021-06-01', selection: ['nothing-here'] }, 'sv'))).toEqual([
      ['Inget att visa: inga organ den 2021-06-01 med de valda filtren.'],
    ]);
    expect(matrixTable(membershipMatrix(model, { asOf: '2021-06-01', selection: ['bn'] }, 'en'))).toEqual([
      ['Nothing to show: no members in the shown bodies on 2021-06-01 with the chosen filters.'],
    ]);
  });

  it('gives the sample map its known members on both dates', () => {
    const before = membershipMatrix(sample, { asOf: '2021-09-26' }, 'sv');
    expect([before.rows.length, before.columns.length]).toEqual([17, 26]);
    const bra = before.columns.findIndex((c) => c.view.body.id === 'bra');
    expect(before.columns[bra]).toMatchObject({ view: { name: 'Lokala brottsförebyggande rådet' }, count: 11 });
    expect(before.rows.find((r) => r.name === 'Kommundirektör')?.cells[bra]).toBe('Ordförande');
    expect(before.rows.find((r) => r.name === 'Lokalpolisområdeschef')?.count).toBe(1);
    const after = membershipMatrix(sample, { asOf: '2023-06-01' }, 'sv');
    expect([after.rows.length, after.columns.length]).toEqual([7, 26]);
    expect(after.columns.map((c) => c.view.body.id)).toContain('tb');
    expect(after.columns.find((c) => c.view.body.id === 'lg')?.count).toBe(4);
    expect(after.rows.find((r) => r.name === 'Kommunpolis')).toMatchObject({ count: 0 });
    // Political first, external last.
    expect(after.columns.map((c) => c.view.body.level)).toEqual([...after.columns.map((c) => c.view.body.level)].sort((a, b) => LEVELS.indexOf(a) - LEVELS.indexOf(b)));
    expect(after.columns[0]?.view.body.level).toBe('political');
    expect(after.columns.at(-1)?.view.body.level).toBe('external');
  });
});

describe('detail sheets', () => {
  it('lists the shown bodies with mandate, decider and the members the matrix counts', () => {
    const [bodies] = detailSheets(model, sv('2021-06-01'));
    expect(bodies?.name).toBe('Organ');
    expect(bodies?.header).toEqual(['Namn', 'Kortnamn', 'Typ', 'Nivå', 'Mandat', 'Beslutat av', 'Beslut', 'Ledamöter (inbjudna räknas inte)']);
    expect(bodies?.rows.map((r) => r[0])).toEqual(['Barnnämnden', 'Brottsförebyggande rådet', 'Kommunstyrelsen', 'Styrgruppen', 'Arbetsgruppen', 'Polisen']);
    expect(bodies?.rows[0]).toEqual(['Barnnämnden', 'BN', 'Nämnd', 'Politisk', 'Barn och skola', 'Kommunstyrelsen', 'KS 2019-05-02 § 7', 0]);
    // Anna is chair and secretary of KS: one member.
    expect(bodies?.rows[2]?.[7]).toBe(2);
    expect(bodies?.rows[1]?.slice(0, 2)).toEqual(['Brottsförebyggande rådet', 'BRÅ']);
  });

  it('lists the reporting lines between shown bodies valid on the date', () => {
    const reporting = detailSheets(model, sv('2021-06-01'))[1];
    expect(reporting?.header).toEqual(['Från', 'Till', 'Typ', 'Frekvens', 'Form', 'Dokumenterad']);
    expect(reporting?.rows).toEqual([
      ['Barnnämnden', 'Kommunstyrelsen', 'Rapporterar till', '2 gånger per år', 'skriftlig rapport', 'Dokumenterad'],
      ['Styrgruppen', 'Kommunstyrelsen', 'Informerar', '', 'muntligt', 'Inte dokumenterad'],
    ]);
    expect(detailSheets(model, sv('2021-06-01', { selection: ['ks'] }))[1]?.empty).toBe('Inget att visa: inga rapporteringsvägar den 2021-06-01 med de valda filtren.');
  });

  it('lists the findings, acknowledged ones last with their reason, and only those about shown bodies when filtered', () => {
    const result = analyse(model, { asOf: '2021-06-01' });
    expect(result.acknowledged).toHaveLength(1);
    const findings = detailSheets(model, { asOf: '2021-06-01', lang: 'en' })[2];
    expect(findings?.name).toBe('Findings');
    expect(findings?.header).toEqual(['Severity', 'Rule', 'Message', 'Fix', 'Acknowledged', 'Reason']);
    expect(findings?.rows).toHaveLength(result.findings.length + 1);
    expect(findings?.rows.at(-1)).toEqual(['Warning', 'Body without members', result.acknowledged[0]?.finding.message.en, result.acknowledged[0]?.finding.fix.en, 'Yes', 'Ledamöter väljs i höst']);
    expect(findings?.rows.slice(0, -1).every((r) => r[4] === 'No' && r[5] === '')).toBe(true);
    const filtered = detailSheets(model, { asOf: '2021-06-01', lang: 'en', selection: ['bn'] })[2];
    expect(filtered?.rows.length).toBeLessThan(findings?.rows.length ?? 0);
    // Messages name a body by its short name.
    expect(filtered?.rows.some((r) => String(r[2]).startsWith('SG '))).toBe(false);
    expect(findings?.rows.some((r) => String(r[2]).startsWith('SG '))).toBe(true);
    expect(filtered?.rows.some((r) => String(r[2]).startsWith('BN '))).toBe(true);
    expect(detailSheets(model, { asOf: '2021-06-01', lang: 'en', findings: false })).toHaveLength(2);
  });
});

describe('matrixWorkbook', () => {
  it('has the matrix with frozen header row and name column, bold rotated headers, and the other sheets with filters', async () => {
    const options = sv('2021-06-01');
    const workbook = await load(await matrixWorkbook(model, options));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Matris', 'Organ', 'Rapportering', 'Fynd']);
    const matrix = workbook.getWorksheet('Matris') as ExcelJS.Worksheet;
    expect(matrix.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 1 });
    const table = asText(matrixTable(membershipMatrix(model, options, 'sv')));
    expect(textOf(matrix, 10).slice(0, table.length)).toEqual(table);
    expect(textOf(matrix, 10)[table.length + 1]?.[0]).toContain('"Bjuds in vid behov" visas men räknas inte');
    expect(matrix.getCell('A1').font?.bold).toBe(true);
    expect(matrix.getCell('D1').alignment?.textRotation).toBe(90);
    expect(matrix.getCell('J2').value).toBe(2);
    expect(matrix.getCell('F2').value).toBe('Ordförande, Sekreterare');
    expect(matrix.getCell('D2').value).toBeNull();
    expect(matrix.getColumn(1).width).toBeGreaterThan(9);
    for (const name of ['Organ', 'Rapportering', 'Fynd']) {
      const sheet = workbook.getWorksheet(name) as ExcelJS.Worksheet;
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.autoFilter).toBeTruthy();
      expect(sheet.getCell('A1').font?.bold).toBe(true);
    }
    const bodies = workbook.getWorksheet('Organ') as ExcelJS.Worksheet;
    expect(textOf(bodies, 8)[0]).toEqual(['Namn', 'Kortnamn', 'Typ', 'Nivå', 'Mandat', 'Beslutat av', 'Beslut', 'Ledamöter (inbjudna räknas inte)']);
    expect(bodies.getCell('H4').value).toBe(2);
  });

  it('names sheets and headers in English', async () => {
    const workbook = await load(await matrixWorkbook(model, { asOf: '2021-06-01', lang: 'en' }));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Matrix', 'Bodies', 'Reporting lines', 'Findings']);
    expect(textOf(workbook.getWorksheet('Matrix') as ExcelJS.Worksheet, 3)[0]).toEqual(['Name', 'Title', 'Organisation']);
    expect(textOf(workbook.getWorksheet('Reporting lines') as ExcelJS.Worksheet, 6)[0]).toEqual(['From', 'To', 'Kind', 'Frequency', 'Form', 'Documented']);
  });

  it('says there is nothing to show instead of breaking on an empty view', async () => {
    const none = await load(await matrixWorkbook(makeModel(), sv('2021-06-01')));
    expect(none.worksheets.map((s) => s.name)).toEqual(['Matris', 'Organ', 'Rapportering', 'Fynd']);
    expect(none.getWorksheet('Matris')?.getCell('A1').value).toBe('Inget att visa: inga organ den 2021-06-01 med de valda filtren.');
    expect(none.getWorksheet('Organ')?.getCell('A2').value).toBe('Inget att visa: inga organ den 2021-06-01 med de valda filtren.');
    const seatless = await load(await matrixWorkbook(model, { asOf: '2021-06-01', lang: 'en', selection: ['bn'] }));
    expect(seatless.getWorksheet('Matrix')?.getCell('A1').value).toBe('Nothing to show: no members in the shown bodies on 2021-06-01 with the chosen filters.');
    expect(seatless.getWorksheet('Bodies')?.getCell('A2').value).toBe('Barnnämnden');
  });
});

describe('matrixCsv', () => {
  const parse = (csv: string): string[][] => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

  it('is UTF-8 with a BOM, separated by semicolons in Swedish (Swedish Excel’s separator) with CRLF, and parses back to the same table', () => {
    const options = sv('2021-06-01');
    const csv = matrixCsv(model, options);
    expect(csv.startsWith('\uFEFFNamn;Titel;Organisation;')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    // RFC 4180: the quotes and the line break stay inside one quoted cell; a comma needs no quotes here.
    expect(csv).toContain('"Cia Berg, ""CB""";Kommunpolis;"Polisen\nLPO Eskilstuna"');
    expect(parse(csv)).toEqual(asText(matrixTable(membershipMatrix(model, options, 'sv'))));
  });

  it('has English headers in English and says when there is nothing to show', () => {
    expect(parse(matrixCsv(model, { asOf: '2021-06-01', lang: 'en' }))[0]?.slice(0, 3)).toEqual(['Name', 'Title', 'Organisation']);
    expect(matrixCsv(model, { asOf: '2021-06-01', lang: 'en' }).startsWith('\uFEFFName,Title,Organisation,')).toBe(true);
    expect(matrixCsv(makeModel(), { asOf: '2021-06-01', lang: 'en' })).toBe('\uFEFFNothing to show: no bodies on 2021-06-01 with the chosen filters.\r\n');
  });

  it('gives the sample map 17 members by 26 bodies plus header and totals', () => {
    const rows = parse(matrixCsv(sample, sv('2021-09-26')));
    expect(rows).toHaveLength(1 + 17 + 1);
    expect(rows.every((r) => r.length === 3 + 26 + 1)).toBe(true);
  });
});

/** Runs Debian's LibreOffice on a file; fails with one sentence when it is not installed. */
function convert(dir: string, file: string, to: string): void {
  try {
    execFileSync('which', ['libreoffice'], { stdio: 'ignore' });
  } catch {
    throw new Error("LibreOffice is not installed: install Debian's libreoffice-calc (apt-get install libreoffice-calc) to run this test.");
  }
  // Its own profile, so a running LibreOffice or a parallel test cannot lock it.
  const profile = pathToFileURL(mkdtempSync(join(tmpdir(), 'lo-'))).href;
  try {
    execFileSync('libreoffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', to, '--outdir', dir, file], { timeout: 120_000, stdio: 'pipe' });
  } finally {
    rmSync(new URL(profile), { recursive: true, force: true });
  }
}

/** The text of a PDF by poppler's pdftotext, white space made single spaces. */
function pdfText(pdf: string): string {
  try {
    execFileSync('which', ['pdftotext'], { stdio: 'ignore' });
  } catch {
    throw new Error("pdftotext is not installed: install Debian's poppler-utils (apt-get install poppler-utils) to run this test.");
  }
  return execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

describe('LibreOffice Calc reads the workbook', () => {
  let dir = '';
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'matrix-'));
    writeFileSync(join(dir, 'sample.xlsx'), await matrixWorkbook(sample, sv('2021-09-26')));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('converts it to a PDF with the body and member names', () => {
    convert(dir, join(dir, 'sample.xlsx'), 'pdf');
    const pdf = join(dir, 'sample.pdf');
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(pdf);
    for (const name of ['Kommunstyrelsen', 'Strategisk operativ grupp', 'Lokala brottsförebyggande rådet', 'Lokalpolisområdeschef', 'Kommundirektör', 'Iakttagelse']) expect(text).toContain(name);
  }, 150_000);

  it('converts its matrix to CSV cell for cell', () => {
    // 44 = comma, 34 = double quote, 76 = UTF-8, 1 = start at line 1.
    convert(dir, join(dir, 'sample.xlsx'), 'csv:Text - txt - csv (StarCalc):44,34,76,1');
    const rows = Papa.parse<string[]>(readFileSync(join(dir, 'sample.csv'), 'utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    const trim = (r: readonly string[]) => {
      const out = [...r];
      while (out.length > 0 && out[out.length - 1] === '') out.pop();
      return out;
    };
    const table = asText(matrixTable(membershipMatrix(sample, sv('2021-09-26'), 'sv')));
    expect(rows.slice(0, table.length).map(trim)).toEqual(table.map(trim));
  }, 150_000);
});
