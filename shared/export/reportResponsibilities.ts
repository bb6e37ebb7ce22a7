import type { Paragraph } from 'docx';
import type { ReportTable } from './reportDocx';
import type { IsoDate, MandatModel } from '../model/types';
import type { Language, RaciRole } from '../model/vocabulary';
import { responsibilityMatrix } from '../tasks/matrixData';
import { taskRoleClarity } from '../tasks/roleClarity';
import { dataTable, gap, heading, para } from './reportDocx';
import { DIAGRAM_CONTENT_TWIPS } from './reportDiagram';

const LETTERS: Readonly<Record<Language, Readonly<Record<RaciRole, string>>>> = {
  sv: { R: 'U', A: 'A', C: 'K', I: 'I' },
  en: { R: 'R', A: 'A', C: 'C', I: 'I' },
};

const T = {
  title: { sv: 'Ansvar och rollklarhet', en: 'Responsibilities and role clarity' },
  intro: {
    sv: 'Ansvarsmatrisen per {date}: U utför, A ansvarar (exakt en per uppgift), K konsulteras, I informeras. Bara organ med en roll visas.',
    en: 'The responsibility matrix on {date}: R responsible, A accountable (exactly one per task), C consulted, I informed. Only bodies with a role are shown.',
  },
  task: { sv: 'Uppgift', en: 'Task' },
  measures: { sv: 'Rollklarhet per uppgift', en: 'Role clarity per task' },
  clearCount: { sv: '{clear} av {total} uppgifter har tydligt ansvar.', en: '{clear} of {total} tasks have clear responsibility.' },
  clear: { sv: 'Tydligt', en: 'Clear' },
  accountable: { sv: 'Ansvarar (A)', en: 'Accountable (A)' },
  responsible: { sv: 'Utför (U)', en: 'Responsible (R)' },
  reaches: { sv: 'Utförarna når den ansvarige', en: 'Responsible reach accountable' },
  yes: { sv: 'Ja', en: 'Yes' },
  no: { sv: 'Nej', en: 'No' },
  perBody: { sv: 'Per organ', en: 'Per body' },
  body: { sv: 'Organ', en: 'Body' },
  answersFor: { sv: 'Ansvarar för', en: 'Answers for' },
  carriesOut: { sv: 'Utför', en: 'Carries out' },
} as const;

const say = (key: keyof typeof T, lang: Language, values: Record<string, string | number> = {}): string =>
  T[key][lang].replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));

/**
 * The report's responsibility chapter, for a landscape section: the matrix (a header row Word
 * repeats on each page), then the measures: per task whether it is clear and why not, per
 * body what it answers for and carries out. Empty when the map has no task in force.
 */
export function responsibilitiesSection(model: MandatModel, asOf: IsoDate, lang: Language): (Paragraph | ReportTable)[] {
  const matrix = responsibilityMatrix(model, asOf, { onlyAssigned: true, byLevel: true });
  if (matrix.rows.length === 0) return [];
  const clarity = taskRoleClarity(model, asOf);
  const letters = LETTERS[lang];
  const names = new Map(matrix.rows.map((r) => [r.task.id as string, r.task.name]));
  const matrixTable = dataTable(
    [say('task', lang), ...matrix.columns.map((c) => c.label)],
    matrix.rows.map((r) => [r.task.name, ...matrix.columns.map((c) => (r.cells.get(c.body.id)?.roles ?? []).map((x) => letters[x]).join(''))]),
    [4, ...matrix.columns.map(() => 1)],
    [],
    DIAGRAM_CONTENT_TWIPS,
  );
  const yes = (b: boolean): string => say(b ? 'yes' : 'no', lang);
  const measures = dataTable(
    [say('task', lang), say('accountable', lang), say('responsible', lang), say('reaches', lang), say('clear', lang)],
    clarity.tasks.map((c) => [c.task.name, String(c.accountable), String(c.responsible), yes(c.reachesAccountable), yes(c.clear)]),
    [6, 2, 2, 3, 2],
    [1, 2],
    DIAGRAM_CONTENT_TWIPS,
  );
  const label = new Map(matrix.columns.map((c) => [c.body.id as string, c.label]));
  const perBody = dataTable(
    [say('body', lang), say('answersFor', lang), say('carriesOut', lang)],
    [...clarity.bodies]
      .sort(([a], [b]) => (label.get(a) ?? a).localeCompare(label.get(b) ?? b, 'sv'))
      .map(([id, roles]) => [label.get(id) ?? id, roles.answersFor.map((t) => names.get(t) ?? t).join('; '), roles.carriesOut.map((t) => names.get(t) ?? t).join('; ')]),
    [3, 6, 6],
    [],
    DIAGRAM_CONTENT_TWIPS,
  );
  return [
    heading(say('title', lang), 1),
    para(say('intro', lang, { date: asOf })),
    matrixTable,
    gap(),
    heading(say('measures', lang), 2),
    para(say('clearCount', lang, { clear: clarity.clearCount, total: clarity.tasks.length })),
    measures,
    gap(),
    heading(say('perBody', lang), 2),
    perBody,
  ];
}
