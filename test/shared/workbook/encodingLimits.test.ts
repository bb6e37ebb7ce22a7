import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { formatWorkbookError, readCsvFiles, readXlsx, WORKBOOK_LIMITS, type WorkbookResult } from '../../../shared/workbook';
import { decodeWindows1252 } from '../../../shared/workbook/decode';
import { readZipDirectory } from '../../../shared/workbook/limits';

const codes = (r: WorkbookResult) => (r.ok ? [] : r.errors.map((e) => e.code));

/** Runs `read` and says how long it took, in milliseconds. */
async function timed<T>(read: () => T | Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await read();
  return [result, performance.now() - start];
}

const BODIES = 'id;name;kind\nbra;Brottsförebyggande rådet;råd\nsoc;Socialnämnden i Eskilstuna;nämnd\n';

describe('CSV encodings', () => {
  it('reads Windows-1252, as Swedish Excel saves CSV, with å, ä and ö intact, and says so', () => {
    const r = readCsvFiles({ 'Organ.csv': new Uint8Array(Buffer.from(BODIES, 'latin1')) });
    expect(r.ok && r.model.bodies.get('bra')?.name).toBe('Brottsförebyggande rådet');
    expect(r.ok && r.notices.map((n) => [n.sheet, n.code])).toEqual([['Organ', 'not-utf8']]);
    expect(r.ok && formatWorkbookError(r.notices[0]!, 'sv')).toMatch(/^Organ: filen var inte UTF-8 och lästes som Windows-1252/);
  });

  it('reads Windows-1252’s own characters at 0x80–0x9F (– “ ” € … ‘ ’ •), which Node 20’s decoder turns into control characters', () => {
    // "Budget 2020–2023, “citat”, 5€ … ‘a’ • Š" in Windows-1252; å (0xE5) for the not-UTF-8 path.
    const bytes = Uint8Array.from([...Buffer.from('Budget 2020', 'latin1'), 0x96, ...Buffer.from('2023, ', 'latin1'), 0x93, ...Buffer.from('citat', 'latin1'), 0x94, ...Buffer.from(', 5', 'latin1'), 0x80, 0x20, 0x85, 0x20, 0x91, 0x61, 0x92, 0x20, 0x95, 0x20, 0x8a, 0x20, 0xe5]);
    expect(decodeWindows1252(bytes)).toBe('Budget 2020–2023, “citat”, 5€ … ‘a’ • Š å');
    const csv = Buffer.concat([Buffer.from('id;name;kind;notes\nbra;Rådet;råd;', 'latin1'), Buffer.from(bytes)]);
    const r = readCsvFiles({ 'Organ.csv': new Uint8Array(csv) });
    expect(r.ok && r.model.bodies.get('bra')?.notes).toBe('Budget 2020–2023, “citat”, 5€ … ‘a’ • Š å');
    // The five bytes Windows-1252 leaves undefined stay what the Encoding Standard makes them.
    expect([...decodeWindows1252(Uint8Array.from([0x81, 0x8d, 0x8f, 0x90, 0x9d]))].map((c) => c.charCodeAt(0))).toEqual([0x81, 0x8d, 0x8f, 0x90, 0x9d]);
  });

  it('reads UTF-8 strictly, with or without a byte order mark, and says nothing', () => {
    for (const bytes of [Buffer.from(BODIES, 'utf8'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(BODIES, 'utf8')])]) {
      const r = readCsvFiles({ 'Organ.csv': new Uint8Array(bytes) });
      expect(r.ok && [r.model.bodies.get('bra')?.name, r.notices]).toEqual(['Brottsförebyggande rådet', []]);
    }
  });

  it('reads UTF-16 with its byte order mark (Excel’s Unicode text)', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(BODIES.replaceAll(';', '\t'), 'utf16le')]);
    const r = readCsvFiles({ 'Organ.csv': new Uint8Array(bytes) });
    expect(r.ok && r.model.bodies.get('soc')?.name).toBe('Socialnämnden i Eskilstuna');
  });

  it('finds the separator of each file', () => {
    const r = readCsvFiles({ 'Organ.csv': 'id,name,kind\nks,"KS; styrelsen",nämnd\n', 'Ledamöter.csv': 'id;Namn\nm1;Berg, Anna\n' });
    expect(r.ok && [r.model.bodies.get('ks')?.name, r.model.members.get('m1')?.name]).toEqual(['KS; styrelsen', 'Berg, Anna']);
  });
});

