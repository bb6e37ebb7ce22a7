import { text, type Text } from '../i18n/text';
import type { RuleId, Severity } from '../analysis/types';
import type { BodyKind, DocumentKind, Documented, Level, LineKind, Role } from '../model/vocabulary';

/** What the exports call each kind, level, role and line kind, in both languages (as the editor does). */
export const KIND_LABELS: Readonly<Record<BodyKind, Text>> = {
  assembly: text('Fullmäktige', 'Assembly'),
  executive_board: text('Kommunstyrelse', 'Executive board'),
  working_committee: text('Arbetsutskott', 'Working committee'),
  drafting_committee: text('Beredning', 'Drafting committee'),
  committee: text('Nämnd', 'Committee'),
  council: text('Råd', 'Council'),
  steering_group: text('Styrgrupp', 'Steering group'),
  management_group: text('Ledningsgrupp', 'Management group'),
  operative_group: text('Operativ grupp', 'Operative group'),
  working_group: text('Arbetsgrupp', 'Working group'),
  administration: text('Förvaltning', 'Administration'),
  company: text('Kommunalt bolag', 'Municipal company'),
  external_organisation: text('Extern organisation', 'External organisation'),
};

export const LEVEL_LABELS: Readonly<Record<Level, Text>> = {
  political: text('Politisk', 'Political'),
  administrative: text('Tjänstepersoner', 'Administrative'),
  operative: text('Operativ', 'Operative'),
  external: text('Extern', 'External'),
};

export const ROLE_LABELS: Readonly<Record<Role, Text>> = {
  chair: text('Ordförande', 'Chair'),
  member: text('Ledamot', 'Member'),
  secretary: text('Sekreterare', 'Secretary'),
  invited: text('Bjuds in vid behov', 'Invited when needed'),
};

export const LINE_KIND_LABELS: Readonly<Record<LineKind, Text>> = {
  reports_to: text('Rapporterar till', 'Reports to'),
  prepares_for: text('Bereder ärenden till', 'Prepares matters for'),
  informs: text('Informerar', 'Informs'),
  followed_up_by: text('Följs upp av', 'Followed up by'),
};

export const DOCUMENT_KIND_LABELS: Readonly<Record<DocumentKind, Text>> = {
  situational_picture: text('Lägesbild', 'Situational picture'),
  action_plan: text('Åtgärdsplan', 'Action plan'),
  cooperation_agreement: text('Samverkansöverenskommelse', 'Cooperation agreement'),
  citizen_promise: text('Medborgarlöfte', 'Citizen promise'),
  plan_programme: text('Plan/program', 'Plan or programme'),
  yearly_plan: text('Handlingsplan/årsplan', 'Yearly plan'),
  rules_of_procedure: text('Reglemente', 'Rules of procedure'),
  delegation_order: text('Delegationsordning', 'Delegation order'),
  commission: text('Uppdrag', 'Commission'),
  other: text('Annat', 'Other'),
};

export const DOCUMENTED_LABELS: Readonly<Record<Documented, Text>> = {
  yes: text('Dokumenterad', 'Documented'),
  no: text('Inte dokumenterad', 'Not documented'),
  unknown: text('Okänt', 'Unknown'),
};

export const SEVERITY_LABELS: Readonly<Record<Severity, Text>> = {
  error: text('Fel', 'Errors'),
  warning: text('Varningar', 'Warnings'),
  info: text('Information', 'Information'),
};

export const RULE_LABELS: Readonly<Record<RuleId, Text>> = {
  overlap: text('Överlappande ledamöter', 'Overlapping members'),
  'overloaded-member': text('Överbelastad ledamot', 'Overloaded member'),
  'missing-report-path': text('Saknar rapportväg', 'Missing report path'),
  'undocumented-report': text('Odokumenterad rapportering', 'Undocumented reporting'),
  'report-frequency-missing': text('Rapportering utan frekvens', 'Reporting without frequency'),
  'report-to-dissolved': text('Rapporterar till avvecklat organ', 'Reports to a dissolved body'),
  'reporting-cycle': text('Rapportering i ring', 'Reporting in a loop'),
  'several-masters': text('Flera huvudmän', 'Several masters'),
  'missing-mandate': text('Saknar mandat', 'Missing mandate'),
  'composition-mismatch': text('Sammansättning enligt mandat saknas', 'Composition differs from mandate'),
  'same-people-both-sides': text('Samma personer på båda sidor', 'Same people on both sides'),
  'funding-without-report': text('Pengar och ansvar går isär', 'Money and responsibility apart'),
  'initiative-without-targets': text('Satsning utan mål', 'Initiative without targets'),
  'empty-body': text('Organ utan ledamöter', 'Body without members'),
  'no-chair': text('Organ utan ordförande', 'Body without a chair'),
  'no-situational-picture': text('Lägesbild saknas', 'No situational picture'),
  'stale-situational-picture': text('Lägesbilden är gammal', 'Situational picture out of date'),
  'no-action-plan': text('Åtgärdsplan saknas', 'No action plan'),
  'action-plan-before-picture': text('Åtgärdsplan äldre än lägesbilden', 'Action plan older than the picture'),
  'action-plan-not-municipal': text('Åtgärdsplan inte beslutad av kommunen', 'Action plan not decided by the municipality'),
  'no-coordination-function': text('Samordningsfunktion saknas', 'No coordination function'),
  'agreement-expired': text('Samverkansöverenskommelsen har löpt ut', 'Cooperation agreement expired'),
  'agreement-unsigned': text('Överenskommelse utan undertecknare', 'Agreement without signatories'),
  'document-lapsed': text('Styrdokument utan revidering eller ersättare', 'Document lapsed'),
  'yearly-plan-outside-parent': text('Årsplan utanför överordnad period', 'Yearly plan outside its parent'),
  'initiative-without-plan': text('Satsning utan plan', 'Initiative without a plan'),
  'document-without-decision': text('Styrdokument utan beslut', 'Document without a decision'),
  'task-accountable': text('Ingen eller flera ansvarar (A)', 'No one or several accountable (A)'),
  'task-without-responsible': text('Ingen utför (U)', 'No one responsible (R)'),
  'accountable-without-mandate': text('Ansvarar utan mandat', 'Accountable without a mandate'),
  'responsible-not-reaching-accountable': text('Utföraren når inte den ansvarige', 'Responsible does not reach accountable'),
  'funder-not-on-follow-up': text('Finansiären följer inte upp', 'Funder not on the follow-up'),
  'accountable-bottleneck': text('Ansvarar för många uppgifter', 'Accountable for many tasks'),
  'assignment-to-absent-body': text('Ansvar hos organ som inte finns', 'Assignment to an absent body'),
  'recommendation-unanswered': text('Rekommendation utan svar', 'Recommendation without an answer'),
  'action-overdue': text('Försenad åtgärd', 'Overdue action'),
  'agreed-without-action': text('Delad rekommendation utan åtgärd', 'Agreed recommendation without action'),
  'action-owner-missing': text('Åtgärd utan ansvarigt organ på datumet', 'Action owner does not exist on the date'),
  'repeat-finding': text('Upprepad iakttagelse', 'Repeat finding'),
};
