import { say, text } from '../i18n/text';
import type { IsoDate, MandatModel } from '../model/types';
import type { Language, RaciRole } from '../model/vocabulary';
import { responsibilityMatrix } from '../tasks/matrixData';
import { taskRoleClarity } from '../tasks/roleClarity';
import type { SheetTable } from './matrixSheets';

/** The sheet's name: "Ansvar" as Swedish practice calls the matrix's subject. */
export const RESPONSIBILITIES_SHEET = text('Ansvar', 'Responsibilities');

/** The letters of the roles: Swedish practice says Utför / Ansvarar / Konsulteras / Informeras. */
export const ROLE_LETTERS: Readonly<Record<Language, Readonly<Record<RaciRole, string>>>> = {
  sv: { R: 'U', A: 'A', C: 'K', I: 'I' },
  en: { R: 'R', A: 'A', C: 'C', I: 'I' },
};

const TASK = text('Uppgift', 'Task');
// The three things an auditor asks of a task, then their sum: the Word report's measures.
const MEASURES = [
  text('Ansvarar (A), antal', 'Accountable (A), count'),
  text('Utför (U), antal', 'Responsible (R), count'),
  text('Utförarna når den ansvarige', 'Responsible reach accountable'),
  text('Tydligt ansvar', 'Clear responsibility'),
];
const YES = text('Ja', 'Yes');
const NO = text('Nej', 'No');
const NO_TASKS = text('Inget att visa: inga uppgifter gäller den {date}.', 'Nothing to show: no tasks are in force on {date}.');

/**
 * The workbook's responsibility sheet on `asOf`: a row per task in force, a column per body
 * with a role on one of them (grouped by level, as the Word report's matrix), each cell the
 * body's roles in the language's letters, then per task its clarity: how many hold A and R,
 * whether the R reach the A, and whether the responsibility is clear (exactly one A, at least
 * one R, the R reaching the A). Null for a map without tasks, so its workbook stays as it was.
 */
export function responsibilitiesSheet(model: MandatModel, asOf: IsoDate, lang: Language): SheetTable | null {
  if (model.tasks.size === 0) return null;
  const matrix = responsibilityMatrix(model, asOf, { onlyAssigned: true, byLevel: true });
  const clarity = new Map(taskRoleClarity(model, asOf).tasks.map((c) => [c.task.id as string, c]));
  const letters = ROLE_LETTERS[lang];
  const yes = (b: boolean): string => say(b ? YES : NO, lang);
  const rows = matrix.rows.map((r) => {
    const c = clarity.get(r.task.id);
    return [
      r.task.name,
      ...matrix.columns.map((col) => (r.cells.get(col.body.id)?.roles ?? []).map((x) => letters[x]).join('')),
      c?.accountable ?? 0,
      c?.responsible ?? 0,
      yes(c?.reachesAccountable ?? false),
      yes(c?.clear ?? false),
    ];
  });
  return {
    name: say(RESPONSIBILITIES_SHEET, lang),
    header: [say(TASK, lang), ...matrix.columns.map((c) => c.label), ...MEASURES.map((m) => say(m, lang))],
    rows,
    empty: rows.length > 0 ? null : say(NO_TASKS, lang).replace('{date}', asOf),
    frozenColumns: 1,
  };
}
