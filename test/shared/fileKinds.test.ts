// The kinds of file Mandat opens (shared/file/kinds.ts) and which reader reads which file
// (shared/file/readMapFiles.ts): one source for the renderer, the desktop shell and the
// command line, kept in step with electron-builder.yml's file associations.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  FILE_KINDS,
  fileKindOf,
  isAssociated,
  isOpenable,
  notOpenableMessage,
  openDialogFilters,
  pickerAccept,
  readerFor,
  readsAsBytes,
  savesBack,
  withoutOpenableExtension,
} from '../../shared/file/kinds';
import { readMapFiles } from '../../shared/file/readMapFiles';
import { serializeMap } from '../../shared/file/serialize';
import { writeCsvFiles, writeXlsx } from '../../shared/workbook';
import { makeBody, makeModel } from '../factories';

const root = new URL('../../', import.meta.url).pathname;
const { load } = createRequire(import.meta.url)('js-yaml') as { load(source: string): unknown };

describe('the kinds of file Mandat opens', () => {
  it('knows a kind by its extension, whatever its case and folder', () => {
    expect(fileKindOf('/home/anna/Styrning.MANDAT')?.reader).toBe('mandat');
    expect(fileKindOf('C:\\Users\\anna\\Organ.xlsx')?.reader).toBe('xlsx');
    expect(fileKindOf('Bodies.csv')?.content).toBe('bytes');
    expect(fileKindOf('karta.docx')).toBeUndefined();
    expect(fileKindOf('mandat')).toBeUndefined();
    expect(isOpenable('old.json')).toBe(true);
    expect(isOpenable('notes.txt')).toBe(false);
  });

  it('reads workbooks and CSV as bytes, map files as text, and saves back only to map files', () => {
    expect(['a.mandat', 'a.json', 'a.xlsx', 'a.csv'].map(readsAsBytes)).toEqual([false, false, true, true]);
    expect(['a.mandat', 'a.json', 'a.xlsx', 'a.csv'].map(savesBack)).toEqual([true, true, false, false]);
  });

  it('picks the reader for files opened together', () => {
    expect(readerFor(['Bodies.csv', 'Members.CSV'])).toBe('csv');
    expect(readerFor(['Organ.xlsx'])).toBe('xlsx');
    expect(readerFor(['karta.mandat'])).toBe('mandat');
    // Anything else goes to restore, which says what is wrong with it.
    expect(readerFor(['Bodies.csv', 'karta.mandat'])).toBe('mandat');
    expect(readerFor(['notes.txt'])).toBe('mandat');
  });

  it('strips only an extension Mandat opens from a name', () => {
    expect(withoutOpenableExtension('Styrning 2025.xlsx')).toBe('Styrning 2025');
    expect(withoutOpenableExtension('karta.Mandat')).toBe('karta');
    expect(withoutOpenableExtension('v1.2')).toBe('v1.2');
  });

  it('offers every kind in the dialogs, together first and then each by its name in the language asked', () => {
    const sv = openDialogFilters('sv');
    expect(sv[0]).toEqual({ name: 'Mandat, Excel, CSV', extensions: FILE_KINDS.map((k) => k.extension.slice(1)) });
    expect(sv.slice(1).map((f) => f.name)).toEqual(FILE_KINDS.map((k) => k.name.sv));
    expect(openDialogFilters('en')[3]).toEqual({ name: 'Excel workbook', extensions: ['xlsx'] });
    expect(Object.values(pickerAccept()).flat().sort()).toEqual(FILE_KINDS.map((k) => k.extension).sort());
  });

  it('refuses a file by name, listing the kinds in both languages', () => {
    const m = notOpenableMessage('bild.png');
    expect(m.sv).toBe('Mandat öppnar .mandat-, .json-, .xlsx- och .csv-filer, inte "bild.png".');
    expect(m.en).toBe('Mandat opens .mandat, .json, .xlsx and .csv files, not "bild.png".');
  });

  it('asks for a spreadsheet of another format (.ods, .xlsm, .xls, .xlsb, .numbers) as .xlsx, saying what it is', () => {
    expect(notOpenableMessage('Organ.ODS').sv).toBe('"Organ.ODS" är ett kalkylark från LibreOffice eller OpenOffice, och Mandat läser arbetsböcker som .xlsx: spara den som Excel-arbetsbok (.xlsx) och använd den filen i stället.');
    expect(notOpenableMessage('Karta.xlsm').en).toBe('"Karta.xlsm" is an Excel workbook with macros, and Mandat reads workbooks as .xlsx: save it as an Excel workbook (.xlsx) and use that file instead.');
    for (const name of ['a.xls', 'a.xlsb', 'a.numbers']) expect(notOpenableMessage(name).en).toMatch(/save it as an Excel workbook \(\.xlsx\)/);
    expect(notOpenableMessage('a.docx').en).toMatch(/^Mandat opens /);
  });

  it('registers with the operating system exactly the kinds marked associated (electron-builder.yml)', () => {
    const config = load(readFileSync(`${root}electron-builder.yml`, 'utf8')) as { fileAssociations?: { ext: string; mimeType?: string }[] };
    const associated = FILE_KINDS.filter((k) => k.associated).map((k) => ({ ext: k.extension.slice(1), mimeType: k.mimeType }));
    expect((config.fileAssociations ?? []).map((a) => ({ ext: a.ext, mimeType: a.mimeType }))).toEqual(associated);
    // What main takes from its start arguments: a path of an associated kind, not any argument.
    expect(['--inspect', '/home/anna/Styrning.mandat', 'Organ.xlsx'].filter(isAssociated)).toEqual(['/home/anna/Styrning.mandat']);
  });
});

describe('which reader reads which file', () => {
  const model = makeModel({ bodies: [makeBody('b1', { name: 'Kommunfullmäktige' })] });

  it('reads a .mandat file through restore, as text or as bytes', async () => {
    const saved = serializeMap(model, null);
    const asText = await readMapFiles([{ name: 'karta.mandat', content: saved }]);
    const asBytes = await readMapFiles([{ name: 'karta.json', content: new TextEncoder().encode(saved) }]);
    for (const r of [asText, asBytes]) {
      expect(r.ok && r.reader).toBe('mandat');
      expect(r.ok && r.model.bodies.get('b1' as never)?.name).toBe('Kommunfullmäktige');
    }
  });

  it("gives restore's error for a file that is not a map", async () => {
    const r = await readMapFiles([{ name: 'karta.mandat', content: '{"format":"something else"}' }]);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reader === 'mandat' && r.error.code).toBe('not-mandat');
  });

  it('reads an .xlsx workbook and CSV files through the workbook import', async () => {
    const xlsx = await readMapFiles([{ name: 'Organ.xlsx', content: await writeXlsx(model) }]);
    expect(xlsx.ok && xlsx.reader).toBe('xlsx');
    expect(xlsx.ok && [...xlsx.model.bodies.values()].map((b) => b.name)).toEqual(['Kommunfullmäktige']);
    const csv = await readMapFiles(Object.entries(writeCsvFiles(model)).map(([name, content]) => ({ name, content })));
    expect(csv.ok && csv.reader).toBe('csv');
    expect(csv.ok && [...csv.model.bodies.values()].map((b) => b.name)).toEqual(['Kommunfullmäktige']);
  });

  it("gives the workbook import's errors for a broken workbook", async () => {
    const r = await readMapFiles([{ name: 'Organ.xlsx', content: new TextEncoder().encode('not a zip') }]);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reader === 'xlsx' && r.errors.length).toBeGreaterThan(0);
  });
});
