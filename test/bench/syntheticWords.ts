/** What a synthetic Swedish municipality is made of: names, titles, sizes and the drafts the generator fills in. */
import type { BodyId, MemberId } from '../../shared/model/ids';
import type { Acknowledgement, Body, FundingLine, Initiative, MandatModel, Member, Membership, ReportingLine } from '../../shared/model/types';
import type { BodyKind, Level, LineKind } from '../../shared/model/vocabulary';

export type Named = readonly [name: string, short: string, required?: readonly string[]];

export const COMMITTEES: readonly Named[] = [
  ['Barn- och utbildningsnämnden', 'BUN'],
  ['Socialnämnden', 'SN'],
  ['Samhällsbyggnadsnämnden', 'SBN'],
  ['Kultur- och fritidsnämnden', 'KFN'],
  ['Vård- och omsorgsnämnden', 'VON'],
  ['Miljö- och byggnadsnämnden', 'MBN'],
];
export const NAMES: Readonly<Partial<Record<BodyKind, readonly Named[]>>> = {
  council: [
    ['Brottsförebyggande rådet', 'BRÅ', ['Lokalpolisområdeschef']],
    ['Kommunala pensionärsrådet', 'KPR'],
    ['Rådet för funktionshinderfrågor', 'KRF'],
    ['Folkhälsorådet', 'FHR', ['Folkhälsostrateg']],
    ['Ungdomsrådet', 'UR'],
    ['Krisledningsrådet', 'KLR', ['Säkerhetschef']],
  ],
  steering_group: [
    ['Styrgrupp trygghet och säkerhet', 'SG Trygghet', ['Säkerhetschef', 'Lokalpolisområdeschef']],
    ['Styrgrupp SSPF', 'SG SSPF', ['Lokalpolisområdeschef', 'Socialchef', 'Skolchef']],
    ['Styrgrupp digitalisering', 'SG Digital', ['IT-chef']],
    ['Styrgrupp folkhälsa', 'SG Folkhälsa'],
    ['Styrgrupp samverkan polis–kommun', 'SG Polis', ['Lokalpolisområdeschef', 'Kommundirektör']],
    ['Styrgrupp tidiga insatser', 'SG TI'],
  ],
  management_group: [
    ['Kommunledningsgruppen', 'KLG', ['Kommundirektör']],
    ['Ledningsgrupp socialförvaltningen', 'LG SOC', ['Socialchef']],
    ['Ledningsgrupp barn och utbildning', 'LG BUF', ['Skolchef']],
    ['Ledningsgrupp samhällsbyggnad', 'LG SBF'],
    ['Ledningsgrupp kultur och fritid', 'LG KoF'],
  ],
  operative_group: [
    ['Operativ grupp trygghet', 'OG Trygghet'],
    ['SSPF operativ grupp', 'OG SSPF'],
    ['Lägesbildsgruppen', 'LBG', ['Lokalpolisområdeschef']],
    ['Operativ grupp krisberedskap', 'OG Kris'],
    ['Fältgruppen', 'FG'],
  ],
  working_group: [
    ['Arbetsgrupp ANDT', 'AG ANDT'],
    ['Arbetsgrupp våld i nära relationer', 'AG VINR'],
    ['Arbetsgrupp digital skola', 'AG DS'],
    ['Arbetsgrupp mötesplatser', 'AG MP'],
    ['Arbetsgrupp social hållbarhet', 'AG SH'],
    ['Arbetsgrupp integration', 'AG Int'],
    ['Arbetsgrupp brottsofferstöd', 'AG BOS'],
  ],
  external_organisation: [
    ['Polisen, lokalpolisområdet', 'LPO'],
    ['Räddningstjänsten', 'RTJ'],
    ['Regionen, närsjukvården', 'Regionen'],
    ['Länsstyrelsen', 'Lst'],
    ['Försäkringskassan', 'FK'],
  ],
  drafting_committee: [['Fullmäktigeberedningen för demokrati', 'Demokratiberedningen']],
};
export const PURPOSE: Readonly<Partial<Record<BodyKind, string>>> = {
  assembly: 'Kommunens högsta beslutande organ; beslutar om mål, budget och nämndernas reglementen.',
  executive_board: 'Leder och samordnar kommunens verksamhet och har uppsikt över nämnderna.',
  working_committee: 'Bereder ärenden till kommunstyrelsen och beslutar på delegation.',
  committee: 'Ansvarar för verksamheten inom sitt område enligt reglementet.',
  drafting_committee: 'Bereder frågor om demokrati och medborgardialog till fullmäktige.',
  council: 'Samråd och samordning mellan kommunen och berörda aktörer.',
  steering_group: 'Styr och prioriterar det gemensamma arbetet och följer upp det.',
  management_group: 'Leder förvaltningens arbete och bereder ärenden.',
  operative_group: 'Samordnar insatser utifrån aktuell lägesbild.',
  working_group: 'Genomför och utvecklar arbetet inom sitt område.',
};
export const MEETS = ['varje vecka', 'varannan vecka', 'en gång i månaden', '4 gånger per år', '6 gånger per år', '2 gånger per år', 'vid behov'];
export const FREQUENCIES = ['löpande', 'varje månad', '4 gånger per år', '2 gånger per år', 'årligen', 'vid behov', 'varje vecka'];
export const FORMS = ['skriftlig rapport', 'protokoll', 'muntligt', 'minnesanteckningar', 'lägesrapport'];
export const KEY_TITLES: readonly (readonly [title: string, organisation: string | null])[] = [
  ['Kommundirektör', null],
  ['Socialchef', null],
  ['Skolchef', null],
  ['Säkerhetschef', null],
  ['Lokalpolisområdeschef', 'Polisen'],
  ['Folkhälsostrateg', null],
  ['IT-chef', null],
  ['Räddningschef', 'Räddningstjänsten'],
  ['Samhällsbyggnadschef', null],
  ['Kultur- och fritidschef', null],
  ['Ekonomichef', null],
  ['HR-chef', null],
  ['Kommunikationschef', null],
];
export const OTHER_TITLES = ['Enhetschef', 'Utvecklingsledare', 'Handläggare', 'Rektor', 'Fältassistent', 'Samordnare', 'Strateg', 'Verksamhetschef'];
export const PARTIES = ['Socialdemokraterna', 'Moderaterna', 'Sverigedemokraterna', 'Centerpartiet', 'Vänsterpartiet', 'Kristdemokraterna', 'Liberalerna', 'Miljöpartiet'];
export const FIRST = ['Anna', 'Erik', 'Maria', 'Lars', 'Karin', 'Johan', 'Eva', 'Anders', 'Sara', 'Per', 'Lena', 'Mikael', 'Emma', 'Nils', 'Ingrid', 'Omar', 'Fatima', 'Jonas', 'Elin', 'Ali'];
export const LAST = ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson', 'Gustafsson', 'Lindberg', 'Holm', 'Berg', 'Ahmed', 'Lund'];
export const PLACE_HEAD = ['Ek', 'Berg', 'Sjö', 'Lind', 'Å', 'Björk', 'Sten', 'Al', 'Gran', 'Hög', 'Norr', 'Söder', 'Väster', 'Öster', 'Ny', 'Ram'];
export const PLACE_TAIL = ['by', 'sta', 'köping', 'hult', 'torp', 'vik', 'holm', 'näs', 'dal', 'ås', 'fors', 'berga'];

