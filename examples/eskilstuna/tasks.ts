import type { AssignmentId, BodyId, InitiativeId, TaskId } from '../../shared/model/ids';
import type { Assignment, Task } from '../../shared/model/types';
import type { RaciRole } from '../../shared/model/vocabulary';

/**
 * The responsibility matrix of the safety work as the sources describe it: [2023] is the audit
 * of 2023-02-21, [2021] the audit of 2021-09-26, [KS-svar] KS's reply. Where the sources name
 * no one for a role, there is none: that is what the audit found unclear (2023 §3.1.4, §3.2.4).
 */
function task(t: Omit<Partial<Task>, 'id'> & { id: string; name: string }): Task {
  return {
    description: '',
    initiative: null,
    document: null,
    body: null,
    validFrom: null,
    validTo: null,
    libraryKey: '',
    notes: '',
    ...t,
    id: t.id as TaskId,
  };
}

function role(taskId: string, body: string, r: RaciRole, source: string, validity: { validFrom?: string; validTo?: string } = {}): Assignment {
  return {
    id: `raci-${taskId}-${body}-${r}` as AssignmentId,
    task: taskId as TaskId,
    body: body as BodyId,
    member: null,
    role: r,
    validFrom: validity.validFrom ?? null,
    validTo: validity.validTo ?? null,
    source,
  };
}

const RAD = { validTo: '2023-01-10' };
const BEREDNINGEN = { validFrom: '2023-01-10' };

export const TASKS: Task[] = [
  task({
    id: 'driva-trygga-unga',
    name: 'Driva satsningen Trygga unga',
    initiative: 'trygga-unga' as InitiativeId,
    validFrom: '2021-01-01',
    notes:
      'Leds av SOG och genomförs i linjen av KFN, SN, GSN och GN [2023 §3.1.3]. Medlen är tillförda KS medan nämnderna bedriver verksamheten; granskningen bedömer att nämndernas ansvar blir otydligt och att ansvaret för helheten är otydligt [2023 §3.1.4]. Därför står både KS och de två nämnderna som får medel som ansvariga (A).',
  }),
  task({
    id: 'folja-upp-mpp',
    name: 'Följa upp mandatperiodsprojektet',
    initiative: 'mpp-trygghet' as InitiativeId,
    libraryKey: 'follow_up_initiative',
    validFrom: '2020-01-01',
    validTo: '2023-12-31',
    notes:
      'KLK sammanställer den ekonomiska uppföljningen; rapportering främst till kommunalrådsberedningen, vid enstaka tillfälle till KSAU [2023 §3.2.2; KS-svar]. Ingen uppföljning av projektet i KS under 2022 [2023 §3.2.3, §3.2.4]; rollerna visar vem som ska göra, inte att det gjordes.',
  }),
  task({
    id: 'folja-upp-trygga-unga',
    name: 'Följa upp Trygga unga',
    initiative: 'trygga-unga' as InitiativeId,
    libraryKey: 'follow_up_initiative',
    validFrom: '2021-08-01',
    notes:
      'SOG sammanställde verksamhetsberättelsen för 2021 och kultur- och fritidsförvaltningen delårsrapporten 2022 [2023 §3.2.2]. Uppdragsbeskrivningen nämner inte när och till vilka funktioner och forum uppföljning ska ske [2023 §3.2.3]: ingen ansvarar (A). Ingen rapportering av Trygga unga till KS under 2022 [2023 §3.2.3].',
  }),
  task({
    id: 'utveckla-trygghetsarbetet',
    name: 'Följa upp och utveckla trygghetsarbetet',
    libraryKey: 'coordinate',
    validFrom: '2018-11-06',
    notes:
      'Rådet ansvarar för att följa upp och utveckla trygghetsarbetet och ska avrapportera till KSAU [2021 §3.1]. Från januari 2023 bereder Trygghetsberedningen det samlade trygghetsarbetet till KS [2023 §3.1.3].',
  }),
  task({
    id: 'rapportera-till-ks',
    name: 'Rapportera resultat av trygghetsarbetet till kommunstyrelsen',
    libraryKey: 'report_to_ks',
    validFrom: '2023-01-10',
    notes: 'Trygghetsberedningen ska ta fram en årlig rapport med fördjupad uppföljning och analys som återrapporteras till KS året därpå [2023 §3.2.3].',
  }),
];

