import type { BodyId, DocumentId, InitiativeId } from '../../shared/model/ids';
import type { GoverningDocument } from '../../shared/model/types';
import type { DocumentKind } from '../../shared/model/vocabulary';

/**
 * Eskilstuna's governing documents as the sources name them, each with the section it comes
 * from in its notes ([2021 §x], [2023 §x], [KS-svar], as in bodies.ts). Decision references
 * are written exactly as the text gives them; where it gives none the field is empty and the
 * notes say "beslutsreferens okänd", so the checks say so. Ends inferred from a title's
 * period (2018–2023) or from "ett kalenderår" are noted as inferred.
 */
interface DocumentInput {
  id: string;
  title: string;
  kind: DocumentKind;
  decidedBy?: string;
  decisionRef?: string;
  decidedOn?: string;
  validFrom?: string;
  validTo?: string;
  parties?: string[];
  parent?: string;
  governsBodies?: string[];
  governsInitiatives?: string[];
  notes: string;
}

function document(d: DocumentInput): GoverningDocument {
  return {
    id: d.id as DocumentId,
    title: d.title,
    kind: d.kind,
    decidedBy: (d.decidedBy ?? null) as BodyId | null,
    decisionRef: d.decisionRef ?? '',
    decidedOn: d.decidedOn ?? null,
    validFrom: d.validFrom ?? null,
    validTo: d.validTo ?? null,
    reviewBy: null,
    parties: (d.parties ?? []) as BodyId[],
    signatories: [],
    parent: (d.parent ?? null) as DocumentId | null,
    replaces: null,
    governsBodies: (d.governsBodies ?? []) as BodyId[],
    governsInitiatives: (d.governsInitiatives ?? []) as InitiativeId[],
    governsLines: [],
    areas: [],
    link: '',
    position: null,
    notes: d.notes,
  };
}

const UNKNOWN_REF = 'Beslutsreferens okänd: källan anger ingen.';

/** A yearly Årsplan decided by KF, as the KS reply quotes it for the initiatives it funds. */
const arsplan = (year: number, initiatives: string[], quote: string): GoverningDocument =>
  document({
    id: `doc-arsplan-${year}`,
    title: `Årsplan ${year}`,
    kind: 'plan_programme',
    decidedBy: 'kf',
    validFrom: `${year}-01-01`,
    validTo: `${year}-12-31`,
    governsInitiatives: initiatives,
    notes: `Årsplan beslutad av kommunfullmäktige: "Finansiering beslutas av kommunfullmäktige via Årsplan" (Årsplan 2021, 2022 och 2023) [KS-svar; 2023 §2.2]. ${quote} ${UNKNOWN_REF}`,
  });

