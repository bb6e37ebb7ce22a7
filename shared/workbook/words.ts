import { text, type Text } from '../i18n/text';
import { DOCUMENT_KIND_LABELS, DOCUMENTED_LABELS, KIND_LABELS, LEVEL_LABELS, LINE_KIND_LABELS, ROLE_LABELS } from '../export/labels';
import { ACTION_STATUS_LABELS, STANCE_LABELS } from '../audits/labels';
import { suggestion, withSuggestion } from './nearest';
import {
  ACTION_STATUSES,
  ANSWER_STANCES,
  BODY_KINDS,
  DOCUMENT_KINDS,
  DOCUMENTED,
  LANGUAGES,
  LEVELS,
  LINE_KINDS,
  MEMBER_KINDS,
  RACI_ROLES,
  ROLES,
  type ActionStatus,
  type AnswerStance,
  type BodyKind,
  type DocumentKind,
  type Documented,
  type Language,
  type Level,
  type LineKind,
  type MemberKind,
  type RaciRole,
  type Role,
} from '../model/vocabulary';

type Read<T> = { ok: true; value: T } | { ok: false; message: Text };

const MEMBER_KIND_LABELS: Readonly<Record<MemberKind, Text>> = { person: text('Person', 'Person'), position: text('Befattning', 'Position') };
const LANGUAGE_LABELS: Readonly<Record<Language, Text>> = { sv: text('sv', 'sv'), en: text('en', 'en') };

/** A closed vocabulary as import reads it: the English words, the interface's words in both languages, and what a strategist types. */
export interface Words<T extends string> {
  /** Normalised word → the model's word and the word as shown in a suggestion. */
  readonly lookup: ReadonlyMap<string, { readonly value: T; readonly display: string }>;
  /** The interface's word for each value, in both languages (what a Swedish workbook is written with). */
  readonly labels: Readonly<Record<T, Text>>;
}

/** A word as import compares it: trimmed, lower case, `_` and runs of white space as one space. */
function normaliseWord(word: string): string {
  return word.trim().toLowerCase().replace(/[\s_]+/g, ' ');
}

function words<T extends string>(values: readonly T[], labels: Readonly<Record<T, Text>>, extra: Readonly<Record<string, T>>): Words<T> {
  const lookup = new Map<string, { value: T; display: string }>();
  const add = (word: string, value: T): void => {
    if (!lookup.has(normaliseWord(word))) lookup.set(normaliseWord(word), { value, display: word });
  };
  for (const v of values) add(v, v);
  for (const v of values) {
    add(labels[v].sv.toLowerCase(), v);
    add(labels[v].en.toLowerCase(), v);
  }
  for (const [word, v] of Object.entries(extra)) add(word, v);
  return { lookup, labels };
}

export const BODY_KIND_WORDS: Words<BodyKind> = words(BODY_KINDS, KIND_LABELS, {
  kommunfullmäktige: 'assembly',
  fullmäktige: 'assembly',
  regionfullmäktige: 'assembly',
  kommunstyrelse: 'executive_board',
  kommunstyrelsen: 'executive_board',
  arbetsutskott: 'working_committee',
  arbetsutskottet: 'working_committee',
  beredning: 'drafting_committee',
  beredningen: 'drafting_committee',
  nämnd: 'committee',
  nämnden: 'committee',
  råd: 'council',
  rådet: 'council',
  styrgrupp: 'steering_group',
  styrgruppen: 'steering_group',
  ledningsgrupp: 'management_group',
  ledningsgruppen: 'management_group',
  'operativ grupp': 'operative_group',
  'strategisk operativ grupp': 'operative_group',
  arbetsgrupp: 'working_group',
  arbetsgruppen: 'working_group',
  förvaltning: 'administration',
  förvaltningen: 'administration',
  bolag: 'company',
  'kommunalt bolag': 'company',
  'extern organisation': 'external_organisation',
  extern: 'external_organisation',
  myndighet: 'external_organisation',
  'external organization': 'external_organisation',
});

export const LEVEL_WORDS: Words<Level> = words(LEVELS, LEVEL_LABELS, {
  politisk: 'political',
  förvaltning: 'administrative',
  tjänsteperson: 'administrative',
  tjänstepersonsnivå: 'administrative',
  administrativ: 'administrative',
  operativ: 'operative',
  extern: 'external',
});

export const ROLE_WORDS: Words<Role> = words(ROLES, ROLE_LABELS, {
  ordförande: 'chair',
  // The abbreviations of minutes and member lists.
  ordf: 'chair',
  'ordf.': 'chair',
  ledamot: 'member',
  led: 'member',
  'led.': 'member',
  sekreterare: 'secretary',
  sekr: 'secretary',
  'sekr.': 'secretary',
  adjungerad: 'invited',
  adj: 'invited',
  'adj.': 'invited',
  chairperson: 'chair',
  inbjuden: 'invited',
  'bjuds in vid behov': 'invited',
  'invited when needed': 'invited',
});