export const ASSIGNMENTS: Assignment[] = [
  role('driva-trygga-unga', 'sog', 'R', '2023 §3.1.3: arbetet med utvecklingen och implementeringen leds av SOG', { validFrom: '2021-08-01' }),
  ...['kfn', 'sn', 'gsn', 'gn'].map((b) => role('driva-trygga-unga', b, 'R', '2023 §3.1.3: flera nämnder är involverade i genomförandet')),
  role('driva-trygga-unga', 'ks', 'A', '2023 §3.1.4: medlen har tillförts kommunstyrelsen; §3.2.3: projektet är ett uppdrag från KS'),
  ...['kfn', 'sn'].map((b) => role('driva-trygga-unga', b, 'A', '2023 §3.1.4: verksamheten bedrivs av nämnderna i den ordinarie verksamheten')),
  role('driva-trygga-unga', 'sg', 'C', '2023 §3.1.2: satsningen är framarbetad av SOG på uppdrag av styrgruppen'),

  role('folja-upp-mpp', 'klk', 'R', '2023 §3.2.2: ekonomisk uppföljning sammanställs av kommunledningskontoret'),
  role('folja-upp-mpp', 'ks', 'A', '2023 §3.1.2: kommunstyrelsen tillförs 10 miljoner kronor årligen 2020–23'),
  role('folja-upp-mpp', 'krb', 'I', '2023 §3.2.2; KS-svar: rapportering främst till kommunalrådsberedningen två gånger per år'),
  role('folja-upp-mpp', 'ksau', 'I', '2023 §3.2.2: vid något enstaka tillfälle till KSAU'),
  role('folja-upp-mpp', 'kf', 'I', '2023 §3.2.3: mandatperiodsprojekten sammanfattas i årsredovisningens förvaltningsberättelse'),

  role('folja-upp-trygga-unga', 'sog', 'R', '2023 §3.2.2: SOG sammanställde verksamhetsberättelsen för 2021'),
  role('folja-upp-trygga-unga', 'kfn', 'R', '2023 §3.2.2: kultur- och fritidsförvaltningen sammanställde delårsrapporten 2022'),
  role('folja-upp-trygga-unga', 'bra', 'I', '2023 §3.2.3: avrapporteringar av Trygga unga i rådets årshjul', RAD),
  role('folja-upp-trygga-unga', 'sn', 'I', '2023 §3.2.3: informationspunkt en gång 2022 i socialnämnden'),
  role('folja-upp-trygga-unga', 'kfn', 'I', '2023 §3.2.3: informationspunkt två gånger 2022 i kultur- och fritidsnämnden'),
  role('folja-upp-trygga-unga', 'tb', 'I', '2023 §3.2.3: två rapporteringar av Trygga unga i beredningens årshjul 2023', BEREDNINGEN),

  role('utveckla-trygghetsarbetet', 'bra', 'R', '2021 §3.1: rådet ansvarar för att följa upp och utveckla trygghetsarbetet', RAD),
  role('utveckla-trygghetsarbetet', 'bra', 'A', '2021 §3.1: rådet ansvarar för att följa upp och utveckla trygghetsarbetet', RAD),
  role('utveckla-trygghetsarbetet', 'ksau', 'I', '2021 §3.1: rådets arbete ska löpande avrapporteras till KSAU', RAD),
  role('utveckla-trygghetsarbetet', 'tb', 'R', '2023 §3.1.3: beredningen ska verka för att arbetet bedrivs effektivt', BEREDNINGEN),
  role('utveckla-trygghetsarbetet', 'ks', 'A', '2023 §3.1.3: beredningen bereder ärenden till KS', BEREDNINGEN),

  role('rapportera-till-ks', 'tb', 'R', '2023 §3.2.3: årlig rapport med fördjupad uppföljning och analys', BEREDNINGEN),
  role('rapportera-till-ks', 'ks', 'A', '2023 §3.2.3: återrapporteras till kommunstyrelsen året därpå', BEREDNINGEN),
];
