import { text, type Text } from '../i18n/text';
import type { Issue, IssueDetail } from './issue';

const MONTHS = {
  sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
} as const;

/** Fields whose emptiness has a name of its own ("Namnet får inte vara tomt"). */
const EMPTY_FIELD: Readonly<Record<string, Text>> = {
  name: text('Namnet får inte vara tomt.', 'The name cannot be empty.'),
  text: text('Texten får inte vara tom.', 'The text cannot be empty.'),
};

/** Refusals that say the same thing whatever the path, as a sentence for a person. */
const BY_CODE: Readonly<Record<string, Text>> = {
  'self-line': text('Ett organ kan inte rapportera till sig självt.', 'A body cannot report to itself.'),
  'part-of-self': text('Ett organ kan inte vara en del av sig självt.', 'A body cannot be a part of itself.'),
  'part-of-cycle': text('Organet skulle bli en del av sig självt.', 'The body would become a part of itself.'),
  'duplicate-membership': text('Ledamoten sitter redan i organet under samma tid.', 'The member already sits in the body during that time.'),
  'missing-author': text('Skriv ditt namn först: det visas på kommentaren.', 'Write your name first: it is shown on the comment.'),
  'document-parent-cycle': text('Dokumentet skulle hamna under sig självt.', 'The document would end up under itself.'),
  'document-replaces-itself': text('Ett styrdokument kan inte ersätta sig självt.', 'A governing document cannot replace itself.'),
  'yearly-plan-without-parent': text('En handlingsplan/årsplan behöver ett överordnat dokument.', 'A yearly plan needs a parent document.'),
  'coordination-who': text('Välj antingen ett organ eller en ledamot som samordningsfunktion.', 'Choose either a body or a member as the coordination function.'),
  'assignment-who': text('Välj antingen ett organ eller en ledamot för ansvaret.', 'Choose either a body or a member for the assignment.'),
  'task-concerns-several': text('Välj en sak som uppgiften gäller: en satsning, ett styrdokument eller ett organ.', 'Choose one thing the task concerns: an initiative, a document or a body.'),
  'not-author': text('Bara den som skrev kommentaren kan ändra eller ta bort den.', 'Only the writer of a comment can change or delete it.'),
};

const daysIn = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();
const decimal = (n: number, lang: 'sv' | 'en'): string => n.toLocaleString(lang === 'sv' ? 'sv-SE' : 'en-GB', { maximumFractionDigits: 6 });

/** "Datumet 2023-02-30 finns inte: februari 2023 har 28 dagar." */
function noSuchDate(value: string): Text {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  if (m < 1 || m > 12) return text(`Datumet ${value} finns inte: månaden ska vara 01–12.`, `The date ${value} does not exist: the month must be 01–12.`);
  const days = daysIn(y, m);
  if (d < 1 || d > days) {
    const sv = MONTHS.sv[m - 1] as string;
    const en = MONTHS.en[m - 1] as string;
    return text(`Datumet ${value} finns inte: ${sv} ${y} har ${days} dagar.`, `The date ${value} does not exist: ${en} ${y} has ${days} days.`);
  }
  return text(`Datumet ${value} finns inte.`, `The date ${value} does not exist.`);
}

/**
 * What is wrong with a date typed in a field, in words: written as a date that does not exist
 * (2023-02-30), or not written as ÅÅÅÅ-MM-DD at all (null: the field's own hint says how).
 */
export function noSuchDateProblem(value: string): Text | null {
  return /^\d{4}-\d{2}-\d{2}$/.test(value.trim()) ? noSuchDate(value.trim()) : null;
}

function fromDetail(detail: IssueDetail, field: string): Text {
  switch (detail.kind) {
    case 'date-format':
      return text(`"${detail.value}" är inget datum: skriv det som ÅÅÅÅ-MM-DD, till exempel 2024-03-01.`, `"${detail.value}" is not a date: write it as YYYY-MM-DD, for example 2024-03-01.`);
    case 'no-such-date':
      return noSuchDate(detail.value);
    case 'empty':
      return EMPTY_FIELD[field] ?? text('Fältet får inte vara tomt.', 'This field cannot be empty.');
    case 'too-long':
      return text(`Texten är för lång: högst ${decimal(detail.max, 'sv')} tecken.`, `The text is too long: at most ${decimal(detail.max, 'en')} characters.`);
    case 'not-a-number':
      return text('Skriv ett tal med siffror, till exempel 3 eller 0,5.', 'Write a number in digits, for example 3 or 0.5.');
    case 'not-whole':
      return text(`Skriv ett heltal, inte ${decimal(detail.value, 'sv')}.`, `Write a whole number, not ${decimal(detail.value, 'en')}.`);
    case 'out-of-range':
      return text(
        `${decimal(detail.value, 'sv')} går inte: talet ska ligga mellan ${decimal(detail.min, 'sv')} och ${decimal(detail.max, 'sv')}.`,
        `${decimal(detail.value, 'en')} is not allowed: the number must be between ${decimal(detail.min, 'en')} and ${decimal(detail.max, 'en')}.`,
      );
    case 'dates-reversed':
      return text(`Giltig till (${detail.to}) ligger före giltig från (${detail.from}).`, `Valid to (${detail.to}) is before valid from (${detail.from}).`);
  }
}

/** A message as a sentence: without a nested field's path in front, capitalised, with a full stop. */
function asSentence(message: string): string {
  const bare = message.replace(/^[\w[\].]+: /, '').trim();
  if (bare === '') return bare;
  const capital = bare.charAt(0).toLocaleUpperCase('sv') + bare.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

/**
 * An issue said the way a person at a form needs it: the value and what is wrong with it
 * ("Datumet 2023-02-30 finns inte: februari 2023 har 28 dagar."), never the path where a
 * program found it (`changes.validFrom`). Issues without a known detail or code keep their
 * own message, as a sentence.
 */
export function plainIssue(issue: Issue): Text {
  const field = issue.path.split('.').pop() ?? '';
  if (issue.detail) return fromDetail(issue.detail, field);
  const known = BY_CODE[issue.code];
  if (known) return known;
  return text(asSentence(issue.message.sv), asSentence(issue.message.en));
}