export const DOCUMENTS: GoverningDocument[] = [
  document({
    id: 'doc-trygghetsplan',
    title: 'Plan för trygghet och inkludering 2018–2023',
    kind: 'plan_programme',
    decidedBy: 'kf',
    decisionRef: 'KF 2018-11-22 § 213',
    decidedOn: '2018-11-22',
    validFrom: '2018-11-22',
    validTo: '2023-12-31',
    notes:
      'Antagen av kommunfullmäktige den 22 november 2018 [2021 §3.2, §3.2.1, fotnot 2]. Slutet 2023-12-31 är härlett ur titelns period. Innehåller inte aktiviteter och indikatorer [2023 §3.1.1]; ska följas upp mot SCB:s trygghetsindex och valdeltagande, men någon uppföljning har inte skett [2023 §3.2.3].',
  }),
  document({
    id: 'doc-sao',
    title: 'Samverkansöverenskommelse mellan Eskilstuna kommun och Polismyndigheten 2020–2023',
    kind: 'cooperation_agreement',
    decidedBy: 'kf',
    decisionRef: 'KF 2020-05-14 § 71',
    decidedOn: '2020-05-14',
    validFrom: '2020-05-14',
    validTo: '2023-12-31',
    parties: ['kf', 'polis'],
    notes:
      'Kommunfullmäktige beslutade den 14 maj 2020 att anta överenskommelsen, den femte mellan kommunen och polisen [2021 §3.5.1, fotnot 4; §3.2]. Slutet 2023-12-31 är härlett ur titelns period. Undertecknarna anges inte i källorna. Arbete med en reviderad överenskommelse är påbörjat [KS-svar].',
  }),
  document({
    id: 'doc-plan-2021',
    title: 'Plan för år 2021 kopplad till samverkansöverenskommelsen 2020–2023',
    kind: 'yearly_plan',
    decidedBy: 'ks',
    decisionRef: 'KS 2021-01-19 § 12',
    decidedOn: '2021-01-19',
    validFrom: '2021-01-01',
    validTo: '2021-12-31',
    parent: 'doc-sao',
    notes:
      'Antagen av KS 2021-01-19 § 12 [2021 §3.2.2, fotnot 3]. En överenskommelse om aktiviteter och mål under ett kalenderår (därav perioden); områden: narkotika och våld i offentlig miljö, otrygghet i offentlig miljö, stöd och utveckling [2021 §3.2.2].',
  }),
  document({
    id: 'doc-ataganden-2021',
    title: 'Åtaganden 2021',
    kind: 'commission',
    decidedBy: 'kf',
    validFrom: '2021-01-01',
    validTo: '2021-12-31',
    parent: 'doc-arsplan-2021',
    governsBodies: ['ks', 'sn', 'fsn', 'gsn', 'gn', 'avn', 'kfn'],
    notes: `Två åtaganden i årsplanen för 2021, fördelade till KS, alla nämnder och bolag respektive SN, FSN, GSN, GN, AVN, KFN och KS [2021 §3.2, §3.2.3]. ${UNKNOWN_REF}`,
  }),
  document({
    id: 'doc-arsplan-2020',
    title: 'Årsplan 2020',
    kind: 'plan_programme',
    decidedBy: 'kf',
    decisionRef: '12–13 juni 2019 § 125 samt 21 november 2019 § 240',
    decidedOn: '2019-11-21',
    validFrom: '2020-01-01',
    validTo: '2020-12-31',
    governsInitiatives: ['mpp-trygghet', 'jobbcentrum', 'lovstod'],
    notes:
      'Kommunfullmäktige beslutade 2019-11-21 om Årsplan 2020, som inrättade mandatperiodsprojekten, bland dem trygghetsfrämjande och brottsförebyggande åtgärder med 10 miljoner kronor årligen 2020–2023 via kommunstyrelsen [2023 §3.1.2] och Mötesplatser med Jobbcentrum [2023 §3.2.2, fotnot 8]. Medel för lovstöd beslutas av kommunfullmäktige i samband med årsplan [KS-svar]. Beslutsreferensen som KS-svaret skriver den [KS-svar]. I årsplanen framgår inte i detalj vad projektet omfattar [2023 §3.1.2].',
  }),
  arsplan(2021, ['trygga-unga', 'mpp-trygghet', 'lovstod'], 'Trygga unga byggs ut stegvis, finansierat genom mandatperiodspengar trygghet samt statsbidrag [KS-svar; 2023 §3.1.2]. Medel för lovstöd beslutas av kommunfullmäktige i samband med årsplan [KS-svar].'),
  arsplan(2022, ['trygga-unga', 'mpp-trygghet', 'lovstod'], 'Trygga unga fortsätter genom mandatperiodspengar och statsbidrag; KFN garanteras 5 miljoner kronor för lovverksamhet [KS-svar].'),
  arsplan(2023, ['trygga-unga', 'mpp-trygghet', 'lovstod'], 'Trygga unga fortsätter genom mandatperiodspengar och statsbidrag; KFN garanteras 5 miljoner kronor för lovverksamhet 2023 [KS-svar].'),
  document({
    id: 'doc-trygghetsberedning',
    title: 'Beslut om att inrätta Trygghetsberedningen',
    kind: 'commission',
    decidedBy: 'ks',
    decisionRef: 'beslutet i kommunstyrelsen 2023-01-10',
    decidedOn: '2023-01-10',
    validFrom: '2023-01-10',
    governsBodies: ['tb'],
    notes:
      'I januari 2023 beslutade kommunstyrelsen att avsluta Eskilstunas råd för trygghetsfrämjande arbete och inrätta en trygghetsberedning under kommunstyrelsen [2023 §3.1.3]; beredningen ska ta fram en årlig rapport som återrapporteras till kommunstyrelsen året därpå [2023 §3.2.3]. Inrättandet under 2023 och att arbetet med politisk uppföljning utvecklas inom beredningen [KS-svar].',
  }),
];
