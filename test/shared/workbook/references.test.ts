import { describe, expect, it } from 'vitest';
import { formatWorkbookError, sheetsToModel, type Sheets, type WorkbookError, type WorkbookResult } from '../../../shared/workbook';

function errorsOf(result: WorkbookResult): WorkbookError[] {
  if (result.ok) throw new Error('the workbook was imported');
  return result.errors;
}

const bodies = (...rows: string[][]): Sheets['x'] => [['id', 'name', 'short_name', 'kind'], ...rows];
const KS = ['ks', 'Kommunstyrelsen', 'KS', 'kommunstyrelse'];
const BRA = ['bra', 'Brottsförebyggande rådet', 'BRÅ', 'råd'];

describe('references in a workbook', () => {
  it('take an id, a short name or a name, in any case and spacing', () => {
    const r = sheetsToModel({
      Bodies: bodies(KS, BRA),
      Reporting: [['from', 'to'], ['BRÅ', 'ks'], ['brå', ' kommunstyrelsen '], ['Brottsförebyggande  rådet', 'KS']],
    });
    // All three say the same line, so it is read once, and the notices say so.
    expect(r.ok && [...r.model.reportingLines.values()].map((l) => [l.id, l.from, l.to])).toEqual([['line-bra-ks-1', 'bra', 'ks']]);
    expect(r.ok && r.notices.map((n) => formatWorkbookError(n, 'sv'))).toEqual([
      'Reporting, rad 3: raden är likadan som rad 2 och lästes bara en gång.',
      'Reporting, rad 4: raden är likadan som rad 2 och lästes bara en gång.',
    ]);
  });

  it('take a member and an initiative by name', () => {
    const r = sheetsToModel({
      Bodies: bodies(KS),
      Members: [['id', 'name'], ['m1', 'Anna Andersson']],
      Memberships: [['member', 'body'], ['anna andersson', 'KS']],
      Initiatives: [['id', 'name'], ['i1', 'Trygg stad']],
      Funding: [['funder', 'receiver', 'initiative', 'year'], ['KS', 'Kommunstyrelsen', 'Trygg stad', '2024']],
    });
    expect(r.ok && [...r.model.memberships.values()].map((m) => [m.member, m.body])).toEqual([['m1', 'ks']]);
    expect(r.ok && [...r.model.fundingLines.values()].map((f) => [f.funder, f.receiver, f.initiative])).toEqual([['ks', 'ks', 'i1']]);
  });

  it('prefer an id to another body’s short name', () => {
    const r = sheetsToModel({ Bodies: bodies(['ks', 'Kommunstyrelsen', 'KF', 'kommunstyrelse'], ['kf', 'Kommunfullmäktige', 'KF2', 'fullmäktige']), Reporting: [['from', 'to'], ['ks', 'kf']] });
    expect(r.ok && [...r.model.reportingLines.values()].map((l) => [l.from, l.to])).toEqual([['ks', 'kf']]);
  });

  it('refuse a name that fits several bodies, listing them', () => {
    const errors = errorsOf(
      sheetsToModel({
        Bodies: bodies(KS, ['kultur', 'Kulturstyrelsen', 'KS', 'nämnd'], BRA),
        Reporting: [['from', 'to'], ['BRÅ', 'KS']],
      }),
    );
    expect(errors.map((e) => [e.sheet, e.row, e.column, e.code])).toEqual([['Reporting', 2, 'to', 'ambiguous-reference']]);
    expect(formatWorkbookError(errors[0]!, 'sv')).toBe(
      'Reporting, rad 2, kolumn to: "KS" kan vara flera organ: Kommunstyrelsen (KS, id ks); Kulturstyrelsen (KS, id kultur). Skriv id:t.',
    );
    expect(errors[0]?.message.en).toBe('"KS" could be several bodies: Kommunstyrelsen (KS, id ks); Kulturstyrelsen (KS, id kultur). Write the id.');
  });

  it('refuse a name no body has, suggesting the nearest', () => {
    const errors = errorsOf(sheetsToModel({ Bodies: bodies(KS, BRA), Reporting: [['from', 'to'], ['Kommunstyrelsn', 'BRÅ']] }));
    expect(errors.map((e) => [e.code, e.message.sv])).toEqual([
      ['dangling-reference', 'inget organ har id, kortnamn eller namn "Kommunstyrelsn". Menade du *Kommunstyrelsen*?'],
    ]);
  });

  it('refuse a body part of itself by its short name', () => {
    const errors = errorsOf(sheetsToModel({ Bodies: [['id', 'name', 'short_name', 'kind', 'part_of'], ['ks', 'Kommunstyrelsen', 'KS', 'nämnd', 'KS']] }));
    expect(errors.map((e) => e.code)).toEqual(['part-of-self']);
  });

  it('refuse the same executor twice, once both are ids', () => {
    const errors = errorsOf(sheetsToModel({ Bodies: bodies(KS), Initiatives: [['id', 'name', 'executors'], ['i1', 'I', 'KS; ks']] }));
    expect(errors.map((e) => [e.column, e.code])).toEqual([['executors', 'invalid-value']]);
  });
});
