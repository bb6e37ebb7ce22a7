import { describe, expect, it } from 'vitest';
import { formatWorkbookError, readCsvFiles, sheetsToModel, type Sheets, type WorkbookError, type WorkbookResult } from '../../../shared/workbook';

function errorsOf(result: WorkbookResult): WorkbookError[] {
  if (result.ok) throw new Error('the workbook was imported');
  return result.errors;
}

const where = (e: WorkbookError) => [e.sheet, e.row, e.column, e.code];

/** A workbook with one mistake of each kind, and blank rows that still count. */
function faultySheets(): Sheets {
  return {
    Bodies: [
      ['id', 'name', 'kind', 'part_of', 'valid_from', 'valid_to'],
      ['ks', 'Kommunstyrelsen', 'kommunstyrelse', '', '2020-01-01', '2019-12-31'],
      ['ks', 'Dubblett', 'nämnd', '', '', ''],
      ['bra', ' ', 'råd', 'ks9', '', ''],
      ['sog', 'SOG', 'styrelsegrupp', '', '', ''],
      ['x', 'X', 'nämnd', '', '2023-13-01', ''],
    ],
    Members: [
      ['id', 'name'],
      ['m1', 'Pia'],
    ],
    Memberships: [
      ['member', 'body', 'role'],
      ['m1', 'ks', 'ledamot'],
      [],
      ['', '', ''],
      [],
      [],
      ['m2', 'ks2', 'chef'],
    ],
    Reporting: [
      ['from', 'to'],
      ['ks', 'ks'],
    ],
    Initiatives: [
      ['id', 'name', 'responsible', 'executors'],
      ['i1', 'Satsning', 'nope', 'ks; ks'],
    ],
    Funding: [
      ['funder', 'receiver', 'year', 'amount_sek'],
      ['ks', 'sog', '20x3', '12 abc'],
      ['ks', 'sog', '1800', '-5'],
    ],
    Map: [
      ['key', 'value'],
      ['overlap_treshold', '0.5'],
      ['language', 'klingon'],
    ],
  };
}

describe('a workbook with errors', () => {
  it('reports every bad cell at once with sheet, row and column, and imports nothing', () => {
    const result = sheetsToModel(faultySheets());
    expect(result.ok).toBe(false);
    expect('model' in result).toBe(false);
    expect(errorsOf(result).map(where)).toEqual([
      ['Bodies', 2, 'valid_to', 'validity-reversed'],
      ['Bodies', 3, 'id', 'duplicate-id'],
      ['Bodies', 4, 'name', 'required'],
      ['Bodies', 4, 'part_of', 'dangling-reference'],
      ['Bodies', 5, 'kind', 'unknown-word'],
      ['Bodies', 6, 'valid_from', 'invalid-date'],
      ['Memberships', 7, 'role', 'unknown-word'],
      ['Memberships', 7, 'member', 'dangling-reference'],
      ['Memberships', 7, 'body', 'dangling-reference'],
      ['Reporting', 2, 'to', 'self-line'],
      ['Initiatives', 2, 'responsible', 'dangling-reference'],
      ['Initiatives', 2, 'executors', 'invalid-value'],
      ['Funding', 2, 'year', 'invalid-number'],
      ['Funding', 2, 'amount_sek', 'invalid-number'],
      ['Funding', 3, 'year', 'invalid-value'],
      ['Funding', 3, 'amount_sek', 'invalid-value'],
      ['Map', 2, 'key', 'unknown-key'],
      ['Map', 3, 'value', 'unknown-word'],
    ]);
  });

  it('says what is wrong with a reference in Swedish and English', () => {
    const e = errorsOf(sheetsToModel(faultySheets())).find((x) => x.sheet === 'Memberships' && x.column === 'body');
    expect(e && formatWorkbookError(e, 'en')).toBe('Memberships, row 7, column body: no body has the id, short name or name "ks2". Did you mean *ks*?');
    expect(e && formatWorkbookError(e, 'sv')).toBe('Memberships, rad 7, kolumn body: inget organ har id, kortnamn eller namn "ks2". Menade du *ks*?');
  });

  it('reuses the model’s messages for values out of range, and lists the words of the user’s language for an unknown word', () => {
    const errors = errorsOf(sheetsToModel(faultySheets()));
    const year = errors.find((x) => x.sheet === 'Funding' && x.row === 3 && x.column === 'year');
    const kind = errors.find((x) => x.column === 'kind');
    expect(year?.message.en).toBe('1800 is outside 1900–2200');
    expect(kind?.message.sv).toMatch(/^"styrelsegrupp" är okänt här; skriv något av: fullmäktige, kommunstyrelse, .*styrgrupp.*\. Menade du \*styrgrupp\*\?$/);
    expect(kind?.message.en).toMatch(/^"styrelsegrupp" is not known here; write one of: assembly, executive_board, .*\. Did you mean \*styrgrupp\*\?$/);
  });

  it('names a date that does not exist', () => {
    const e = errorsOf(sheetsToModel(faultySheets())).find((x) => x.code === 'invalid-date');
    expect(e && formatWorkbookError(e, 'en')).toBe('Bodies, row 6, column valid_from: "2023-13-01" is not a valid date (YYYY-MM-DD)');
  });

  it('finds the same errors in CSV files', () => {
    const files = Object.fromEntries(Object.entries(faultySheets()).map(([name, rows]) => [`${name}.csv`, rows.map((r) => r.map((c) => `"${c}"`).join(',')).join('\n')]));
    expect(errorsOf(readCsvFiles(files)).map(where)).toEqual(errorsOf(sheetsToModel(faultySheets())).map(where));
  });
});