describe('limits checked before parsing', () => {
  it('refuse CSV files over the size limit at once, naming the limit', async () => {
    const big = 'id;name;kind\n' + 'x'.repeat(WORKBOOK_LIMITS.csvBytes);
    const [r, ms] = await timed(() => readCsvFiles({ 'Organ.csv': big }));
    expect(codes(r)).toEqual(['too-large']);
    expect(!r.ok && r.errors[0]?.message.sv).toBe('CSV-filerna är 10 MB tillsammans; gränsen är 10 MB.');
    expect(ms).toBeLessThan(1000);
  });

  it('refuse a sheet with too many rows, and an import with too many cells', async () => {
    const rows = 'id;name;kind\n' + 'a;b;c\n'.repeat(WORKBOOK_LIMITS.rows + 1);
    const [r, ms] = await timed(() => readCsvFiles({ 'Organ.csv': rows }));
    expect(!r.ok && r.errors.map((e) => [e.sheet, e.code, e.message.en])).toEqual([
      ['Organ', 'too-many-rows', 'the sheet has content down to row 50,002; the limit is 50,000 rows. Remove what stands further down, or split the sheet.'],
    ]);
    expect(ms).toBeLessThan(1000);
    const wide = 'id;name;kind' + ';'.repeat(99) + '\n' + ('x' + ';'.repeat(101) + '\n').repeat(WORKBOOK_LIMITS.cells / 102 + 1);
    const [c, cms] = await timed(() => readCsvFiles({ 'Organ.csv': wide }));
    expect(codes(c)).toEqual(['too-many-cells']);
    expect(cms).toBeLessThan(1000);
  });

  it('count rows down to the last with content: empty rows Excel keeps for their formatting are no rows of the map', async () => {
    // CSV: Excel writes a formatted empty row as a line of separators.
    const csv = 'id;name;kind\nks;Kommunstyrelsen;kommunstyrelse\n' + ';;\n'.repeat(WORKBOOK_LIMITS.rows + 10);
    const r = readCsvFiles({ 'Organ.csv': csv });
    expect(r.ok && r.model.bodies.size).toBe(1);
    // Nor are their separators cells: wide formatted rows below the table pass the cell limit too.
    const wide = 'id;name;kind\nks;Kommunstyrelsen;kommunstyrelse\n' + ';;;;;;;;;;;;;;;;;;;\n'.repeat(WORKBOOK_LIMITS.cells / 20 + 10);
    const w = readCsvFiles({ 'Organ.csv': wide });
    expect(w.ok ? w.model.bodies.size : w.errors.map((e) => e.code)).toBe(1);
    // .xlsx: a cell at the sheet's last row with a fill and no value (a whole column coloured).
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Organ');
    sheet.addRow(['id', 'name', 'kind']);
    sheet.addRow(['ks', 'Kommunstyrelsen', 'kommunstyrelse']);
    sheet.getCell('A1048576').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
    expect(sheet.rowCount).toBe(1_048_576);
    const [x, ms] = await timed(async () => readXlsx(new Uint8Array(await book.xlsx.writeBuffer())));
    expect(x.ok && x.model.bodies.size).toBe(1);
    expect(ms).toBeLessThan(5000);
    // A value that far down still counts, and the message says where it is.
    sheet.getCell('A1048576').value = 'glömd';
    const far = await readXlsx(new Uint8Array(await book.xlsx.writeBuffer()));
    expect(far.ok ? [] : far.errors.map((e) => e.message.sv)).toEqual([
      'bladet har innehåll ända ner till rad 1\u00a0048\u00a0576; gränsen är 50\u00a0000 rader. Ta bort det som står längre ner, eller dela upp bladet.',
    ]);
  });

  it('count rows and cells with their quotes: a line break inside quotes is no new row', () => {
    const r = readCsvFiles({ 'Organ.csv': 'id;name;kind\nks;"Kommun-\nstyrelsen; KS";nämnd\n' });
    expect(r.ok && r.model.bodies.get('ks')?.name).toBe('Kommun-\nstyrelsen; KS');
  });

  it('refuse an .xlsx over the size limit', async () => {
    const [r, ms] = await timed(() => readXlsx(new Uint8Array(WORKBOOK_LIMITS.xlsxBytes + 1)));
    expect(codes(r)).toEqual(['too-large']);
    expect(ms).toBeLessThan(1000);
  });

  it('refuse an .xlsx that unpacks to more than the limit, from its zip directory, before unpacking', async () => {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types/>');
    zip.file('xl/worksheets/sheet1.xml', new Uint8Array(WORKBOOK_LIMITS.xlsxInflatedBytes + 1));
    const bomb = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    expect(bomb.length).toBeLessThan(WORKBOOK_LIMITS.xlsxBytes / 10);
    // Two files and the two folders JSZip lists.
    expect(readZipDirectory(bomb)).toEqual({ entries: 4, inflated: WORKBOOK_LIMITS.xlsxInflatedBytes + 1 + 8 });
    const [r, ms] = await timed(() => readXlsx(bomb));
    expect(codes(r)).toEqual(['too-large']);
    expect(!r.ok && r.errors[0]?.message.en).toBe('The workbook unpacks to 50 MB; the limit is 50 MB.');
    expect(ms).toBeLessThan(1000);
  });

  it('let a real workbook through the zip check', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Organ').addRows([['id', 'Namn', 'Slag'], ['ks', 'Kommunstyrelsen', 'Kommunstyrelse']]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const dir = readZipDirectory(bytes);
    expect(dir && dir.entries).toBeGreaterThan(3);
    const r = await readXlsx(bytes);
    expect(r.ok && r.model.bodies.get('ks')?.kind).toBe('executive_board');
  });
});

