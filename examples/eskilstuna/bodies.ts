import type { Body, FormerName } from '../../shared/model/types';
import type { BodyKind, Level } from '../../shared/model/vocabulary';
import type { BodyId } from '../../shared/model/ids';

/**
 * The bodies of Eskilstuna's safety organisation as the two audit reports describe
 * them. Sources are cited in each element's notes:
 * [2021 §x] = KPMG, Granskning av kommunens arbete med trygghet, 2021-09-26;
 * [2023 §x] = KPMG, Granskning av styrning och uppföljning av trygghetsprojekt, 2023-02-21;
 * [KS-svar] = Kommunstyrelsens svar på granskningen (kommunledningskontoret, 2023).
 * Where the reports are silent the field is left empty, so the checks say so.
 */
interface BodyInput {
  id: string;
  name: string;
  shortName?: string;
  kind: BodyKind;
  level: Level;
  accountable?: boolean;
  partOf?: string;
  mandate?: string;
  decidedBy?: string;
  decisionRef?: string;
  required?: string[];
  meets?: string;
  validFrom?: string;
  validTo?: string;
  formerNames?: FormerName[];
  notes: string;
}

function body(b: BodyInput): Body {
  return {
    id: b.id as BodyId,
    name: b.name,
    shortName: b.shortName ?? '',
    kind: b.kind,
    level: b.level,
    accountable: b.accountable ?? false,
    partOf: (b.partOf ?? null) as BodyId | null,
    mandate: {
      text: b.mandate ?? '',
      decidedBy: (b.decidedBy ?? null) as BodyId | null,
      decisionRef: b.decisionRef ?? '',
      requiredMembers: b.required ?? [],
    },
    meets: b.meets ?? '',
    validFrom: b.validFrom ?? null,
    validTo: b.validTo ?? null,
    formerNames: b.formerNames ?? [],
    position: null,
    notes: b.notes,
  };
}

const LAW = 'Kommunallagen (2017:725)';
const committee = (id: string, name: string, shortName: string, notes: string): Body =>
  body({
    id,
    name,
    shortName,
    kind: 'committee',
    level: 'political',
    accountable: true,
    mandate: 'Nämnd. Ska inom sitt område se till att verksamheten bedrivs i enlighet med de mål och riktlinjer som fullmäktige har bestämt (6 kap 6 §).',
    decidedBy: 'kf',
    decisionRef: LAW,
    notes,
  });
const company = (id: string, name: string, shortName: string, mandate: string, notes: string): Body =>
  body({ id, name, shortName, kind: 'company', level: 'administrative', mandate, notes });

