import type { AcknowledgementId, BodyId, FundingLineId, InitiativeId } from '../../shared/model/ids';
import type { Acknowledgement, FundingLine, Initiative } from '../../shared/model/types';

function initiative(i: Omit<Initiative, 'id' | 'responsible' | 'executors'> & { id: string; responsible: string | null; executors: string[] }): Initiative {
  return { ...i, id: i.id as InitiativeId, responsible: i.responsible as BodyId | null, executors: i.executors as BodyId[] };
}

export const INITIATIVES: Initiative[] = [
  initiative({
    id: 'mpp-trygghet',
    name: 'Mandatperiodsprojekt: Trygghetsfrämjande och brottsförebyggande åtgärder',
    responsible: 'ks',
    executors: ['kfn', 'sn', 'klk'],
    targets: '',
    validFrom: '2020-01-01',
    validTo: '2023-12-31',
    notes:
      'KS tillförs 10 miljoner kronor årligen 2020–23; årsplanen anger inte i detalj vad projektet omfattar; har finansierat Trygga unga, Lovstöd och en tjänst för trygg och säker skola [2023 §3.1.2; KS-svar]. Det saknas en framtagen modell för att mäta effekter och resultat [2023 §3.2.4, §4]. Utfall: 4,5 mnkr 2020, 0 kr 2021, 12,6 mnkr 2022; budget 21,8 mnkr 2023 [2023 §3.2.2].',
  }),
  initiative({
    id: 'trygga-unga',
    name: 'Trygga unga',
    responsible: 'ks',
    executors: ['sn', 'kfn', 'gsn', 'gn'],
    targets: '',
    validFrom: '2021-01-01',
    validTo: null,
    notes:
      'Del av mandatperiodsprojektet sedan 2021; rekryteringar från sen vår 2021 [KS-svar]. Framarbetad av SOG på uppdrag av styrgruppen; uppdragsbeskrivning beslutad av SOG i augusti 2021 [2023 §3.1.2]. Genomförs av KFN, SN, GSN och GN i linjen; samordnare på kultur- och fritidsförvaltningen [2023 §3.1.3]. Uppföljningen på politisk nivå ska lämnas till KS, men ingen rapportering till KS under 2022 [2023 §3.2.3]. Mål och indikatorer har ännu inte fastställts [2023 §3.2.3].',
  }),
  initiative({
    id: 'lovstod',
    name: 'Lovstöd',
    responsible: 'kfn',
    executors: ['kfn'],
    targets: '',
    validFrom: '2020-01-01',
    validTo: null,
    notes:
      'Finns under kultur- och fritidsnämnden, delfinansierat med statsbidrag [KS-svar]. 2022 fördelades 5,7 miljoner kronor till 156 aktörer [KS-svar]. Stor osäkerhet i finansieringen [2023 §3.1.2].',
  }),
  initiative({
    id: 'trygg-saker-skola',
    name: 'Trygg och säker skola',
    responsible: 'ks',
    executors: ['klk'],
    targets: '',
    validFrom: '2022-01-01',
    validTo: null,
    notes: 'En tjänst på kommunledningskontoret, ledningsstaben, sedan 2022, finansierad av mandatperiodsprojektet [KS-svar; 2023 §3.1.2].',
  }),
  initiative({
    id: 'jobbcentrum',
    name: 'Mötesplatser med Jobbcentrum',
    responsible: 'lg',
    executors: [],
    targets: '',
    validFrom: '2020-01-01',
    validTo: '2023-12-31',
    notes:
      'Mandatperiodsprojekt med 20 mnkr årligen 2020–2023; syfte: minskat utanförskap, ökad trygghet och fler i arbete [2023 §3.2.2, fotnot 8]. Ledningsgruppen är styrgrupp för arbetet [2021 §3.1]. Vilka som genomför och vilka mål som gäller anges inte.',
  }),
];

function funding(f: Omit<FundingLine, 'id' | 'funder' | 'receiver' | 'initiative'> & { funder: string; receiver: string; initiative: string }): FundingLine {
  return {
    ...f,
    id: `fund-${f.initiative}-${f.funder}-${f.receiver}-${f.year}` as FundingLineId,
    funder: f.funder as BodyId,
    receiver: f.receiver as BodyId,
    initiative: f.initiative as InitiativeId,
  };
}

const ARSPLAN_2020 = 'Mandatperiodsmedel, årsplan 2020 (KF 21 november 2019 § 240)';
const GRANT = 'Statsbidrag, Socialstyrelsen: sociala insatser i utsatta områden';

