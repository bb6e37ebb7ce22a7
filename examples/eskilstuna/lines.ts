import type { BodyId, ReportingLineId } from '../../shared/model/ids';
import type { ReportingLine } from '../../shared/model/types';
import type { Documented, LineKind } from '../../shared/model/vocabulary';

interface LineInput {
  kind?: LineKind;
  frequency?: string;
  form?: string;
  documented?: Documented;
  primary?: boolean;
  validFrom?: string;
  validTo?: string;
  notes: string;
}

function line(from: string, to: string, l: LineInput): ReportingLine {
  return {
    id: `line-${from}-${to}` as ReportingLineId,
    from: from as BodyId,
    to: to as BodyId,
    kind: l.kind ?? 'reports_to',
    frequency: l.frequency ?? '',
    form: l.form ?? '',
    documented: l.documented ?? 'unknown',
    primary: l.primary ?? false,
    validFrom: l.validFrom ?? null,
    validTo: l.validTo ?? null,
    notes: l.notes,
  };
}

const COMPANY_REPORT: LineInput = {
  form: 'rapportering av koncernens åtaganden',
  notes: 'KFTG samordnar rapporteringen till kommunen från bolagskoncernen [2021 §3.4.2]. Hur ofta anges inte.',
};

export const LINES: ReportingLine[] = [
  line('ks', 'kf', {
    frequency: 'årligen',
    form: 'årsredovisning',
    documented: 'yes',
    notes: 'Verksamheten som finansieras synliggörs i årsredovisningen [KS-svar].',
  }),
  line('sn', 'kf', {
    frequency: 'delår och helår',
    form: 'delårsrapport och verksamhetsberättelse',
    documented: 'yes',
    notes: 'Trygga unga nämns i nämndens delårsrapport 2022 [2023 §3.2.3]; rapporteras i verksamhetsberättelser och årsredovisningar [KS-svar].',
  }),
  line('kfn', 'kf', {
    frequency: 'delår och helår',
    form: 'delårsrapport och verksamhetsberättelse',
    documented: 'yes',
    notes: 'Trygga unga nämns i nämndens delårsrapport 2022; lovstödets resultat i årsredovisningen 2022 [2023 §3.2.3; KS-svar].',
  }),
  line('bra', 'ksau', {
    frequency: 'löpande',
    documented: 'no',
    validFrom: '2018-11-06',
    validTo: '2023-01-10',
    notes:
      'Rådets arbete ska löpande avrapporteras till KSAU [2021 §3.1]. "Enligt uppgift återrapporteras rådets arbete till kommunstyrelsens arbetsutskott men dokumentation av rapporteringen saknas" [2023 §3.2.3]; formen anges inte.',
  }),
  line('tb', 'ks', {
    kind: 'prepares_for',
    frequency: 'årligen',
    form: 'årlig rapport med fördjupad uppföljning och analys',
    validFrom: '2023-01-10',
    notes: 'Initierar och bereder ärenden till KS; årlig rapport återrapporteras till KS året därpå [2023 §3.1.3, §3.2.3].',
  }),
  line('sog', 'lg', {
    notes: '"Kopplad till ledningsgruppen" [2023 §3.1.3; 2021 §3.1]; hur och hur ofta SOG rapporterar anges inte.',
  }),
  line('lg', 'sg', {
    notes: '"Knuten till styrgruppen" [2021 §3.1]; hur och hur ofta anges inte.',
  }),
  line('sog', 'bra', {
    frequency: 'enligt rådets årshjul',
    form: 'avrapportering av Trygga unga',
    validFrom: '2021-08-01',
    validTo: '2023-01-10',
    notes:
      'Avrapporteringar av Trygga unga finns inlagda i rådets årshjul; 2022 fick rådet i stor utsträckning fokusera på akuta händelser [2023 §3.2.3]. Vem som avrapporterar anges inte; SOG leder satsningen [2023 §3.1.3]. Från augusti 2021, då uppdragsbeskrivningen beslutades.',
  }),
  line('sog', 'tb', {
    frequency: 'två gånger 2023',
    form: 'rapportering av Trygga unga',
    validFrom: '2023-01-10',
    notes:
      'I Trygghetsberedningens årshjul finns för 2023 två rapporteringar av Trygga unga inplanerade [2023 §3.2.3]. Vem som rapporterar anges inte; SOG leder satsningen [2023 §3.1.3].',
  }),
  line('klk', 'krb', {
    frequency: 'två gånger per år',
    form: 'ekonomisk uppföljning av mandatperiodsprojekten',
    primary: true,
    validFrom: '2020-01-01',
    notes: 'Uppföljning av mandatperiodsprojekten rapporteras till Kommunalrådsberedningen 2 ggr/år [KS-svar]; "främst" dit [2023 §3.2.2].',
  }),
  line('klk', 'ksau', {
    frequency: 'vid enstaka tillfällen',
    form: 'ekonomisk uppföljning av mandatperiodsprojekten',
    validFrom: '2020-01-01',
    notes: 'Rapportering har skett "vid något enstaka tillfälle till kommunstyrelsens arbetsutskott" [2023 §3.2.2].',
  }),
  line('klk', 'sos', {
    frequency: 'årligen',
    form: 'återrapportering av statsbidraget',
    documented: 'yes',
    validFrom: '2021-01-01',
    notes: 'Kommunledningskontoret sammanställer årligen en återrapportering till Socialstyrelsen; rapporten för 2021 beskrivs [2023 §3.2.3].',
  }),
  line('kftg', 'ks', COMPANY_REPORT),
  line('kfast', 'kftg', COMPANY_REPORT),
  line('ele', 'kftg', COMPANY_REPORT),
  line('esem', 'kftg', COMPANY_REPORT),
  line('deab', 'kftg', COMPANY_REPORT),
];