export const BODIES: Body[] = [
  body({
    id: 'kf',
    name: 'Kommunfullmäktige',
    shortName: 'KF',
    kind: 'assembly',
    level: 'political',
    accountable: true,
    mandate: 'Kommunens högsta beslutande organ. Beslutar årsplaner med mandatperiodsprojekt, planen för trygghet och inkludering och samverkansöverenskommelsen med Polismyndigheten.',
    decisionRef: LAW,
    notes:
      'Antog Plan för trygghet och inkludering 2018–2023, KF 2018-11-22 § 213 [2021 §3.2.1]. Antog samverkansöverenskommelsen med Polismyndigheten, KF 2020-05-14 § 71 [2021 §3.5.1]. Inrättade mandatperiodsprojekten i årsplan 2020 (21 november 2019 § 240) [KS-svar]. Revisionskriterium: Kommunallagen (2017:725) [2021 §2.2].',
  }),
  body({
    id: 'ks',
    name: 'Kommunstyrelsen',
    shortName: 'KS',
    kind: 'executive_board',
    level: 'political',
    accountable: true,
    mandate:
      'Kommunstyrelsen i sin samordnande roll för trygghetsarbetet. Tilldelad 10 miljoner kronor årligen 2020–2023 för mandatperiodsprojektet Trygghetsfrämjande och brottsförebyggande åtgärder.',
    decidedBy: 'kf',
    decisionRef: LAW,
    notes:
      'Granskningen avser kommunstyrelsen i sin samordnande roll [2021 §2.1]. Medlen tilldelades KS i årsplan 2020 (beslut 12–13 juni 2019 § 125 samt 21 november 2019 § 240) [KS-svar]. Ingen uppföljning av mandatperiodsprojektet i KS under 2022 [2023 §3.2.3, §3.2.4]; ingen dokumenterad styrning från KS [2023 §3.1.4].',
  }),
  body({
    id: 'ksau',
    name: 'Kommunstyrelsens arbetsutskott',
    shortName: 'KSAU',
    kind: 'working_committee',
    level: 'political',
    partOf: 'ks',
    decidedBy: 'ks',
    notes:
      'Tar emot rådets löpande avrapportering [2021 §3.1]; ekonomisk rapportering av mandatperiodsprojektet har skett "vid något enstaka tillfälle" [2023 §3.2.2]. Uppdrag, beslut och ledamöter beskrivs inte i granskningarna.',
  }),
  body({
    id: 'klk',
    name: 'Kommunledningskontoret',
    shortName: 'KLK',
    kind: 'administration',
    level: 'administrative',
    partOf: 'ks',
    mandate:
      'Kommunstyrelsens förvaltning. Sammanställer ekonomisk uppföljning av mandatperiodsprojekten varje månad och årligen återrapporteringen till Socialstyrelsen om statsbidraget; ersätter förvaltningarnas kostnader månadsvis via internkonto.',
    decidedBy: 'ks',
    notes:
      'Månatlig ekonomisk uppföljning [2023 §3.2.2]; återrapportering till Socialstyrelsen [2023 §3.2.3, Statsbidrag]; ersättning via internkonto [2023 §3.2.1]; tjänsten för Trygg och säker skola finns på ledningsstaben sedan 2022 [KS-svar]. Beslut om uppdraget anges inte.',
  }),
  body({
    id: 'bra',
    name: 'Eskilstunas råd för trygghetsfrämjande arbete',
    shortName: 'Trygghetsrådet',
    kind: 'council',
    level: 'political',
    mandate:
      'Politisk referensgrupp som ansvarar för att följa upp och utveckla trygghetsarbetet, i stället för samrådsorganet "Trygga Eskilstuna". Ska ledas av kommundirektören. Rådets arbete ska löpande avrapporteras till kommunstyrelsens arbetsutskott.',
    decidedBy: 'ks',
    decisionRef: 'KS 2018-11-06 § 224',
    required: [
      'Kommundirektör',
      'Kommunstyrelsens ordförande',
      'Kommunalråd',
      'Ordförande i arbetsmarknads- och vuxenutbildningsnämnden',
      'Ordförande i kultur- och fritidsnämnden',
      'Ordförande i socialnämnden',
      'Ordförande i stadsbyggnadsnämnden',
      'Ordförande i förskolenämnden',
      'Ordförande i grundskolenämnden',
      'Ordförande i gymnasienämnden',
      'Lokalpolisområdeschef',
    ],
    validFrom: '2018-11-06',
    validTo: '2023-01-10',
    formerNames: [{ name: 'Lokala brottsförebyggande rådet', shortName: 'BRÅ', validTo: '2022-03-31' }],
    notes:
      'Inrättat av KS 6 november 2018 (KS 2018-11-06 § 224) med sammansättningen ovan; lokalpolisområdeschefen ska ingå enligt samverkansöverenskommelsen [2021 §3.1]. Bytte våren 2022 namn till Eskilstunas råd för trygghetsfrämjande arbete [2023 §3.1.3]; exakt datum anges inte, 2022-04-01 används. I januari 2023 beslutade KS att avsluta rådet (beslut 2023-01-10) [2023 §3.1.3]. Kortnamnet "Trygghetsrådet" är kartans, inte källornas.',
  }),
  body({
    id: 'tb',
    name: 'Trygghetsberedningen',
    kind: 'drafting_committee',
    level: 'political',
    partOf: 'ks',
    mandate:
      'Ska initiera och bereda ärenden till kommunstyrelsen rörande kommunkoncernens samlade arbete med trygghet och strategisk stadsdelsutveckling omfattande kriminologisk, social och ekonomisk trygghet; verka för att arbetet bedrivs effektivt och når uppsatta resultat och effekter; ta fram en årlig rapport med fördjupad uppföljning och analys som återrapporteras till kommunstyrelsen året därpå.',
    decidedBy: 'ks',
    decisionRef: 'beslutet i kommunstyrelsen 2023-01-10',
    validFrom: '2023-01-10',
    notes: 'Inrättad under kommunstyrelsen i januari 2023 [2023 §3.1.3, §3.2.3]. Ledamöterna anges inte i granskningarna.',
  }),
  body({
    id: 'krb',
    name: 'Kommunalrådsberedningen',
    kind: 'drafting_committee',
    level: 'political',
    mandate: 'Beredning där den politiska majoriteten finns representerad. Tar emot uppföljning av mandatperiodsprojekten två gånger per år.',
    notes:
      'Rapportering av mandatperiodsprojektet har främst skett hit, två gånger per år [2023 §3.2.2; KS-svar]. Har nyligen begärt en redogörelse för det samlade trygghetsarbetet [2023 §3.2.3]. Beslut om beredningen och dess rapportering vidare till KS beskrivs inte.',
  }),
  body({
    id: 'sg',
    name: 'Styrgruppen för trygghet och strategiskt stadsdelsarbete',
    shortName: 'Styrgruppen',
    kind: 'steering_group',
    level: 'administrative',
    mandate: 'Det högsta organet på förvaltningsnivå för trygghetsarbetet. Gav SOG i uppdrag att ta fram satsningen Trygga unga.',
    notes:
      'Högsta organ på förvaltningsnivå; lokalpolisområdeschef och/eller kommunpolis bjuds in vid behov [2021 §3.1; 2023 §3.1.3]. Kommunfastigheters VD ingår [2021 §3.4.2]. Trygga unga framarbetad av SOG på uppdrag av styrgruppen [2023 §3.1.2]. Vård och omsorg samt Miljö och räddningstjänst är inte med [2021 §3.4.1]. Beslut om uppdraget, ordförande och rapportering uppåt beskrivs inte.',
  }),
  body({
    id: 'lg',
    name: 'Ledningsgruppen för trygghet och strategiskt stadsdelsarbete',
    shortName: 'Ledningsgruppen',
    kind: 'management_group',
    level: 'administrative',
    mandate:
      'Brett och strategiskt uppdrag, t.ex. vilka strukturer som ska finnas och hur samverkan ska fungera. Styrgrupp för arbetet med mötesplatser med Jobbcentrum.',
    notes:
      'Knuten till styrgruppen; polisen bjuds in vid behov [2021 §3.1; 2023 §3.1.3]. Gränsdragningen mot SOG är något otydlig, "mycket troligtvis beroende på att grupperna i många fall har samma företrädare" [2021 §3.1]; ledamöterna namnges inte, så SOG:s områdeschefer är inlagda här. Beslut om uppdraget anges inte.',
  }),
  body({
    id: 'sog',
    name: 'Strategisk operativ grupp',
    shortName: 'SOG',
    kind: 'operative_group',
    level: 'operative',
    mandate:
      'Gemensam utveckling av arbete mellan förvaltningar med barn- och ungdomsverksamhet; arbetar med satsningen Trygga unga och löpande med trygghetsfrågor gentemot målgruppen. Leder utvecklingen och implementeringen av Trygga unga.',
    notes:
      'Kopplad till ledningsgruppen; områdeschefer från AVF, BUF, KFF och SF, med mandat [2021 §3.1; 2023 §3.1.3]. Beslutade uppdragsbeskrivningen för Trygga unga i augusti 2021 och sammanställde verksamhetsberättelsen för 2021 [2023 §3.1.2, §3.2.2]. Beslut om gruppens uppdrag och ordförande anges inte.',
  }),
  body({
    id: 'bfg',
    name: 'Brottsförebyggande gruppen',
    kind: 'working_group',
    level: 'operative',
    mandate: 'Samarbete med polisen med rent kriminologiskt fokus: veckovisa avstämningar och beslut om kortsiktiga insatser utifrån bl.a. incidentrapportering (Embrace).',
    meets: 'varje vecka',
    notes: 'Beskrivs i [2021 §3.1]. Ledamöter, beslut om uppdraget och rapportering beskrivs inte.',
  }),
  body({
    id: 'sspf',
    name: 'SSPF (socialtjänst, skola, polis och fritid)',
    shortName: 'SSPF',
    kind: 'working_group',
    level: 'operative',
    mandate: 'Brottsförebyggande samverkan runt individer mellan socialtjänst, skola, polis och fritid.',
    notes: 'Nämns bland de brottsförebyggande grupperna [2021 §3.5.1]. Ledamöter, beslut och rapportering beskrivs inte.',
  }),
  committee('sn', 'Socialnämnden', 'SN', 'Genomför Trygga unga [2023 §3.1.3]; ordföranden ingår i rådet [2021 §3.1]. Informerades om Trygga unga en gång 2022 och i delårsrapporten [2023 §3.2.3].'),
  committee('kfn', 'Kultur- och fritidsnämnden', 'KFN', 'Genomför Trygga unga och Lovstöd [2023 §3.1.2, §3.1.3]; ordföranden ingår i rådet [2021 §3.1]. Informerades om Trygga unga två gånger 2022 [2023 §3.2.3].'),
  committee('gsn', 'Grundskolenämnden', 'GSN', 'Genomför Trygga unga [2023 §3.1.3]; ordföranden ingår i rådet [2021 §3.1]; åtagande 2021 [2021 §3.2.3].'),
  committee('gn', 'Gymnasienämnden', 'GN', 'Genomför Trygga unga [2023 §3.1.3]; ordföranden ingår i rådet [2021 §3.1]; åtagande 2021 [2021 §3.2.3].'),
  committee('fsn', 'Förskolenämnden', 'FSN', 'Ordföranden ingår i rådet [2021 §3.1]; åtagande 2021 [2021 §3.2.3].'),
  committee('avn', 'Arbetsmarknads- och vuxenutbildningsnämnden', 'AVN', 'Ordföranden ingår i rådet [2021 §3.1]; samverkar med DEAB i APEA [2021 §3.4.2].'),
  committee('sbn', 'Stadsbyggnadsnämnden', 'SBN', 'Ordföranden ingår i rådet [2021 §3.1]; utpekad i årsplanen [2021 §2.1].'),
  company(
    'kftg',
    'Eskilstuna Kommunföretag AB',
    'KFTG',
    'Moderbolag; samordnar rapporteringen till kommunen från bolagskoncernen utifrån koncernens åtaganden; ansvarar för sponsring.',
    '[2021 §3.4.2]. Ägarens beslut om uppdraget och styrelsen beskrivs inte.',
  ),
  company('kfast', 'Kommunfastigheter', 'KFAST', 'Kommunens fastighetsbolag; bidrar aktivt till trygghetsarbetet.', 'VD ingår i styrgruppen; samordningsmöten varje vecka [2021 §3.4.2].'),
  company('ele', 'Eskilstuna Logistik och Etablering', 'ELE', 'Få nya företag att etablera sig och fler Eskilstunabor i arbete.', 'Ingen anställd deltar i någon arbetsgrupp [2021 §3.4.2].'),
  company('esem', 'Eskilstuna Strängnäs Energi och Miljö AB', 'ESEM', 'Infrastruktur: el, värme, vatten och avlopp, återvinning och fiber.', 'Ingen representant i någon arbetsgrupp [2021 §3.4.2].'),
  company('deab', 'Destination Eskilstuna AB', 'DEAB', 'Skapa liv och rörelse i kommunen, bl.a. genom evenemang.', 'Inte involverat i någon arbetsgrupp; samverkar med AVN i APEA [2021 §3.4.2].'),
  body({
    id: 'polis',
    name: 'Polismyndigheten, lokalpolisområde Eskilstuna',
    shortName: 'Polisen',
    kind: 'external_organisation',
    level: 'external',
    notes: 'Samverkansöverenskommelse 2020–2023 med årlig handlingsplan [2021 §3.2.2, §3.5.1]; reviderad överenskommelse påbörjad [KS-svar].',
  }),
  body({
    id: 'sos',
    name: 'Socialstyrelsen',
    kind: 'external_organisation',
    level: 'external',
    notes: 'Statsbidrag för sociala insatser i utsatta områden som delfinansierar Trygga unga [2023 §3.1.2].',
  }),
  body({
    id: 'lst',
    name: 'Länsstyrelsen',
    kind: 'external_organisation',
    level: 'external',
    notes: 'Nämns bland aktörer som påverkar trygghetsarbetet [2021 §3.5.2]; Trygg och säker skola utgår från ett verktyg från Länsstyrelsen i Blekinge [KS-svar].',
  }),
];
