import { text } from '../../i18n/text';
import type { AnalysisContext } from '../context';
import { defineRule, type RuleAbout, elements, type FoundIssue } from '../finding';
import { bodiesOf, taskIndex } from '../taskIndex';

/** For the checks reference (docs/reference/checks.md). */
const ABOUT: RuleAbout = {
  why: text(
    'En uppgift som ingen är utpekad att utföra blir lätt ogjord: alla tror att någon annan gör den, och ingen kan rapportera hur det går.',
    'A task no one is named to carry out easily stays undone: everyone thinks someone else does it, and no one can report how it goes.',
  ),
  fix: text(
    'Ge det organ som gör arbetet rollen U (utför) för uppgiften i ansvarsmatrisen.',
    'Give the body that does the work the role R (responsible) for the task in the responsibility matrix.',
  ),
  source: text(
    'Mandats egen konsekvenskontroll; ingen av granskningarna pekar ut just detta.',
    'Mandat\'s own consistency check; neither audit points to this in particular.',
  ),
};

/** A task no one carries out (R) is a task no one does, whoever answers for it. */
export const taskWithoutResponsibleRule = defineRule({
  id: 'task-without-responsible',
  severity: 'warning',
  description: text('En uppgift som ingen utför (U/R) på datumet.', 'A task that no one is responsible (R) for carrying out on the date.'),
  about: ABOUT,
  find(ctx: AnalysisContext): FoundIssue[] {
    const out: FoundIssue[] = [];
    for (const { task, R, A } of taskIndex(ctx).tasks) {
      if (R.length > 0) continue;
      out.push({
        subject: task.id,
        elements: elements({ bodies: bodiesOf(A), tasks: [task.id] }),
        message: text(`Ingen utför (U) uppgiften ${task.name}. Den blir inte gjord av någon utpekad.`, `No one is responsible (R) for carrying out the task ${task.name}. No one named does it.`),
        fix: text('Ge organet som gör arbetet rollen U (utför) för uppgiften.', 'Give the body that does the work the role R (responsible) for the task.'),
      });
    }
    return out;
  },
});
