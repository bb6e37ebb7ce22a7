import { text } from '../../i18n/text';
import type { AnalysisContext } from '../context';
import { defineRule, elements, type FoundIssue } from '../finding';
import { bodiesOf, taskIndex } from '../taskIndex';

/** A task no one carries out (R) is a task no one does, whoever answers for it. */
export const taskWithoutResponsibleRule = defineRule({
  id: 'task-without-responsible',
  severity: 'warning',
  description: text('En uppgift som ingen utför (U/R) på datumet.', 'A task that no one is responsible (R) for carrying out on the date.'),
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
