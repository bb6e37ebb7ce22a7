import type { Paragraph } from 'docx';
import type { ReportTable } from './reportDocx';
import { lawRequirements, type RequirementStatus } from '../analysis/law/requirements';
import { LAW_IN_FORCE } from '../analysis/law/sources';
import { text, type Text } from '../i18n/text';
import type { Language } from '../model/vocabulary';
import type { ReportContext } from './reportContext';
import { dataTable, gap, heading, missing, para, type CellValue } from './reportDocx';

const WORDS = {
  heading: text('Lagkrav och Brås steg', 'Law requirements and Brå’s steps'),
  intro: text(
    'Vad lagen (2023:196) om kommuners ansvar för brottsförebyggande arbete kräver, och överenskommelsen med polisen i Brås modell, som kartan visar dem per datumet.',
    'What the Act (2023:196) on municipalities’ responsibility for crime prevention requires, and the agreement with the police of Brå’s model, as the map shows them on the date.',
  ),
  before: text(`Lagen gäller från ${LAW_IN_FORCE}; före det är tabellen för kännedom.`, `The act applies from ${LAW_IN_FORCE}; before that the table is for information.`),
  requirement: text('Krav', 'Requirement'),
  status: text('Status', 'Status'),
  meetsBy: text('Uppfylls av', 'Met by'),
  detail: text('Förklaring', 'Explanation'),
  source: text('Källa', 'Source'),
  none: text('Inget', 'Nothing'),
  steps: text('Brås fem steg', 'Brå’s five steps'),
  step: text('Steg', 'Step'),
  done: text('Klart', 'Done'),
  evidence: text('I kartan', 'In the map'),
  yes: text('Ja', 'Yes'),
  no: text('Nej', 'No'),
} satisfies Record<string, Text>;

const STATUS: Readonly<Record<RequirementStatus, Text>> = {
  met: text('Uppfyllt', 'Met'),
  missing: text('Saknas', 'Missing'),
  stale: text('Inaktuellt', 'Out of date'),
};

const say = (t: Text, lang: Language): string => t[lang];

/**
 * The report's chapter on the law: each requirement with its status, what meets it and the
 * source it rests on, and Brå's five steps. Shown when the law applies on the date or the map
 * records documents or a coordination function, so a map of earlier years without them keeps
 * the report it had.
 */
export function lawSection(ctx: ReportContext): (Paragraph | ReportTable)[] {
  const { model, asOf, lang } = ctx;
  if (asOf < LAW_IN_FORCE && model.documents.size === 0 && model.coordination.size === 0) return [];
  const r = lawRequirements(model, asOf);
  const rows = r.requirements.map((q): CellValue[] => [
    say(q.label, lang),
    q.status === 'met' ? say(STATUS.met, lang) : missing(say(STATUS[q.status], lang)),
    q.meetsBy === '' ? missing(say(WORDS.none, lang)) : q.meetsBy,
    say(q.detail, lang),
    say(q.source, lang),
  ]);
  const steps = r.braSteps.map((s): CellValue[] => [`${s.step}. ${say(s.label, lang)}`, s.done ? say(WORDS.yes, lang) : missing(say(WORDS.no, lang)), say(s.evidence, lang)]);
  return [
    heading(say(WORDS.heading, lang), 1, true),
    para(say(WORDS.intro, lang)),
    ...(r.lawInForce ? [] : [para(say(WORDS.before, lang), { italics: true, muted: true })]),
    dataTable([WORDS.requirement, WORDS.status, WORDS.meetsBy, WORDS.detail, WORDS.source].map((h) => say(h, lang)), rows, [2.6, 1.8, 3, 3.6, 4.5]),
    gap(),
    heading(say(WORDS.steps, lang), 2),
    dataTable([WORDS.step, WORDS.done, WORDS.evidence].map((h) => say(h, lang)), steps, [4, 1.4, 7]),
    gap(),
  ];
}
