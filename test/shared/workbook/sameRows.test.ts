/**
 * Rows that repeat one another: a line or membership pasted twice is read once with a
 * notice, two equal grants are both read with a notice, and one person twice in one body
 * at the same time (chair on one row, member on another) is read as a file is, and said.
 */
import { describe, expect, it } from 'vitest';
import { formatWorkbookError, sheetsToModel, type Sheets, type WorkbookResult } from '../../../shared/workbook';

const bodies: Sheets['x'] = [['id', 'name', 'short_name', 'kind'], ['ks', 'Kommunstyrelsen', 'KS', 'kommunstyrelse'], ['bra', 'Brottsförebyggande rådet', 'BRÅ', 'råd']];
const members: Sheets['x'] = [['id', 'name'], ['m1', 'Anna Andersson'], ['m2', 'Bo Berg']];
const said = (r: WorkbookResult, lang: 'sv' | 'en' = 'sv'): string[] => (r.ok ? r.notices : r.errors).map((e) => formatWorkbookError(e, lang));

describe('rows that repeat one another', () => {
  it('a membership pasted twice is read once, with a notice at the second row', () => {
    const r = sheetsToModel({
      Bodies: bodies,
      Members: members,
      Memberships: [['member', 'body', 'role'], ['m1', 'KS', 'ledamot'], ['m2', 'KS', 'ledamot'], ['Anna Andersson', 'ks', 'member']],
    });
    expect(r.ok && [...r.model.memberships.values()].map((m) => [m.member, m.body, m.role])).toEqual([
      ['m1', 'ks', 'member'],
      ['m2', 'ks', 'member'],
    ]);
    expect(said(r)).toEqual(['Memberships, rad 4: raden är likadan som rad 2 och lästes bara en gång.']);
    expect(said(r, 'en')).toEqual(['Memberships, row 4: the row is the same as row 2 and was read only once.']);
  });

  it('rows with ids of their own are elements of their own: the same person twice is then the overlap notice', () => {
    const r = sheetsToModel({
      Bodies: bodies,
      Members: members,
      Memberships: [['id', 'member', 'body'], ['a', 'm1', 'ks'], ['b', 'm1', 'ks']],
    });
    expect(r.ok && r.model.memberships.size).toBe(2);
    expect(said(r)).toEqual(['Memberships, rad 3, kolumn member: ledamoten sitter redan i organet under samma tid, på rad 2. Båda lästes; i Mandat kan en person bara ha en roll i ett organ åt gången.']);
  });

  it('one person as chair and as member of one body at the same time is read, and said with both roles', () => {
    const r = sheetsToModel({
      Bodies: bodies,
      Members: members,
      Memberships: [['member', 'body', 'role'], ['m1', 'bra', 'ordförande'], ['m2', 'bra', 'ledamot'], ['m1', 'BRÅ', 'ledamot']],
    });
    expect(r.ok && r.model.memberships.size).toBe(3);
    expect(said(r)).toEqual([
      'Memberships, rad 4, kolumn member: ledamoten sitter redan i organet under samma tid, på rad 2 (där som ordförande, här som ledamot). Båda lästes; i Mandat kan en person bara ha en roll i ett organ åt gången.',
    ]);
    expect(said(r, 'en')[0]).toContain('on row 2 (there as chair, here as member). Both were read; in Mandat a person holds one role in a body at a time.');
  });

  it('the same person in one body at different times is two memberships, not an error', () => {
    const r = sheetsToModel({
      Bodies: bodies,
      Members: members,
      Memberships: [['member', 'body', 'role', 'valid_from', 'valid_to'], ['m1', 'ks', 'ledamot', '2019-01-01', '2022-12-31'], ['m1', 'ks', 'ordförande', '2023-01-01', '']],
    });
    expect(r.ok && r.model.memberships.size).toBe(2);
    expect(said(r)).toEqual([]);
  });

  it('a reporting line pasted twice is read once; one that differs (another frequency) is kept', () => {
    const r = sheetsToModel({
      Bodies: bodies,
      Reporting: [['from', 'to', 'frequency'], ['bra', 'ks', 'årligen'], ['BRÅ', 'KS', 'årligen'], ['bra', 'ks', 'kvartalsvis']],
    });
    expect(r.ok && [...r.model.reportingLines.values()].map((l) => l.frequency)).toEqual(['årligen', 'kvartalsvis']);
    expect(said(r)).toEqual(['Reporting, rad 3: raden är likadan som rad 2 och lästes bara en gång.']);
  });

  it('two equal grants are both read, and the notice says they count as two', () => {
    const r = sheetsToModel({
      Bodies: bodies,
      Funding: [['funder', 'receiver', 'year', 'amount_sek'], ['ks', 'bra', '2024', '100000'], ['ks', 'bra', '2024', '100000']],
    });
    expect(r.ok && [...r.model.fundingLines.values()].map((f) => f.amountSek)).toEqual([100000, 100000]);
    expect(said(r)).toEqual(['Funding, rad 3: raden är likadan som rad 2; båda lästes, som två bidrag. Ta bort den ena om det är samma bidrag.']);
  });
});
