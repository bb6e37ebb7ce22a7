// The two audits and KS's reply, from the seeds: [2021] KPMG 2021-09-26, [2023] KPMG 2023-02-21,
// [KS-svar] kommunstyrelsens svar (Kommunledningskontorets förslag antaget som KS:s svar). The reply
// carries no date or decision reference in the text, so the answers have none; the actions the
// reply names are "pågår" without a start date, so their status has none either.
import type { ActionId, AnswerId, AuditId, BodyId, InitiativeId, RecommendationId } from '../../shared/model/ids';
import type { Action, Answer, Audit, Recommendation } from '../../shared/model/types';
import type { ActionStatus, AnswerStance } from '../../shared/model/vocabulary';

const A2021 = 'granskning-2021' as AuditId;
const A2023 = 'granskning-2023' as AuditId;

export const AUDITS: Audit[] = [
  {
    id: A2021,
    title: 'Granskning av kommunens arbete med trygghet',
    auditor: 'KPMG AB',
    forWhom: 'Eskilstuna kommuns revisorer',
    date: '2021-09-26',
    scope: 'Översiktlig granskning av kommunens arbete med trygghetsfrågor; omfattar de insatser som genomförs inom kommunkoncernen.',
    link: '',
    notes: 'Uppdraget ingår i revisionsplanen för 2021 [2021 §2]; rekommendationerna [2021 §1, §4]. Revisionsrapporten godkändes av KF 5 maj 2022 § 109 (KSKF/2021:337) [KS-svar].',
  },
  {
    id: A2023,
    title: 'Granskning av styrning och uppföljning av trygghetsprojekt',
    auditor: 'KPMG AB',
    forWhom: 'Revisorerna i Eskilstuna kommun',
    date: '2023-02-21',
    scope: 'Styrning och uppföljning av mandatperiodsprojektet Trygghetsfrämjande och brottsförebyggande åtgärder, främst Trygga unga; uppföljningen under 2022.',
    link: '',
    notes: 'Avgränsning [2023 §2.1]; rekommendationerna till kommunstyrelsen [2023 §1, §4]. Revisorerna bad om svar senast 2023-06-15 (missiv 2023-04-24) [KS-svar].',
  },
];

const rec = (id: string, audit: AuditId, text: string, over: Partial<Recommendation>): Recommendation => ({
  id: id as RecommendationId,
  audit,
  text,
  addressedTo: null,
  concernsBodies: [],
  concernsLines: [],
  concernsInitiatives: [],
  concernsDocuments: [],
  findingKeys: [],
  notes: '',
  ...over,
});

const KS = 'ks' as BodyId;
const PROJECT = ['mpp-trygghet', 'trygga-unga'] as InitiativeId[];

export const RECOMMENDATIONS: Recommendation[] = [
  rec('rek-2021-1', A2021, 'Arbeta för att involvera flera nivåer mer aktivt i samverkan och då framför allt baspersonal.', {
    notes: 'Rapporten anger inte vilket organ rekommendationen riktas till [2021 §1, §4].',
  }),
  rec(
    'rek-2021-2',
    A2021,
    'Vidareutveckla metoderna för återrapportering av det operativa arbetet ute i förvaltningar/bolag. Detta ger en större möjligheter att analysera eventuella effekter och därmed underlätta prioritering av insatser.',
    {
      concernsBodies: ['kftg', 'kfast', 'ele', 'esem', 'deab'] as BodyId[],
      // The companies' reporting back through KFTG, whose frequency and form the report does not give [2021 §3.2.3–3.2.4, §3.4.2].
      findingKeys: ['deab', 'ele', 'esem', 'kfast'].map((b) => `report-frequency-missing:line-${b}-kftg`).concat('report-frequency-missing:line-kftg-ks'),
      notes: 'Rapporten anger inte mottagaren [2021 §1, §4]; återrapporteringen av åtaganden är en utvecklingsmöjlighet [2021 §3.2.4]. Granskningen 2023 påminner om rekommendationen [2023 §2].',
    },
  ),
  rec('rek-2023-1', A2023, 'Förtydliga berörda grupper, nämnders och förvaltningars ansvar för den verksamhet som bedrivs i mandatperiodsprojektet, för att ge förutsättningar för en tydlig uppföljning och rapportering.', {
    addressedTo: KS,
    concernsInitiatives: PROJECT,
    notes: '[2023 §4]; bedömningen att ansvaret är otydligt [2023 §3.1.4].',
  }),
  rec('rek-2023-2', A2023, 'Vidta åtgärder för att stärka den politiska styrningen av mandatperiodsprojektet på kommunstyrelse- och nämndnivå.', {
    addressedTo: KS,
    concernsBodies: ['sn', 'kfn'] as BodyId[],
    concernsInitiatives: PROJECT,
    notes: '[2023 §4]',
  }),
  rec(
    'rek-2023-3',
    A2023,
    'Överväg att i större utsträckning styra verksamheten som bedrivs i mandatperiodsprojektet genom tydliga uppdrag och finansiering i linjen kompletterat med den samordnande styrning som kommunen bedömer krävs för det samlade trygghetsarbetet.',
    { addressedTo: KS, concernsInitiatives: PROJECT, notes: '[2023 §4]' },
  ),
  rec('rek-2023-4', A2023, 'Vidta åtgärder för att stärka politisk uppföljning och rapportering av mandatperiodsprojektet på kommunstyrelse- och nämndnivå.', {
    addressedTo: KS,
    concernsBodies: ['sn', 'kfn'] as BodyId[],
    concernsInitiatives: PROJECT,
    // No follow-up of the project reached KS during the year [2023 §3.2.3–3.2.4].
    findingKeys: ['funding-without-report:trygga-unga|ks|sn', 'funding-without-report:trygga-unga|ks|kfn'],
    notes: '[2023 §4]; ingen uppföljning i kommunstyrelsen under året [2023 §3.2.4].',
  }),
  rec(
    'rek-2023-5',
    A2023,
    'Säkerställ att det utformas och fastställs uppföljningsmetoder i form av konkreta målnivåer och verksamhetsanpassade indikatorer för att mäta resultat och effekter av arbetet i mandatperiodsprojektet.',
    {
      addressedTo: KS,
      concernsInitiatives: PROJECT,
      findingKeys: ['initiative-without-targets:mpp-trygghet', 'initiative-without-targets:trygga-unga'],
      notes: '[2023 §4]; det saknas en modell för att mäta effekter och resultat [2023 §3.2.4].',
    },
  ),
];

