import { describe, expect, it } from 'vitest';
import type { MandatModel } from '../../../shared/model/types';
import { readCsvFiles, writeCsvFiles } from '../../../shared/workbook';
import { makeRichModel } from './richModel';

const inSwedish = (): MandatModel => ({ ...makeRichModel(), settings: { ...makeRichModel().settings, language: 'sv' } });
const firstLine = (csv: string | undefined): string => (csv ?? '').split('\r\n')[0] ?? '';

describe('the separator of CSV files', () => {
  it('is a semicolon, after a byte order mark, for a Swedish map', () => {
    const files = writeCsvFiles(inSwedish());
    expect(firstLine(files['Ledamöter.csv'])).toBe('\uFEFFid;Namn;Titel;Organisation;Slag;Anteckningar');
    expect(readCsvFiles(files)).toMatchObject({ ok: true, model: inSwedish() });
  });

  it('is a comma for an English map', () => {
    const files = writeCsvFiles(makeRichModel());
    expect(firstLine(files['Members.csv'])).toBe('\uFEFFid,name,title,organisation,kind,notes');
  });

  it('is what the caller names, whatever the language, and is found again on import', () => {
    for (const delimiter of [',', ';', '\t']) {
      const files = writeCsvFiles(inSwedish(), { delimiter });
      expect(firstLine(files['Ledamöter.csv'])).toBe(['\uFEFFid', 'Namn', 'Titel', 'Organisation', 'Slag', 'Anteckningar'].join(delimiter));
      expect(readCsvFiles(files), JSON.stringify(delimiter)).toMatchObject({ ok: true, model: inSwedish() });
    }
  });

  it('writes a Swedish workbook in English when asked', () => {
    const files = writeCsvFiles(inSwedish(), { language: 'en' });
    expect(Object.keys(files)[0]).toBe('Bodies.csv');
    expect(firstLine(files['Members.csv'])).toBe('\uFEFFid,name,title,organisation,kind,notes');
  });
});
