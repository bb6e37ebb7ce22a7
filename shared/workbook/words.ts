import { text, type Text } from '../i18n/text';
import type { FieldSpec } from '../model/fields';
import { ENTITY_SPECS, SETTINGS_SPEC } from '../model/specs';
import {
  BODY_KINDS,
  DOCUMENTED,
  LANGUAGES,
  LEVELS,
  LINE_KINDS,
  MEMBER_KINDS,
  ROLES,
  type BodyKind,
  type Documented,
  type Language,
  type Level,
  type LineKind,
  type MemberKind,
  type Role,
} from '../model/vocabulary';

/** A closed vocabulary as import reads it: the English words and the Swedish ones a strategist types. */
export interface Words<T extends string> {
  readonly lookup: ReadonlyMap<string, T>;
  /** The model's check, whose message says which words are allowed. */
  readonly spec: FieldSpec<unknown> | undefined;
}

/** A word as import compares it: trimmed, lower case, `_` and runs of white space as one space. */
function normaliseWord(word: string): string {
  return word.trim().toLowerCase().replace(/[\s_]+/g, ' ');
}

function words<T extends string>(values: readonly T[], spec: FieldSpec<unknown> | undefined, extra: Readonly<Record<string, T>>): Words<T> {
  const lookup = new Map<string, T>();
  for (const v of values) lookup.set(normaliseWord(v), v);
  for (const [word, v] of Object.entries(extra)) lookup.set(normaliseWord(word), v);
  return { lookup, spec };
}

export const BODY_KIND_WORDS: Words<BodyKind> = words(BODY_KINDS, ENTITY_SPECS.bodies.kind, {
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

export const LEVEL_WORDS: Words<Level> = words(LEVELS, ENTITY_SPECS.bodies.level, {
  politisk: 'political',
  förvaltning: 'administrative',
  tjänsteperson: 'administrative',
  tjänstepersonsnivå: 'administrative',
  administrativ: 'administrative',
  operativ: 'operative',
  extern: 'external',
});

export const ROLE_WORDS: Words<Role> = words(ROLES, ENTITY_SPECS.memberships.role, {
  ordförande: 'chair',
  ledamot: 'member',
  sekreterare: 'secretary',
  adjungerad: 'invited',
  inbjuden: 'invited',
  'bjuds in vid behov': 'invited',
  'invited when needed': 'invited',
});

export const LINE_KIND_WORDS: Words<LineKind> = words(LINE_KINDS, ENTITY_SPECS.reportingLines.kind, {
  'rapporterar till': 'reports_to',
  'bereder ärenden till': 'prepares_for',
  bereder: 'prepares_for',
  informerar: 'informs',
  'följs upp av': 'followed_up_by',
});

export const DOCUMENTED_WORDS: Words<Documented> = words(DOCUMENTED, ENTITY_SPECS.reportingLines.documented, {
  ja: 'yes',
  nej: 'no',
  okänt: 'unknown',
  'vet ej': 'unknown',
});

export const MEMBER_KIND_WORDS: Words<MemberKind> = words(MEMBER_KINDS, ENTITY_SPECS.members.kind, {
  befattning: 'position',
});

export const LANGUAGE_WORDS: Words<Language> = words(LANGUAGES, SETTINGS_SPEC.language, {
  svenska: 'sv',
  swedish: 'sv',
  engelska: 'en',
  english: 'en',
});

type Read<T> = { ok: true; value: T } | { ok: false; message: Text };

/** The model word for a typed word, or the model's message listing the allowed words. */
export function readWord<T extends string>(vocabulary: Words<T>, raw: string): Read<T> {
  const found = vocabulary.lookup.get(normaliseWord(raw));
  if (found !== undefined) return { ok: true, value: found };
  const checked = vocabulary.spec?.check(raw.trim());
  if (checked && !checked.ok) return checked;
  const known = [...new Set(vocabulary.lookup.values())].join(', ');
  return { ok: false, message: text(`"${raw.trim()}" är okänt; använd något av: ${known}`, `"${raw.trim()}" is not known; use one of: ${known}`) };
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
