import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { restoreText } from '../../../shared/file/restore';
import { formatWorkbookError, readCsvFiles, type WorkbookResult } from '../../../shared/workbook';

/** Files as other computers and programs leave them: a Mac's file names, a stray byte, an empty file, a file left out. */

const restored = restoreText(readFileSync(join(__dirname, '../../../examples/eskilstuna.mandat'), 'utf8'));
if (!restored.ok) throw new Error('the sample does not restore');
const sample = restored.model;

/** The sample's Swedish CSV files, as the export writes them. */
async function sampleCsv(): Promise<Record<string, string>> {
  const { writeCsvFiles } = await import('../../../shared/workbook');
  return writeCsvFiles(sample, { language: 'sv' });
}

const counts = (r: WorkbookResult) => (r.ok ? [r.model.bodies.size, r.model.members.size, r.model.memberships.size, r.model.actions.size] : r.errors.map((e) => e.code));
const inWords = (r: WorkbookResult, lang: 'sv' | 'en' = 'sv') => (r.ok ? r.notices : [...r.errors, ...(r.notices ?? [])]).map((e) => formatWorkbookError(e, lang));

describe('CSV files named on a Mac (decomposed Unicode)', () => {
  it('reads Ledamöter.csv and Åtgärder.csv written as a + ring and o + diaeresis as the same files', async () => {
    const files = await sampleCsv();
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['Ledamöter.csv', 'Åtgärder.csv']));
    const expected = counts(readCsvFiles(files));
    expect(expected).toEqual([sample.bodies.size, sample.members.size, sample.memberships.size, sample.actions.size]);
    const mac = Object.fromEntries(Object.entries(files).map(([name, content]) => [name.normalize('NFD'), content]));
    expect(Object.keys(mac)).not.toEqual(Object.keys(files));
    const r = readCsvFiles(mac);
    expect(counts(r)).toEqual(expected);
    expect(inWords(r)).toEqual([]);
  });

  it('refuses two files whose names differ only in form, as the same sheet twice (one was dropped without a word)', async () => {
    const files = await sampleCsv();
    const r = readCsvFiles({ ...files, ['Ledamöter.csv'.normalize('NFD')]: files['Ledamöter.csv'] as string });
    expect(r.ok ? [] : r.errors.map((e) => [e.sheet, e.code])).toEqual([['Ledamöter', 'duplicate-sheet']]);
  });

  it('reads cells written decomposed as the composed words and names they are (a kind, a reference by name)', () => {
    const bodies = 'id;namn;kortnamn;slag\nks;Kommunstyrelsen;KS;kommunstyrelse\nbra;Brottsförebyggande rådet;BRÅ;råd\n'.normalize('NFD');
    const lines = 'Från;Till;Slag\nBrottsförebyggande rådet;KS;Rapporterar till\n';
    const r = readCsvFiles({ 'Organ.csv': bodies, 'Rapportering.csv': lines });
    if (!r.ok) throw new Error(inWords(r).join('\n'));
    expect(r.model.bodies.get('bra' as never)?.name).toBe('Brottsförebyggande rådet');
    expect(r.model.bodies.get('bra' as never)?.kind).toBe('council');
    expect([...r.model.reportingLines.values()].map((l) => [l.from, l.to])).toEqual([['bra', 'ks']]);
  });
});

describe('a sheet the rows refer to, and is not there', () => {
  it('is one error naming the sheet and the rows, with the file that was not read as a note beside it', async () => {
    const files = await sampleCsv();
    const { ['Ledamöter.csv']: members, ...rest } = files;
    expect(members).toBeDefined();
    // Saved as Blad1 by a person who renamed the file: not read, and said so.
    const r = readCsvFiles({ ...rest, 'Blad1.csv': members as string });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.code)).toEqual(['missing-sheet']);
    expect(formatWorkbookError(r.errors[0]!, 'sv')).toMatch(/^Medlemskap, kolumn Ledamot: raderna 2, 3, 4 och \d+ till pekar på ledamöter, men bladet Ledamöter \(eller filen Ledamöter\.csv\) finns inte i arbetsboken\.$/);
    expect(formatWorkbookError(r.errors[0]!, 'en')).toMatch(/rows 2, 3, 4 and \d+ more refer to members, but the sheet Members \(or file Members\.csv\) is not in the workbook\.$/);
    expect((r.notices ?? []).map((e) => [e.sheet, e.code])).toEqual([['Blad1', 'unknown-sheet']]);
  });

  it('says "row" for one row', () => {
    const r = readCsvFiles({ 'Organ.csv': 'id;namn;slag\nks;Kommunstyrelsen;kommunstyrelse\n', 'Medlemskap.csv': 'organ;ledamot\nks;anna\n' });
    expect(r.ok ? [] : r.errors.map((e) => formatWorkbookError(e, 'en'))).toEqual([
      'Medlemskap, column ledamot: row 2 refers to members, but the sheet Members (or file Members.csv) is not in the workbook.',
    ]);
  });
});

