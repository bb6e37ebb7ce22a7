import { text, type Text } from '../i18n/text';
import type { IsoDate } from '../model/types';
import type { Language } from '../model/vocabulary';

/**
 * Every fixed word of the report, in both languages. The terms follow the editor's
 * (Fynd, Kvitterade, Satsningar) so the report reads like the program it came from.
 */
export const W = {
  untitled: text('Namnlös karta', 'Untitled map'),
  author: text('Upprättad av', 'Prepared by'),
  date: text('Datum', 'Date'),
  contents: text('Innehåll', 'Contents'),
  diagram: text('Kartan', 'The map'),
  summary: text('Sammanfattning', 'Summary'),
  bodies: text('Organ', 'Bodies'),
  initiatives: text('Satsningar', 'Initiatives'),
  findings: text('Fynd', 'Findings'),
  acknowledged: text('Kvitterade fynd', 'Acknowledged findings'),
  acknowledgedIntro: text(
    'Fynd som kartans användare har bedömt som avsiktliga, med skälet de angav.',
    'Findings the users of the map judged to be intended, with the reason they gave.',
  ),
  // Summary
  measure: text('Mått', 'Measure'),
  value: text('Värde', 'Value'),
  bodiesOnDate: text('Organ på datumet', 'Bodies on the date'),
  completeMandate: text('Organ med fullständigt mandat', 'Bodies with a complete mandate'),
  reportingPath: text('Organ med dokumenterad rapportväg till ett ansvarigt organ', 'Bodies with a documented reporting path to an accountable body'),
  overlaps: text('Överlappande organ (par med samma ledamöter)', 'Overlapping bodies (pairs with the same members)'),
  summaryNote: text(
    'Ett mandat är fullständigt när det har en uppdragstext, ett beslutande organ och en beslutsreferens. En rapportväg räknas när varje steg är en dokumenterad linje som rapporterar, bereder eller följs upp, fram till fullmäktige, kommunstyrelsen eller en nämnd; de ansvariga organen har den själva.',
    'A mandate is complete when it has a text, a deciding body and a decision reference. A reporting path counts when every step is a documented line that reports, prepares or is followed up, up to the assembly, the executive board or a committee; the accountable bodies have one themselves.',
  ),
  // Bodies
  kind: text('Slag', 'Kind'),
  level: text('Nivå', 'Level'),
  partOf: text('Del av', 'Part of'),
  mandateText: text('Uppdrag', 'Mandate'),
  decidedBy: text('Beslutat av', 'Decided by'),
  decisionRef: text('Beslutsreferens', 'Decision reference'),
  required: text('Krävd sammansättning', 'Required members'),
  meets: text('Sammanträder', 'Meets'),
  valid: text('Giltig', 'Valid'),
  notes: text('Anteckningar och källor', 'Notes and sources'),
  members: text('Ledamöter', 'Members'),
  name: text('Namn', 'Name'),
  titleOrg: text('Titel och organisation', 'Title and organisation'),
  role: text('Roll', 'Role'),
  noMembers: text('Inga ledamöter angivna på datumet.', 'No members given on the date.'),
  linesOut: text('Rapporterar till', 'Reports to'),
  linesIn: text('Tar emot rapportering från', 'Receives reporting from'),
  to: text('Till', 'To'),
  from: text('Från', 'From'),
  lineKind: text('Slag av linje', 'Kind of line'),
  frequency: text('Frekvens', 'Frequency'),
  form: text('Form', 'Form'),
  documented: text('Dokumenterad', 'Documented'),
  noLinesOut: text('Inga linjer från organet på datumet.', 'No lines from the body on the date.'),
  noLinesIn: text('Inga linjer till organet på datumet.', 'No lines to the body on the date.'),
  notGiven: text('ej angivet', 'not given'),
  missing: text('Saknas', 'Missing'),
  yes: text('Ja', 'Yes'),
  no: text('Nej', 'No'),
  unknown: text('Okänt', 'Unknown'),
  // Initiatives
  responsible: text('Ansvarigt organ', 'Responsible body'),
  executors: text('Genomförs av', 'Carried out by'),
  targets: text('Mål och indikatorer', 'Targets and indicators'),
  noTargets: text('Mål saknas', 'No targets'),
  funding: text('Finansiering', 'Funding'),
  year: text('År', 'Year'),
  amount: text('Belopp', 'Amount'),
  source: text('Källa', 'Source'),
  noFunding: text('Ingen finansiering angiven.', 'No funding given.'),
  noAmount: text('Belopp saknas', 'No amount given'),
  // Findings
  fix: text('Åtgärd', 'Fix'),
  finding: text('Fynd', 'Finding'),
  reason: text('Skäl', 'Reason'),
  by: text('Kvitterat av', 'Acknowledged by'),
  when: text('Datum', 'Date'),
  // Footer
  page: text('Sida', 'Page'),
  of: text('av', 'of'),
} as const satisfies Record<string, Text>;