export const LINE_KIND_WORDS: Words<LineKind> = words(LINE_KINDS, LINE_KIND_LABELS, {
  'rapporterar till': 'reports_to',
  'bereder ärenden till': 'prepares_for',
  bereder: 'prepares_for',
  informerar: 'informs',
  'följs upp av': 'followed_up_by',
});

export const DOCUMENTED_WORDS: Words<Documented> = words(DOCUMENTED, DOCUMENTED_LABELS, {
  ja: 'yes',
  nej: 'no',
  okänt: 'unknown',
  'vet ej': 'unknown',
});

export const MEMBER_KIND_WORDS: Words<MemberKind> = words(MEMBER_KINDS, MEMBER_KIND_LABELS, {
  befattning: 'position',
});

export const DOCUMENT_KIND_WORDS: Words<DocumentKind> = words(DOCUMENT_KINDS, DOCUMENT_KIND_LABELS, {
  plan: 'plan_programme',
  program: 'plan_programme',
  handlingsplan: 'yearly_plan',
  årsplan: 'yearly_plan',
  'yearly plan': 'yearly_plan',
  överenskommelse: 'cooperation_agreement',
  samverkansavtal: 'cooperation_agreement',
  annat: 'other',
  övrigt: 'other',
});

/** The letters a Swedish matrix is written with (U/A/K/I) and an English one (R/A/C/I). */
const RACI_LETTERS: Readonly<Record<RaciRole, Text>> = { R: text('U', 'R'), A: text('A', 'A'), C: text('K', 'C'), I: text('I', 'I') };

export const RACI_WORDS: Words<RaciRole> = words(RACI_ROLES, RACI_LETTERS, {
  utför: 'R',
  utförare: 'R',
  responsible: 'R',
  ansvarar: 'A',
  ansvarig: 'A',
  accountable: 'A',
  konsulteras: 'C',
  rådfrågas: 'C',
  consulted: 'C',
  informeras: 'I',
  informed: 'I',
});

export const STANCE_WORDS: Words<AnswerStance> = words(ANSWER_STANCES, STANCE_LABELS, {
  'delar rekommendationen': 'agrees',
  delar: 'agrees',
  instämmer: 'agrees',
  tillstyrker: 'agrees',
  'delar delvis': 'agrees_in_part',
  delvis: 'agrees_in_part',
  'instämmer delvis': 'agrees_in_part',
  'delar inte': 'does_not_agree',
  avstyrker: 'does_not_agree',
  'instämmer inte': 'does_not_agree',
});

export const ACTION_STATUS_WORDS: Words<ActionStatus> = words(ACTION_STATUSES, ACTION_STATUS_LABELS, {
  öppen: 'open',
  'inte påbörjad': 'open',
  påbörjad: 'in_progress',
  pågående: 'in_progress',
  genomförd: 'done',
  klar: 'done',
  avslutad: 'done',
  struken: 'dropped',
  avbruten: 'dropped',
});

export const LANGUAGE_WORDS: Words<Language> = words(LANGUAGES, LANGUAGE_LABELS, {
  svenska: 'sv',
  swedish: 'sv',
  engelska: 'en',
  english: 'en',
});

/**
 * The model word for a typed word (any case, `_` or space), or a message listing the
 * words of the user's language and suggesting the nearest one.
 */
export function readWord<T extends string>(vocabulary: Words<T>, raw: string): Read<T> {
  const found = vocabulary.lookup.get(normaliseWord(raw));
  if (found !== undefined) return { ok: true, value: found.value };
  const values = Object.keys(vocabulary.labels) as T[];
  const sv = values.map((v) => vocabulary.labels[v].sv.toLowerCase()).join(', ');
  const en = values.join(', ');
  const typed = raw.trim();
  const message = text(`"${typed}" är okänt här; skriv något av: ${sv}.`, `"${typed}" is not known here; write one of: ${en}.`);
  return { ok: false, message: withSuggestion(message, suggestion(typed, [...vocabulary.lookup.values()].map((w) => w.display))) };
}

/** The word a workbook of a language is written with: the interface's Swedish word, or the English snake_case. */
export function wordFor<T extends string>(vocabulary: Words<T>, value: T, lang: Language): string {
  return lang === 'sv' ? vocabulary.labels[value].sv : value;
}

const TRUE_WORDS = new Set(['ja', 'yes', 'true', 'sant', '1', 'x']);
const FALSE_WORDS = new Set(['nej', 'no', 'false', 'falskt', '0', '']);

/** A yes/no cell; empty is no. */
export function readBool(raw: string): Read<boolean> {
  const w = normaliseWord(raw);
  if (TRUE_WORDS.has(w)) return { ok: true, value: true };
  if (FALSE_WORDS.has(w)) return { ok: true, value: false };
  return {
    ok: false,
    message: text(
      `"${raw.trim()}" är varken ja eller nej; skriv ja, nej, true, false, 1, 0 eller x`,
      `"${raw.trim()}" is neither yes nor no; write yes, no, true, false, 1, 0 or x`,
    ),
  };
}