describe('bytes that are not what the file says', () => {
  it('reads a file marked as UTF-8 as UTF-8, a stray Windows-1252 byte as \uFFFD, and names its row', () => {
    const utf8 = Buffer.from('id;namn;slag\nks;Kommunstyrelsen;kommunstyrelse\nsn;Socialn', 'utf8');
    // "ä" as Windows-1252 writes it: one byte, not UTF-8.
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8, Buffer.from([0xe4]), Buffer.from('mnden;nämnd\n', 'utf8')]);
    const r = readCsvFiles({ 'Organ.csv': new Uint8Array(bytes) });
    if (!r.ok) throw new Error(inWords(r).join('\n'));
    // The rest is UTF-8 as written: the header is read (the byte order mark no part of "id"), and "nämnd" is a kind.
    expect(r.model.bodies.get('sn' as never)?.name).toBe('Socialn\uFFFDmnden');
    expect(r.model.bodies.get('sn' as never)?.kind).toBe('committee');
    expect(inWords(r)).toEqual([expect.stringMatching(/^Organ: filen är märkt som UTF-8 men har tecken som inte är det, det första på rad 3;/)]);
  });

  it('says that a CSV file of the map is empty (nothing, or only a byte order mark)', async () => {
    const files = await sampleCsv();
    for (const empty of [new Uint8Array(0), new Uint8Array([0xef, 0xbb, 0xbf])]) {
      const r = readCsvFiles({ ...files, 'Medlemskap.csv': empty });
      if (!r.ok) throw new Error(inWords(r).join('\n'));
      expect(r.model.memberships.size).toBe(0);
      expect(inWords(r)).toEqual([expect.stringMatching(/^Medlemskap: filen är tom, inte ens en rubrikrad/)]);
    }
  });
});

describe('a table made by hand', () => {
  it('finds the headers under a title row, reads the table and says the title was not read', () => {
    const r = readCsvFiles({ 'Organ.csv': 'Organ i Eskilstuna kommun;;\n;;\nid;Namn;Slag\nks;Kommunstyrelsen;kommunstyrelse\n' });
    if (!r.ok) throw new Error(inWords(r).join('\n'));
    expect(r.model.bodies.get('ks' as never)?.name).toBe('Kommunstyrelsen');
    expect(inWords(r)).toEqual(['Organ: rubrikerna står på rad 3, så raderna 1–2 ovanför (en rubrik för bladet) lästes inte.']);
    expect(inWords(r, 'en')).toEqual(['Organ: the headers are on row 3, so rows 1–2 above (a title for the sheet) were not read.']);
  });

  it('names only the column that is missing when a title stands above headers that lack one', () => {
    const r = readCsvFiles({ 'Organ.csv': 'Titel\nid;Namn\nks;Kommunstyrelsen\n' });
    expect(r.ok ? [] : r.errors.map((e) => formatWorkbookError(e, 'sv'))).toEqual(['Organ: kolumnen Slag saknas']);
  });

  it('names both columns of a header written twice by their letters', () => {
    const r = readCsvFiles({ 'Organ.csv': 'id;Namn;Slag;Namn\nks;A;kommunstyrelse;B\n' });
    expect(r.ok ? [] : r.errors.map((e) => formatWorkbookError(e, 'sv'))).toEqual([
      'Organ, rad 1, kolumn Namn: kolumnen Namn (kolumn D) är samma som Namn (kolumn B); ta bort eller byt namn på den ena',
    ]);
  });
});
