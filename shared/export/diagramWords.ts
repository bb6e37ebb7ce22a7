import type { IsoDate } from '../model/types';
import type { Language } from '../model/vocabulary';

/** What the diagram writes, in both languages. */

/** The map's name, or a stand-in when it has none. */
export function mapTitle(name: string, lang: Language): string {
  const trimmed = name.trim();
  if (trimmed !== '') return trimmed;
  return lang === 'sv' ? 'Namnlös karta' : 'Untitled map';
}

/** "Visar kartan per 2021-09-26" / "Map as of 2021-09-26". */
export function showsAsOf(asOf: IsoDate, lang: Language): string {
  return lang === 'sv' ? `Visar kartan per ${asOf}` : `Map as of ${asOf}`;
}

/** "Version: …" (the same word in both languages). */
export function versionWords(version: string): string {
  return `Version: ${version}`;
}

/** "Författare: …" / "Author: …". */
export function authorWords(author: string, lang: Language): string {
  return lang === 'sv' ? `Författare: ${author}` : `Author: ${author}`;
}

/** "4 ledamöter" / "4 members", singular for one. */
export function membersWords(count: number, lang: Language): string {
  if (lang === 'sv') return count === 1 ? '1 ledamot' : `${count} ledamöter`;
  return count === 1 ? '1 member' : `${count} members`;
}

/** "Ordf.: …" / "Chair: …", as the canvas writes it. */
export function chairWords(name: string, lang: Language): string {
  return lang === 'sv' ? `Ordf.: ${name}` : `Chair: ${name}`;
}

/** The label of a line whose frequency nobody has written down. */
export function frequencyMissing(lang: Language): string {
  return lang === 'sv' ? 'frekvens saknas' : 'frequency missing';
}

/** An amount in millions of SEK, with at most two decimals: "6,3 MSEK" / "6.3 MSEK". */
export function msek(amountSek: number | null, lang: Language): string {
  if (amountSek === null) return lang === 'sv' ? 'belopp saknas' : 'amount not given';
  const millions = String(Math.round(amountSek / 10_000) / 100);
  return `${lang === 'sv' ? millions.replace('.', ',') : millions} MSEK`;
}

/** "Mandatet beslutat av" / "Mandate decided by", for a decided-by line's title. */
export function decidedByWords(lang: Language): string {
  return lang === 'sv' ? 'Mandatet beslutat av' : 'Mandate decided by';
}

/** "Finansiering 2023" / "Funding 2023", for a funding line's title. */
export function fundingWords(year: number, lang: Language): string {
  return lang === 'sv' ? `Finansiering ${year}` : `Funding ${year}`;
}

/** The alt text of the diagram. */
export function describeDiagram(
  name: string,
  asOf: IsoDate,
  counts: { readonly bodies: number; readonly lines: number; readonly funding: number | null },
  lang: Language,
): string {
  if (lang === 'sv') {
    const lines = counts.lines === 1 ? '1 rapporteringslinje' : `${counts.lines} rapporteringslinjer`;
    const funding = counts.funding === null ? '' : counts.funding === 1 ? ' och 1 finansiering' : ` och ${counts.funding} finansieringar`;
    const list = counts.funding === null ? `${counts.bodies} organ och ${lines}` : `${counts.bodies} organ, ${lines}${funding}`;
    return `Diagram över ${name} per ${asOf}: ${list}.`;
  }
  const bodies = counts.bodies === 1 ? '1 body' : `${counts.bodies} bodies`;
  const lines = counts.lines === 1 ? '1 reporting line' : `${counts.lines} reporting lines`;
  const funding = counts.funding === null ? '' : counts.funding === 1 ? ' and 1 funding line' : ` and ${counts.funding} funding lines`;
  const list = counts.funding === null ? `${bodies} and ${lines}` : `${bodies}, ${lines}${funding}`;
  return `Diagram of ${name} as of ${asOf}: ${list}.`;
}

/** What an empty diagram says instead of showing nothing. */
export function nothingToShowWords(asOf: IsoDate, lang: Language): string {
  return lang === 'sv'
    ? `Inget att visa: inga organ finns per ${asOf} med det urval som valts.`
    : `Nothing to show: there are no bodies as of ${asOf} with the chosen selection.`;
}

/** The legend's headings and entries. */
export const LEGEND_WORDS = {
  title: { sv: 'Teckenförklaring', en: 'Legend' },
  levels: { sv: 'Nivå', en: 'Level' },
  lines: { sv: 'Linjer', en: 'Lines' },
  other: { sv: 'Övrigt', en: 'Other' },
  undocumented: { sv: 'Streckad: inte dokumenterad (eller okänt)', en: 'Dashed: not documented (or unknown)' },
  funding: { sv: 'Finansiering (MSEK)', en: 'Funding (MSEK)' },
  decidedBy: { sv: 'Beslutat av (vem som beslutade mandatet)', en: 'Decided by (who decided the mandate)' },
  accountable: { sv: 'Ansvarigt organ', en: 'Accountable body' },
  external: { sv: 'Extern organisation', en: 'External organisation' },
  badge: { sv: 'Antal fynd från kontrollerna', en: 'Number of findings from the checks' },
} as const;
