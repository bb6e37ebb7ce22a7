import { describe, expect, it } from 'vitest';
import { emptyModel } from '../../../shared/model/empty';
import type { MandatModel } from '../../../shared/model/types';
import { modelToSheets, sheetsToModel, type Sheets } from '../../../shared/workbook';
import { makeBody, makeMembership, makeModel } from '../../factories';

const bodies = (): string[][] => [
  ['id', 'name', 'kind'],
  ['ks', 'Kommunstyrelsen', 'kommunstyrelse'],
  ['bra', 'Brå', 'råd'],
];

function modelOf(sheets: Sheets): MandatModel {
  const r = sheetsToModel(sheets);
  if (!r.ok) throw new Error(JSON.stringify(r.errors, null, 1));
  return r.model;
}

describe('made-up ids', () => {
  it('never take an id another row gives', () => {
    const m = modelOf({
      Bodies: bodies(),
      Members: [['id', 'name'], ['m1', 'Pia']],
      Memberships: [
        ['id', 'member', 'body', 'valid_to'],
        ['', 'm1', 'ks', '2020-12-31'],
        ['ms-m1-ks-1', 'm1', 'bra', ''],
        ['', 'm1', 'ks', ''],
      ],
    });
    expect([...m.memberships.values()].map((ms) => [ms.id, ms.body])).toEqual([
      ['ms-m1-ks-2', 'ks'],
      ['ms-m1-ks-1', 'bra'],
      ['ms-m1-ks-3', 'ks'],
    ]);
  });

  it('are the same each time the sheet is read', () => {
    const sheets: Sheets = { Bodies: bodies(), Reporting: [['from', 'to', 'kind'], ['bra', 'ks', 'reports_to'], ['bra', 'ks', 'informs']] };
    expect([...modelOf(sheets).reportingLines.keys()]).toEqual(['line-bra-ks-1', 'line-bra-ks-2']);
    expect([...modelOf(sheets).reportingLines.keys()]).toEqual([...modelOf(sheets).reportingLines.keys()]);
  });

  it('number acknowledgements without an id', () => {
    const m = modelOf({ Bodies: bodies(), Acknowledgements: [['finding_key', 'reason'], ['overlap:a:b', 'Avsiktligt']] });
    expect(m.acknowledgements.get('ack-1')).toEqual({ id: 'ack-1', findingKey: 'overlap:a:b', reason: 'Avsiktligt', by: '', at: '' });
  });
});

describe('the Map sheet', () => {
  it('reads the name, a decimal comma and a language in words', () => {
    const m = modelOf({
      Bodies: bodies(),
      Karta: [
        ['Key', 'Value'],
        ['name', 'Trygghetskartan'],
        ['Overlap threshold', '0,4'],
        ['language', 'English'],
      ],
    });
    expect(m.meta.name).toBe('Trygghetskartan');
    expect(m.settings).toEqual({ ...emptyModel().settings, overlapThreshold: 0.4, language: 'en' });
  });

  it('keeps the default for a setting left empty', () => {
    const m = modelOf({ Bodies: bodies(), Map: [['key', 'value'], ['overload_threshold', '']] });
    expect(m.settings.overloadThreshold).toBe(emptyModel().settings.overloadThreshold);
  });
});

describe('reading sheets', () => {
  it('ignores unknown sheets and columns, and takes defaults for absent optional columns', () => {
    const m = modelOf({ Bodies: [...bodies(), []], Anteckningar: [['vad som helst']], Members: [['name', 'id', 'Egen kolumn'], ['Pia', 'm1', 'x']] });
    expect(m.members.get('m1')).toEqual({ id: 'm1', name: 'Pia', title: '', organisation: '', kind: 'position', notes: '' });
    expect([...m.bodies.keys()]).toEqual(['ks', 'bra']);
  });

  it('skips empty rows and a header that starts lower down', () => {
    const m = modelOf({ Bodies: [[], ['', ''], ...bodies(), ['  ', ''], ['x', 'X', 'nämnd']] });
    expect([...m.bodies.keys()]).toEqual(['ks', 'bra', 'x']);
  });

  it('writes one header row per sheet with the columns in a fixed order and rows sorted by id', () => {
    const model = makeModel({ bodies: [makeBody('b'), makeBody('a')], memberships: [] });
    const sheets = modelToSheets(model, 'en');
    expect(sheets.Memberships).toEqual([['id', 'member', 'body', 'role', 'valid_from', 'valid_to']]);
    expect(sheets.Bodies?.map((r) => r[0])).toEqual(['id', 'a', 'b']);
  });

  it('writes English words, true/false and empty cells for nulls', () => {
    const model = makeModel({ bodies: [makeBody('a', { kind: 'steering_group', accountable: true })], memberships: [makeMembership('m', 'a', { role: 'invited' })] });
    const [header = [], row = []] = modelToSheets(model, 'en').Bodies ?? [];
    const cell = (c: string) => row[header.indexOf(c)];
    expect([cell('kind'), cell('level'), cell('accountable'), cell('part_of'), cell('valid_from')]).toEqual(['steering_group', 'administrative', 'true', '', '']);
    expect(modelToSheets(model, 'en').Memberships?.[1]?.[3]).toBe('invited');
  });
});
