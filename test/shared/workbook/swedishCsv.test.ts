import { describe, expect, it } from 'vitest';
import { readCsvFiles, writeCsvFiles, type WorkbookResult } from '../../../shared/workbook';
import type { MandatModel } from '../../../shared/model/types';
import { emptyModel } from '../../../shared/model/empty';

/** A CSV file as Swedish Excel saves it: BOM, `;` between cells, CRLF. */
function swedishCsv(lines: string[]): string {
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

/** A hand-written set: Swedish words, headers in any case and order, no id columns on the links. */
function handWrittenFiles(): Record<string, string> {
  return {
    'Bodies.csv': swedishCsv([
      'ID;Name;Short Name;Kind;Level;Accountable;Part of;Mandate;Decided by;Decision ref;Required members;Valid from;Former names;Okänd kolumn',
      'kf;Kommunfullmäktige;KF;Kommunfullmäktige;Politisk;ja;;;;;;;;',
      'ks;Kommunstyrelsen;KS;kommunstyrelsen;politisk;JA;;Leder kommunen;kf;KF 2019 § 5;;2019-01-01;;',
      'ksau;KS arbetsutskott;KSAU;Arbetsutskott;;nej;ks;;;;;;;',
      ';;;;;;;;;;;;;',
      'bra;Rådet för trygghet;RT; Råd ;;;;"Samordnar; förebygger";ks;KS 2018 § 224;"Lokalpolisområdeschef; m1";;Brottsförebyggande rådet|BRÅ|2021-12-31;',
      'sog;Strategisk operativ grupp;SOG;strategisk operativ grupp;;x;;;;;;;;',
      'adm;Socialförvaltningen;;Förvaltning;tjänstepersonsnivå;0;;;;;;;;',
      'polis;Polisen;;Myndighet;extern;;;;;;;;;',
    ]),
    'Members.csv': swedishCsv(['id;name;title;organisation;kind', 'm1;Pia Polis;Lokalpolisområdeschef;Polisen;person', 'm2;Kommundirektören;Kommundirektör;Kommunen;Befattning']),
    'Memberships.csv': swedishCsv([
      'member;body;role;valid_from',
      'm1;bra;Ledamot;2020-01-01',
      'm2;bra;Ordförande;',
      'm2;bra;Sekreterare;',
      'm1;ks;bjuds in vid behov;',
      'm2;sog;Adjungerad;',
    ]),
    'Reporting.csv': swedishCsv([
      'from;to;kind;documented;primary;frequency',
      'bra;ks;Rapporterar till;Ja;ja;2 gånger per år',
      'ksau;ks;bereder ärenden till;nej;;',
      'sog;bra;informerar;vet ej;;löpande',
      'ks;kf;följs upp av;;;',
      'adm;ks;reports to;okänt;;',
    ]),
    'Initiatives.csv': swedishCsv(['id;name;responsible;executors;targets', 'i1;Trygg i centrum;bra;"sog; polis";Färre anmälda brott']),
    'Funding.csv': swedishCsv([
      'funder;receiver;initiative;year;amount_sek;source',
      'ks;bra;i1;2022;1 250 000;KS centrala medel',
      'ks;bra;;2022;\u00a0300\u00a0000;Tilläggsanslag',
      'ks;sog;;2023;;Belopp saknas',
    ]),
  };
}

function imported(): MandatModel {
  const r: WorkbookResult = readCsvFiles(handWrittenFiles());
  if (!r.ok) throw new Error(JSON.stringify(r.errors, null, 1));
  return r.model;
}

describe('a hand-written CSV set with Swedish words', () => {
  it('reads every body kind written in Swedish', () => {
    const kinds = Object.fromEntries([...imported().bodies.values()].map((b) => [b.id, b.kind]));
    expect(kinds).toEqual({
      kf: 'assembly',
      ks: 'executive_board',
      ksau: 'working_committee',
      bra: 'council',
      sog: 'operative_group',
      adm: 'administration',
      polis: 'external_organisation',
    });
  });

  it('reads Swedish levels and takes the kind’s level where the cell is empty', () => {
    const levels = Object.fromEntries([...imported().bodies.values()].map((b) => [b.id, b.level]));
    expect(levels).toEqual({ kf: 'political', ks: 'political', ksau: 'political', bra: 'political', sog: 'operative', adm: 'administrative', polis: 'external' });
  });

  it('reads ja, JA, x, nej, 0 and empty as accountable or not', () => {
    const m = imported();
    expect([m.bodies.get('kf')?.accountable, m.bodies.get('ks')?.accountable, m.bodies.get('sog')?.accountable]).toEqual([true, true, true]);
    expect([m.bodies.get('ksau')?.accountable, m.bodies.get('adm')?.accountable, m.bodies.get('polis')?.accountable]).toEqual([false, false, false]);
  });

  it('reads the mandate, part of, required members and former names', () => {
    const m = imported();
    expect(m.bodies.get('ksau')?.partOf).toBe('ks');
    expect(m.bodies.get('bra')?.mandate).toEqual({ text: 'Samordnar; förebygger', decidedBy: 'ks', decisionRef: 'KS 2018 § 224', requiredMembers: ['Lokalpolisområdeschef', 'm1'] });
    expect(m.bodies.get('bra')?.formerNames).toEqual([{ name: 'Brottsförebyggande rådet', shortName: 'BRÅ', validTo: '2021-12-31' }]);
  });

  it('reads member kinds in Swedish', () => {
    const m = imported();
    expect([m.members.get('m1')?.kind, m.members.get('m2')?.kind]).toEqual(['person', 'position']);
  });

  it('reads Swedish roles and makes ids for memberships without one', () => {
    const roles = Object.fromEntries([...imported().memberships.values()].map((ms) => [ms.id, ms.role]));
    expect(roles).toEqual({ 'ms-m1-bra-1': 'member', 'ms-m2-bra-1': 'chair', 'ms-m2-bra-2': 'secretary', 'ms-m1-ks-1': 'invited', 'ms-m2-sog-1': 'invited' });
  });

  it('reads Swedish line kinds and documented words', () => {
    const lines = [...imported().reportingLines.values()].map((l) => [l.id, l.kind, l.documented, l.primary]);
    expect(lines).toEqual([
      ['line-bra-ks-1', 'reports_to', 'yes', true],
      ['line-ksau-ks-1', 'prepares_for', 'no', false],
      ['line-sog-bra-1', 'informs', 'unknown', false],
      ['line-ks-kf-1', 'followed_up_by', 'unknown', false],
      ['line-adm-ks-1', 'reports_to', 'unknown', false],
    ]);
  });

  it('reads executors separated by semicolons', () => {
    expect(imported().initiatives.get('i1')?.executors).toEqual(['sog', 'polis']);
  });

  it('reads amounts with spaces and non-breaking spaces, and an empty amount as none', () => {
    const funding = [...imported().fundingLines.values()].map((f) => [f.id, f.amountSek, f.initiative]);
    expect(funding).toEqual([
      ['fund-ks-bra-2022-1', 1_250_000, 'i1'],
      ['fund-ks-bra-2022-2', 300_000, null],
      ['fund-ks-sog-2023-1', null, null],
    ]);
  });

  it('gives the defaults for a map without a Map sheet', () => {
    const m = imported();
    expect(m.meta).toEqual(emptyModel().meta);
    expect(m.settings).toEqual(emptyModel().settings);
  });
});

describe('CSV files', () => {
  it('are written UTF-8 with a BOM, comma separated in English, quoted only where needed', () => {
    const model = imported();
    const files = writeCsvFiles({ ...model, meta: { ...model.meta, description: 'Trygg, säker "stad"' } }, { language: 'en' });
    expect(Object.keys(files)).toEqual(['Bodies.csv', 'Members.csv', 'Memberships.csv', 'Reporting.csv', 'Initiatives.csv', 'Funding.csv', 'Acknowledgements.csv', 'Documents.csv', 'Coordination.csv', 'Tasks.csv', 'Assignments.csv', 'Audits.csv', 'Recommendations.csv', 'Answers.csv', 'Actions.csv', 'Map.csv']);
    expect(files['Members.csv']).toBe('\uFEFFid,name,title,organisation,kind,notes\r\nm1,Pia Polis,Lokalpolisområdeschef,Polisen,person,\r\nm2,Kommundirektören,Kommundirektör,Kommunen,position,\r\n');
    expect(files['Bodies.csv']).toContain(',Samordnar; förebygger,');
    expect(files['Map.csv']).toContain('\r\ndescription,"Trygg, säker ""stad"""\r\n');
  });

  it('are read with a `sep=;` line first, as some Excel versions write', () => {
    const r = readCsvFiles({ 'bodies.csv': 'sep=;\nid;name;kind\nks;Kommunstyrelsen, KS;nämnd\n' });
    expect(r.ok && r.model.bodies.get('ks')).toMatchObject({ name: 'Kommunstyrelsen, KS', kind: 'committee' });
  });

  it('leave out files that name no sheet, and say so for a CSV file, with the nearest name', () => {
    const r = readCsvFiles({ 'Bodies.csv': 'id,name,kind\nks,KS,nämnd\n', 'README.txt': 'Det här är en\n"trasig, fil', 'Medlemskap (2).csv': 'x\n', 'ledamoter.csv': 'id;Namn\nm1;Anna\n' });
    expect(r.ok && [...r.model.bodies.keys()]).toEqual(['ks']);
    expect(r.ok && r.notices.map((n) => [n.sheet, n.code, n.message.sv])).toEqual([
      ['Medlemskap (2)', 'unknown-sheet', 'filens namn är inget av en kartas, så den lästes inte. Menade du *Medlemskap*?'],
      ['ledamoter', 'unknown-sheet', 'filens namn är inget av en kartas, så den lästes inte. Menade du *Ledamöter*?'],
    ]);
  });

  it('refuse two files for the same part of a map (an export in Swedish beside an older one in English)', () => {
    const r = readCsvFiles({ 'Bodies.csv': 'id,name,kind\nks,KS,nämnd\n', 'Organ.csv': 'id;Namn;Slag\nkf;KF;fullmäktige\n' });
    expect(!r.ok && r.errors.map((e) => [e.sheet, e.code])).toEqual([['Organ', 'duplicate-sheet']]);
  });

  it('are read from paths, matching the file name case-insensitively', () => {
    const r = readCsvFiles({ 'export/karta/BODIES.CSV': 'id,name,kind\nks,"Styrelse; KS",executive board\n' });
    expect(r.ok && r.model.bodies.get('ks')).toMatchObject({ name: 'Styrelse; KS', kind: 'executive_board' });
  });
});