describe('the shape of a workbook', () => {
  it('refuses a sheet without a required column, naming sheet and column', () => {
    const errors = errorsOf(sheetsToModel({ Bodies: [['id', 'kind'], ['ks', 'nämnd']] }));
    expect(errors.map(where)).toEqual([['Bodies', null, null, 'missing-column']]);
    expect(formatWorkbookError(errors[0]!, 'en')).toBe('Bodies: the column name is missing');
    expect(formatWorkbookError(errors[0]!, 'sv')).toBe('Bodies: kolumnen Namn saknas');
  });

  it('refuses a workbook without a Bodies sheet', () => {
    const errors = errorsOf(sheetsToModel({ Members: [['id', 'name']] }));
    expect(errors.map(where)).toEqual([['', null, null, 'missing-sheet']]);
    expect(formatWorkbookError(errors[0]!, 'sv')).toBe('Bladet Organ (eller filen Organ.csv) med organen saknas.');
  });

  it('refuses a column given twice', () => {
    expect(errorsOf(sheetsToModel({ Bodies: [['id', 'name', 'kind', 'Name '], ['ks', 'a', 'nämnd', 'b']] })).map(where)).toEqual([
      ['Bodies', 1, 'Name', 'duplicate-column'],
    ]);
  });

  it('names the header as written in the file', () => {
    const errors = errorsOf(sheetsToModel({ Bodies: [['ID', 'Name', 'Kind', 'Valid From'], ['ks', 'KS', 'nämnd', 'igår']] }));
    expect(errors.map(where)).toEqual([['Bodies', 2, 'Valid From', 'invalid-date']]);
  });

  it('turns a problem only the file check finds (a ring of parts) into an error at its row', () => {
    const errors = errorsOf(
      sheetsToModel({
        Bodies: [
          ['id', 'name', 'kind', 'part_of'],
          ['a', 'A', 'nämnd', 'b'],
          ['b', 'B', 'nämnd', 'a'],
        ],
      }),
    );
    expect(errors.map(where)).toEqual([['Bodies', 2, 'part_of', 'part-of-cycle']]);
    expect(errors[0]?.message.en).toBe('the bodies a → b are parts of each other in a ring');
  });

  it('refuses a CSV row with more cells than the header', () => {
    const errors = errorsOf(readCsvFiles({ 'Bodies.csv': 'id;name;kind\nks;Styrelse; KS;nämnd\n' }));
    expect(errors.map(where)).toEqual([['Bodies', 2, null, 'csv-extra-cells']]);
  });

  it('refuses a CSV file with an open quote', () => {
    const errors = errorsOf(readCsvFiles({ 'Bodies.csv': 'id,name,kind\nks,"Kommunstyrelsen,nämnd\n' }));
    expect(errors.map((e) => [e.sheet, e.code])).toEqual([['Bodies', 'csv-syntax']]);
    // In words, at the row where the quote opens: not the parser's "Quoted field unterminated".
    expect(formatWorkbookError(errors[0]!, 'sv')).toBe('Bodies, rad 2: ett citattecken (") öppnar en cell som aldrig stängs, så resten av filen blir en enda cell; lägg till det avslutande " eller ta bort det inledande.');
    expect(errors[0]!.message.en).not.toMatch(/unterminated/i);
  });

  it('says what is wrong with a quote followed by more text in a cell', () => {
    const errors = errorsOf(readCsvFiles({ 'Bodies.csv': 'id,name,kind\nks,"Kommunstyrelsen" KS,nämnd\n' }));
    expect(errors.map((e) => e.message.sv)).toContain('en cell inom citattecken följs av mer text efter det avslutande "; ett " inuti en cell skrivs "".');
  });
});

describe('formatWorkbookError', () => {
  it('leaves out the parts an error does not have', () => {
    const e: WorkbookError = { sheet: '', row: null, column: null, code: 'x', message: { sv: 'Fel.', en: 'Wrong.' } };
    expect(formatWorkbookError(e, 'en')).toBe('Wrong.');
    expect(formatWorkbookError({ ...e, sheet: 'Members', row: 3 }, 'sv')).toBe('Members, rad 3: Fel.');
  });
});