const answer = (id: string, recommendation: string, stance: AnswerStance, text: string, notes: string): Answer => ({
  id: id as AnswerId,
  recommendation: recommendation as RecommendationId,
  by: KS,
  date: null,
  stance,
  text,
  decisionRef: '',
  notes,
});

/** KS's answers to the 2023 audit, stance by stance as the reply words them (Kommentarer utifrån respektive rekommendation). */
export const ANSWERS: Answer[] = [
  answer('svar-2023-1', 'rek-2023-1', 'agrees_in_part', 'Kommunledningskontoret delar delvis rekommendationen; viktigt om mandatperiodsprojekt blir återkommande.', '[KS-svar, kommentar till rekommendation 1]'),
  answer('svar-2023-2', 'rek-2023-2', 'agrees', 'Delar rekommendationen om kommunfullmäktige väljer att inrätta nya mandatperiodsprojekt; projekt som styrform bör användas restriktivt.', '[KS-svar, kommentar till rekommendation 2]'),
  answer('svar-2023-3a', 'rek-2023-3', 'does_not_agree', 'Kommunledningskontoret delar inte bedömningen.', '[KS-svar, kommentar till rekommendation 3]'),
  answer(
    'svar-2023-3b',
    'rek-2023-3',
    'agrees_in_part',
    'Delar delvis rekommendationen men förordar att inte organisera utvecklingsarbeten inom trygghetsarbetet som projekt.',
    'Svaret återger rubriken för rekommendation 3 en andra gång, efter rekommendation 4, med denna kommentar [KS-svar]. Båda ställningstagandena finns med; det senare i svaret räknas.',
  ),
  answer('svar-2023-4', 'rek-2023-4', 'agrees', 'Delar rekommendationen om kommunfullmäktige väljer att inrätta nya mandatperiodsprojekt; arbetet med politisk uppföljning pågår inom trygghetsberedningen.', '[KS-svar, kommentar till rekommendation 4]'),
  answer('svar-2023-5', 'rek-2023-5', 'agrees', 'Kommunledningskontoret delar rekommendationen och arbetet pågår kontinuerligt utifrån det samlade trygghetsarbetet.', '[KS-svar, kommentar till rekommendation 5]'),
];

const action = (id: string, recommendation: string, text: string, owner: string | null, status: ActionStatus, date: string | null, evidence: string, notes: string): Action => ({
  id: id as ActionId,
  recommendation: recommendation as RecommendationId,
  text,
  owner: owner as BodyId | null,
  due: null,
  statusHistory: [{ status, date }],
  evidence,
  notes,
});

/** The actions the reply names; no due dates are given anywhere. */
export const ACTIONS: Action[] = [
  action('atg-2021-2', 'rek-2021-2', 'Tydliggöra rapporteringen av det samlade trygghetsarbetet', null, 'in_progress', null, '', '"en del av arbete som påbörjats utifrån den förra revisionen" [KS-svar, kommentar till rekommendation 1]'),
  action('atg-2023-4a', 'rek-2023-4', 'Inrätta Trygghetsberedningen under kommunstyrelsen (ersätter rådet)', 'ks', 'done', '2023-01-10', 'Beslutet i kommunstyrelsen 2023-01-10 [2023 §3.1.3]', 'Nämns i svaret: uppföljningen utvecklas inom ramen för trygghetsberedningen [KS-svar].'),
  action('atg-2023-4b', 'rek-2023-4', 'Ny strategisk inriktning med ett särskilt mål för trygghetsarbetet', null, 'in_progress', null, '', '"ett kommande strategiskt mål" [KS-svar, kommentar till rekommendation 4; Kommunledningskontorets bedömning]'),
  action('atg-2023-4c', 'rek-2023-4', 'Översyn av processorganisationen och justeringar i den kommunala processtyrningen', null, 'in_progress', null, '', '[KS-svar, kommentar till rekommendation 4; Kommunledningskontorets bedömning]'),
  action('atg-2023-5', 'rek-2023-5', 'Uppföljning av resultat och effekter inom det samlade trygghetsarbetet', null, 'in_progress', null, '', '"arbetet pågår kontinuerligt" [KS-svar, kommentar till rekommendation 5]'),
];