export function placeName(i: number): string {
  const head = PLACE_HEAD[i % PLACE_HEAD.length] as string;
  const tail = PLACE_TAIL[Math.floor(i / PLACE_HEAD.length) % PLACE_TAIL.length] as string;
  const round = Math.floor(i / (PLACE_HEAD.length * PLACE_TAIL.length));
  return `${head}${tail}${round > 0 ? ` ${round + 1}` : ''}`;
}

export const POLITICAL_KINDS: ReadonlySet<BodyKind> = new Set(['assembly', 'executive_board', 'working_committee', 'drafting_committee', 'committee']);

/** Relative size of each kind of body, in memberships. */
export const SIZE_WEIGHT: Readonly<Record<BodyKind, number>> = {
  assembly: 1.6,
  executive_board: 1.3,
  working_committee: 0.5,
  drafting_committee: 0.6,
  committee: 1,
  council: 0.8,
  steering_group: 0.7,
  management_group: 0.8,
  operative_group: 0.7,
  working_group: 0.6,
  administration: 0.8,
  company: 0.5,
  external_organisation: 0.25,
};

export const RANDOM_KINDS: readonly (readonly [BodyKind, number])[] = [
  ['council', 2],
  ['steering_group', 3],
  ['management_group', 2.5],
  ['operative_group', 2.5],
  ['working_group', 4],
  ['external_organisation', 0.6],
  ['drafting_committee', 0.3],
  ['committee', 0.4],
];

/** Which kinds of body each kind reports to, in order of preference. */
export const PARENT_KINDS: Readonly<Partial<Record<BodyKind, readonly BodyKind[]>>> = {
  council: ['executive_board', 'committee'],
  steering_group: ['executive_board', 'committee', 'council'],
  management_group: ['executive_board', 'committee', 'steering_group'],
  operative_group: ['steering_group', 'management_group'],
  working_group: ['operative_group', 'management_group', 'steering_group', 'council'],
  external_organisation: ['council', 'steering_group', 'operative_group'],
};

export interface BodyDraft {
  readonly index: number;
  readonly id: BodyId;
  readonly kind: BodyKind;
  readonly level: Level;
  readonly accountable: boolean;
  readonly name: string;
  readonly shortName: string;
  readonly required: readonly string[];
  /** Index of the body it reports to (or informs, for an external body). */
  parent: number | null;
  partOfParent: boolean;
  lineKind: LineKind | null;
  depth: number;
  orphan: boolean;
  empty: boolean;
  validFrom: string | null;
  validTo: string | null;
}

export interface MemberDraft {
  readonly index: number;
  readonly id: MemberId;
  readonly official: boolean;
  readonly title: string;
  /** Popularity: how likely the member is to be put in a body. */
  readonly weight: number;
}

export interface Municipality {
  readonly tag: string;
  readonly place: string;
  readonly nBodies: number;
  readonly nMembers: number;
  readonly nMemberships: number;
  readonly nLines: number;
}

export function isExternal(b: BodyDraft): boolean {
  return b.kind === 'external_organisation' || b.level === 'external';
}

/** The model under construction. */
export type Collections = Pick<MandatModel, 'meta' | 'settings'> & {
  bodies: Record<string, Body>;
  members: Record<string, Member>;
  memberships: Record<string, Membership>;
  reportingLines: Record<string, ReportingLine>;
  initiatives: Record<string, Initiative>;
  fundingLines: Record<string, FundingLine>;
  acknowledgements: Record<string, Acknowledgement>;
};