/** A word of the report in the report's language. */
export function w(key: keyof typeof W, lang: Language): string {
  return W[key][lang];
}

/** "Karta per 2023-06-01" / "Map as of 2023-06-01". */
export function mapAsOf(asOf: IsoDate, lang: Language): string {
  return lang === 'sv' ? `Karta per ${asOf}` : `Map as of ${asOf}`;
}

/** The sentence an empty part of the report says instead of an empty heading. */
export function nothingToShow(what: 'bodies' | 'initiatives' | 'findings' | 'acknowledged' | 'diagram', asOf: IsoDate, lang: Language): string {
  const sv: Record<typeof what, string> = {
    bodies: `Inget att visa: kartan har inga organ per ${asOf} med de valda filtren.`,
    initiatives: `Inget att visa: inga satsningar gäller per ${asOf}.`,
    findings: `Inget att visa: kontrollerna ger inga fynd per ${asOf}.`,
    acknowledged: `Inget att visa: inga fynd är kvitterade per ${asOf}.`,
    diagram: `Inget att visa: kartan har inga organ per ${asOf} med de valda filtren.`,
  };
  const en: Record<typeof what, string> = {
    bodies: `Nothing to show: the map has no bodies as of ${asOf} with the chosen filters.`,
    initiatives: `Nothing to show: no initiatives apply as of ${asOf}.`,
    findings: `Nothing to show: the checks give no findings as of ${asOf}.`,
    acknowledged: `Nothing to show: no findings are acknowledged as of ${asOf}.`,
    diagram: `Nothing to show: the map has no bodies as of ${asOf} with the chosen filters.`,
  };
  return (lang === 'sv' ? sv : en)[what];
}

/** Digits grouped in threes: a narrow no-break space in Swedish, a comma in English. */
function grouped(n: number, separator: string): string {
  const sign = n < 0 ? '-' : '';
  const digits = String(Math.round(Math.abs(n)));
  return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/**
 * An amount of Swedish kronor as each language writes it: `20 000 000 kr`, `SEK 20,000,000`.
 * Written by hand rather than with Intl, so every host (and every ICU build) gives the same text.
 */
export function formatSek(amount: number | null, lang: Language): string {
  if (amount === null) return w('noAmount', lang);
  return lang === 'sv' ? `${grouped(amount, '\u00a0')}\u00a0kr` : `SEK\u00a0${grouped(amount, ',')}`;
}

/** A share as a whole percentage: `44 %` (Swedish spacing) or `44%`. */
export function formatShare(share: number | null, lang: Language): string {
  if (share === null) return '–';
  const pct = Math.round(share * 100);
  return lang === 'sv' ? `${pct}\u00a0%` : `${pct}%`;
}

/** "12 av 27 (44 %)" / "12 of 27 (44%)". */
export function countOf(part: number, total: number, share: number | null, lang: Language): string {
  return `${part} ${w('of', lang)} ${total} (${formatShare(share, lang)})`;
}

/** A validity range in words, or null when the element has always existed and still does. */
export function validityText(from: IsoDate | null, to: IsoDate | null, lang: Language): string | null {
  if (from === null && to === null) return null;
  if (from !== null && to !== null) return `${from} – ${to}`;
  if (from !== null) return lang === 'sv' ? `från ${from}` : `from ${from}`;
  return lang === 'sv' ? `till och med ${to}` : `until ${to}`;
}
