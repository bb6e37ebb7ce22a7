import { describe, expect, it } from 'vitest';
import type { MandatModel } from '../../../shared/model/types';
import { formatWorkbookError, modelToSheets, readXlsx, sheetsToModel, writeXlsx, type Sheets, type WorkbookResult } from '../../../shared/workbook';
import { BODY_KIND_WORDS, DOCUMENTED_WORDS, LEVEL_WORDS, LINE_KIND_WORDS, readWord, ROLE_WORDS, type Words } from '../../../shared/workbook/words';
import { en } from '../../../renderer/src/i18n/en';
import { sv } from '../../../renderer/src/i18n/sv';
import { makeRichModel } from './richModel';

function modelOf(result: WorkbookResult): MandatModel {
  if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.errors, null, 1)}`);
  return result.model;
}

/** A workbook as a Swedish strategist types it: Swedish sheets, headers and words, bodies by short name. */
function swedishSheets(): Sheets {
  return {
    Organ: [
      ['Id', 'Namn', 'Kortnamn', 'Slag', 'Nivå', 'Ansvarigt', 'Del av', 'Beslutat av', 'Giltig från'],
      ['ks', 'Kommunstyrelsen', 'KS', 'Kommunstyrelse', 'Politisk', 'ja', '', '', '2019-01-01'],
      ['ksau', 'Kommunstyrelsens arbetsutskott', 'KSAU', 'arbetsutskott', '', 'nej', 'KS', 'Kommunstyrelsen', ''],
      ['sog', 'Strategisk samverkansgrupp', 'SOG', 'Styrgrupp', 'Tjänstepersoner', '', '', 'ks', ''],
    ],
    Ledamöter: [
      ['Id', 'Namn', 'Titel', 'Organisation', 'Slag'],
      ['pia', 'Pia Polis', 'Lokalpolisområdeschef', 'Polisen', 'Befattning'],
    ],
    Medlemskap: [
      ['Ledamot', 'Organ', 'Roll', 'Giltig från'],
      ['Pia Polis', 'KS', 'Ordförande', ''],
      ['pia', 'sog', 'Bjuds in vid behov', '2020-01-01'],
    ],
    Rapportering: [
      ['Från', 'Till', 'Slag', 'Frekvens', 'Dokumenterad', 'Primär mottagare'],
      ['SOG', 'KSAU', 'Bereder ärenden till', 'varje månad', 'Inte dokumenterad', 'ja'],
      ['ksau', 'ks', 'Rapporterar till', '', 'Dokumenterad', 'nej'],
    ],
    Satsningar: [
      ['Id', 'Namn', 'Ansvarigt organ', 'Genomförs av', 'Mål och indikatorer'],
      ['trygg', 'Trygg stad', 'KS', 'SOG; KSAU', 'Färre anmälda brott'],
    ],
    Finansiering: [
      ['Finansiär', 'Mottagare', 'Satsning', 'År', 'Belopp (kr)', 'Källa'],
      ['KS', 'SOG', 'Trygg stad', '2024', '1 250 000', 'KS 2023-11-06 § 12'],
    ],
    Karta: [
      ['Nyckel', 'Värde'],
      ['Namn', 'Eskilstuna'],
      ['Språk', 'svenska'],
      ['Överlappsandel', '0,4'],
    ],
  };
}

describe('a workbook in Swedish', () => {
  it('imports with Swedish sheet names, headers and words, and "KS" references', () => {
    const m = modelOf(sheetsToModel(swedishSheets()));
    expect(m.bodies.get('sog')).toMatchObject({ kind: 'steering_group', level: 'administrative', mandate: { decidedBy: 'ks' } });
    expect(m.bodies.get('ksau')).toMatchObject({ kind: 'working_committee', level: 'political', partOf: 'ks', accountable: false, mandate: { decidedBy: 'ks' } });
    expect(m.members.get('pia')?.kind).toBe('position');
    expect([...m.memberships.values()].map((ms) => [ms.id, ms.member, ms.body, ms.role])).toEqual([
      ['ms-pia-ks-1', 'pia', 'ks', 'chair'],
      ['ms-pia-sog-1', 'pia', 'sog', 'invited'],
    ]);
    expect([...m.reportingLines.values()].map((l) => [l.id, l.from, l.to, l.kind, l.documented, l.primary])).toEqual([
      ['line-sog-ksau-1', 'sog', 'ksau', 'prepares_for', 'no', true],
      ['line-ksau-ks-1', 'ksau', 'ks', 'reports_to', 'yes', false],
    ]);
    expect(m.initiatives.get('trygg')).toMatchObject({ responsible: 'ks', executors: ['sog', 'ksau'], targets: 'Färre anmälda brott' });
    expect([...m.fundingLines.values()].map((f) => [f.id, f.funder, f.receiver, f.initiative, f.amountSek])).toEqual([['fund-ks-sog-2024-1', 'ks', 'sog', 'trygg', 1_250_000]]);
    expect([m.meta.name, m.settings.language, m.settings.overlapThreshold]).toEqual(['Eskilstuna', 'sv', 0.4]);
  });

  it('is written with Swedish sheets, headers and the interface’s words when the map is Swedish', () => {
    const model = { ...makeRichModel(), settings: { ...makeRichModel().settings, language: 'sv' as const } };
    const sheets = modelToSheets(model);
    expect(Object.keys(sheets)).toEqual(['Organ', 'Ledamöter', 'Medlemskap', 'Rapportering', 'Satsningar', 'Finansiering', 'Kvitteringar', 'Styrdokument', 'Samordning', 'Uppgifter', 'Ansvar', 'Granskningar', 'Rekommendationer', 'Svar', 'Åtgärder', 'Karta']);
    const [header = [], ...rows] = sheets.Organ ?? [];
    expect(header.slice(0, 8)).toEqual(['id', 'Namn', 'Kortnamn', 'Slag', 'Nivå', 'Ansvarigt', 'Del av', 'Mandat']);
    const ks = rows.find((r) => r[0] === 'ks') ?? [];
    expect([ks[3], ks[4], ks[5]]).toEqual(['Kommunstyrelse', 'Politisk', 'ja']);
    expect(sheets.Karta?.map((r) => r[0])).toEqual(['Nyckel', 'Namn', 'Författare', 'Beskrivning', 'Överlappsandel', 'Överlapp minst gemensamma', 'Överbelastad fler än', 'Språk', 'Lägesbildens högsta ålder', 'Avstängda kontroller', 'Ansvarar för fler uppgifter än', 'Svar inom dagar']);
    expect(modelOf(sheetsToModel(sheets))).toEqual(model);
  });

  it('round-trips through .xlsx in Swedish with numbers kept as numbers', async () => {
    const model = { ...makeRichModel(), settings: { ...makeRichModel().settings, language: 'sv' as const } };
    expect(modelOf(await readXlsx(await writeXlsx(model)))).toEqual(model);
  });

  it('accepts headers in any case and with the other Swedish spellings', () => {
    const m = modelOf(sheetsToModel({ ORGAN: [['ID', 'NAMN', 'typ', 'gäller från'], ['ks', 'KS', 'nämnd', '2020-01-01']] }));
    expect(m.bodies.get('ks')).toMatchObject({ name: 'KS', kind: 'committee', validFrom: '2020-01-01' });
  });
});

/** Every word the editor shows for a value of a vocabulary, in both languages. */
function shownWords<T extends string>(svWords: Record<T, string>, enWords: Record<T, string>): [string, T][] {
  return (Object.keys(svWords) as T[]).flatMap((v) => [svWords[v], enWords[v], svWords[v].toLowerCase(), enWords[v].toUpperCase()].map((w) => [w, v] as [string, T]));
}

describe('the words of the interface', () => {
  const cases: [string, Words<string>, [string, string][]][] = [
    ['kinds', BODY_KIND_WORDS, shownWords(sv.kinds, en.kinds)],
    ['levels', LEVEL_WORDS, shownWords(sv.levels, en.levels)],
    ['roles', ROLE_WORDS, shownWords(sv.roles, en.roles)],
    ['line kinds', LINE_KIND_WORDS, shownWords(sv.lineKinds, en.lineKinds)],
    ['documented', DOCUMENTED_WORDS, shownWords(sv.documented, en.documented)],
  ];
  for (const [name, words, shown] of cases)
    it(`are all read, in any case: ${name}`, () => {
      for (const [word, value] of shown) expect(readWord(words, word), word).toEqual({ ok: true, value });
    });

  it('include "tjänstepersoner", the level the editor shows for administrative', () => {
    expect(readWord(LEVEL_WORDS, 'tjänstepersoner')).toEqual({ ok: true, value: 'administrative' });
    expect(readWord(LEVEL_WORDS, 'Tjänstepersoner')).toEqual({ ok: true, value: 'administrative' });
  });
});

describe('mistakes in a Swedish workbook', () => {
  it('suggest the nearest word for an unknown one', () => {
    const r = readWord(BODY_KIND_WORDS, 'styrgrup');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message.sv).toMatch(/^"styrgrup" är okänt här; skriv något av: fullmäktige, .*\. Menade du \*styrgrupp\*\?$/);
      expect(r.message.en).toMatch(/Did you mean \*styrgrupp\*\?$/);
    }
  });

  it('name a missing column in Swedish and suggest the misspelt header', () => {
    const r = sheetsToModel({ Organ: [['id', 'Nman', 'Slag'], ['ks', 'KS', 'nämnd']] });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.map((e) => e.code)).toEqual(['missing-column']);
      expect(formatWorkbookError(r.errors[0]!, 'sv')).toBe('Organ: kolumnen Namn saknas. Menade du *Nman*?');
      expect(formatWorkbookError(r.errors[0]!, 'en')).toBe('Organ: the column name is missing. Did you mean *Nman*?');
    }
  });

  it('note a column the sheet does not have, suggesting the nearest, and import the rest', () => {
    const r = sheetsToModel({ Organ: [['id', 'Namn', 'Slag', 'Kortnman'], ['ks', 'Kommunstyrelsen', 'nämnd', 'KS']] });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.model.bodies.get('ks')?.shortName).toBe('');
      expect(r.notices.map((e) => [e.sheet, e.row, e.column, e.code])).toEqual([['Organ', 1, 'Kortnman', 'unknown-column']]);
      expect(r.notices[0]?.message.sv).toBe('kolumnen är okänd och lästes inte. Menade du *Kortnamn*?');
    }
  });

  it('note a sheet that names no part of a map', () => {
    const r = sheetsToModel({ Organ: [['id', 'Namn', 'Slag'], ['ks', 'KS', 'nämnd']], Ledamöterna: [['id', 'Namn']] });
    expect(r.ok && r.notices.map((e) => [e.sheet, e.code, e.message.sv])).toEqual([
      ['Ledamöterna', 'unknown-sheet', 'bladet hör inte till en karta och lästes inte. Menade du *Ledamöter*?'],
    ]);
  });

  it('refuse two sheets for the same part of a map (Organ and Bodies), naming both, whichever comes first', () => {
    const organ = [['id', 'Namn', 'Slag'], ['ks', 'Kommunstyrelsen', 'nämnd']];
    const bodies = [['id', 'name', 'kind'], ['kf', 'Kommunfullmäktige', 'assembly']];
    const r = sheetsToModel({ Organ: organ, Bodies: bodies });
    expect(!r.ok && r.errors.map((e) => formatWorkbookError(e, 'sv'))).toEqual([
      'Bodies: står för samma sak som Organ, så det går inte att veta vilket som gäller; ta bort eller byt namn på det ena.',
    ]);
    const other = sheetsToModel({ Bodies: bodies, Organ: organ });
    expect(!other.ok && other.errors.map((e) => formatWorkbookError(e, 'en'))).toEqual(['Organ: stands for the same as Bodies, so which one counts cannot be known; remove or rename one of them.']);
    // Case and spaces do not make another sheet.
    expect(sheetsToModel({ Organ: organ, ' organ ': organ }).ok).toBe(false);
  });

  it('name the columns as the sheet writes them', () => {
    const r = sheetsToModel({ Organ: [['id', 'Namn', 'Slag', 'Giltig från', 'Giltig till'], ['ks', 'KS', 'nämnd', '2020-01-01', '2019-12-31']] });
    expect(!r.ok && r.errors.map((e) => formatWorkbookError(e, 'sv'))).toEqual(['Organ, rad 2, kolumn Giltig till: 2019-12-31 ligger före giltig från (2020-01-01)']);
  });

  it('refuse a check switched off by a name no check or group has, with the nearest', () => {
    const r = sheetsToModel({ Organ: [['id', 'Namn', 'Slag'], ['ks', 'KS', 'nämnd']], Karta: [['Nyckel', 'Värde'], ['Avstängda kontroller', 'empty-body; emty-body; law']] });
    expect(!r.ok && r.errors.map((e) => formatWorkbookError(e, 'sv'))).toEqual([
      'Karta, rad 2, kolumn Värde: "emty-body" är ingen kontroll eller grupp av kontroller; se kontrollernas namn i hjälpen (till exempel empty-body) eller grupperna structure, law, police, plans. Menade du *empty-body*?',
    ]);
    const ok = sheetsToModel({ Organ: [['id', 'Namn', 'Slag'], ['ks', 'KS', 'nämnd']], Karta: [['Nyckel', 'Värde'], ['Avstängda kontroller', 'empty-body; law']] });
    expect(ok.ok && ok.model.settings.rulesOff).toEqual(['empty-body', 'law']);
  });

  it('list the Swedish Map keys for an unknown key, with the nearest', () => {
    const r = sheetsToModel({ Organ: [['id', 'Namn', 'Slag'], ['ks', 'KS', 'nämnd']], Karta: [['Nyckel', 'Värde'], ['Sprak', 'sv']] });
    expect(!r.ok && r.errors.map((e) => e.message.sv)).toEqual([
      '"Sprak" är ingen nyckel här; använd: namn, författare, beskrivning, överlappsandel, överlapp minst gemensamma, överbelastad fler än, språk, lägesbildens högsta ålder, avstängda kontroller, ansvarar för fler uppgifter än, svar inom dagar. Menade du *språk*?',
    ]);
  });
});