export const FUNDING: FundingLine[] = [
  ...[2020, 2021, 2022, 2023].map((year) =>
    funding({ funder: 'kf', receiver: 'ks', initiative: 'mpp-trygghet', year, amountSek: 10_000_000, source: ARSPLAN_2020, notes: '[2023 §3.1.2; KS-svar]' }),
  ),
  ...[2020, 2021, 2022, 2023].map((year) =>
    funding({
      funder: 'kf',
      receiver: 'ks',
      initiative: 'jobbcentrum',
      year,
      amountSek: 20_000_000,
      source: 'Mandatperiodsmedel, årsplan 2020',
      notes: '20 mkr årligen 2020–2023 [2023 §3.2.2, fotnot 8]. Mottagaren anges inte; mandatperiodsprojekten tilldelades KS [KS-svar].',
    }),
  ),
  ...(
    [
      [2021, 6_300_000],
      [2022, 11_300_000],
      [2023, 6_300_000],
    ] as const
  ).map(([year, amountSek]) =>
    funding({
      funder: 'sos',
      receiver: 'klk',
      initiative: 'trygga-unga',
      year,
      amountSek,
      source: GRANT,
      notes: 'Beviljat kommunen; KLK återrapporterar och ersätter förvaltningarna via internkonto [2023 §3.1.2, §3.2.1, §3.2.3].',
    }),
  ),
  ...[2021, 2022, 2023].flatMap((year) =>
    ['sn', 'kfn'].map((receiver) =>
      funding({
        funder: 'ks',
        receiver,
        initiative: 'trygga-unga',
        year,
        amountSek: null,
        source: 'Mandatperiodsmedel trygghet och statsbidrag, fördelas via KS',
        notes:
          'Årsplan 2021: finansieras 2021 med 4 mnkr och 2022 med 14 mnkr, medlen fördelas successivt till SN och KFN; årsplan 2022 och 2023: cirka 30 mnkr årligen för satsningen som helhet [KS-svar]. Fördelningen per nämnd anges inte.',
      }),
    ),
  ),
  funding({
    funder: 'ks',
    receiver: 'kfn',
    initiative: 'lovstod',
    year: 2020,
    amountSek: 4_500_000,
    source: 'Mandatperiodsmedel trygghet (utfall)',
    notes: 'Utfall 2020: 4,5 miljoner kronor, enligt uppgift endast till Lovstöd [2023 §3.2.2].',
  }),
  ...[2022, 2023].map((year) =>
    funding({
      funder: 'ks',
      receiver: 'kfn',
      initiative: 'lovstod',
      year,
      amountSek: 5_000_000,
      source: 'Garanti i årsplanen: i första hand extern finansiering, resterande från Kommunstyrelsens centrala medel',
      notes: `Årsplan ${year}: KFN garanteras 5 miljoner kronor i stöd för lovverksamhet [KS-svar].`,
    }),
  ),
  funding({
    funder: 'ks',
    receiver: 'klk',
    initiative: 'trygg-saker-skola',
    year: 2022,
    amountSek: null,
    source: 'Mandatperiodsmedel trygghet',
    notes: 'Finansierar en tjänst sedan 2022; beloppet anges inte [KS-svar].',
  }),
];

export const ACKNOWLEDGEMENTS: Acknowledgement[] = [
  {
    id: 'ack-ksau-members' as AcknowledgementId,
    findingKey: 'empty-body:ksau',
    reason: 'KSAU består av ledamöter i kommunstyrelsen som KS själv väljer; granskningarna räknar inte upp dem och kartan behöver inte göra det.',
    by: 'Exempelkartan',
    at: '2023-06-01T00:00:00.000Z',
  },
  ...['klk', 'kftg', 'kfast', 'ele', 'esem', 'deab'].map((id) => ({
    id: `ack-${id}-members` as AcknowledgementId,
    findingKey: `empty-body:${id}`,
    reason:
      id === 'klk'
        ? 'Kommunledningskontoret är en förvaltning, inte ett möte; den finns med för sin roll i uppföljningen och har inga ledamöter att lista.'
        : 'Bolaget finns med för sin roll i trygghetsarbetet; dess styrelse ligger utanför kartans syfte.',
    by: 'Exempelkartan',
    at: '2023-06-01T00:00:00.000Z',
  })),
  {
    id: 'ack-plan-2021-successor' as AcknowledgementId,
    findingKey: 'document-lapsed:doc-plan-2021',
    reason: 'En handlingsplan under samverkansöverenskommelsen tas fram varje år [2021 §3.2.2]; källorna återger bara planen för 2021, så de senare årens planer finns inte i kartan.',
    by: 'Exempelkartan',
    at: '2023-06-01T00:00:00.000Z',
  },
  {
    id: 'ack-ataganden-2021-successor' as AcknowledgementId,
    findingKey: 'document-lapsed:doc-ataganden-2021',
    reason: 'Åtaganden fördelas i årsplanen varje år [2021 §3.2.3]; källorna återger bara åtagandena för 2021.',
    by: 'Exempelkartan',
    at: '2023-06-01T00:00:00.000Z',
  },
  {
    id: 'ack-jobbcentrum-plan' as AcknowledgementId,
    findingKey: 'initiative-without-plan:jobbcentrum',
    reason: 'Jobbcentrum inrättades som mandatperiodsprojekt för 2020–2023 i Årsplan 2020 [2023 §3.1.2, §3.2.2 fotnot 8]; källorna citerar inte de senare årsplanerna om det.',
    by: 'Exempelkartan',
    at: '2023-06-01T00:00:00.000Z',
  },
];