describe('.xlsx cells without a value', () => {
  it('are errors naming the sheet and cell: a formula with no saved result, and an error value', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Organ');
    sheet.addRows([['id', 'Namn', 'Slag'], ['ks', 'Kommunstyrelsen', 'nämnd'], ['bra', '', 'råd']]);
    sheet.getCell('B3').value = { formula: 'B2&" råd"' } as ExcelJS.CellFormulaValue;
    sheet.getCell('C2').value = { error: '#REF!' } as ExcelJS.CellErrorValue;
    const r = await readXlsx(new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(!r.ok && r.errors.map((e) => [e.sheet, e.row, e.column, e.code])).toEqual([
      ['Organ', 2, null, 'unreadable-cell'],
      ['Organ', 3, null, 'unreadable-cell'],
    ]);
    expect(!r.ok && r.errors.map((e) => formatWorkbookError(e, 'sv'))).toEqual([
      'Organ, rad 2: cellen C2 har felvärdet #REF!; rätta det i arbetsboken.',
      'Organ, rad 3: cellen B3 har en formel utan sparat värde; öppna arbetsboken i Excel, spara den och försök igen (eller skriv in värdet).',
    ]);
  });

  it('read a formula by its saved result', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Organ');
    sheet.addRows([['id', 'Namn', 'Slag'], ['ks', '', 'nämnd']]);
    sheet.getCell('B2').value = { formula: '"Kommun"&"styrelsen"', result: 'Kommunstyrelsen' } as ExcelJS.CellFormulaValue;
    const r = await readXlsx(new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(r.ok && r.model.bodies.get('ks')?.name).toBe('Kommunstyrelsen');
  });
});
