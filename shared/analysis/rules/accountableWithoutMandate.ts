import { text } from '../../i18n/text';
import type { Body, Task } from '../../model/types';
import type { AnalysisContext } from '../context';
import { defineRule, elements, type FoundIssue } from '../finding';
import { taskIndex } from '../taskIndex';

const fold = (s: string): string => s.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * Whether a body's mandate covers a task: decided by a body that is accountable, and about the
 * task. About it means the task concerns the body itself, the body is the responsible body of
 * the initiative the task concerns, the document the task concerns was decided by the body or
 * governs it, or the mandate's text names the task, its initiative or its document.
 */
export function mandateCovers(ctx: AnalysisContext, body: Body, task: Task): boolean {
  const decider = body.mandate.decidedBy ? ctx.model.bodies.get(body.mandate.decidedBy) : undefined;
  if (!decider?.accountable) return false;
  if (task.body === body.id) return true;
  const initiative = task.initiative ? ctx.model.initiatives.get(task.initiative) : undefined;
  if (initiative?.responsible === body.id) return true;
  const document = task.document ? ctx.model.documents.get(task.document) : undefined;
  if (document && (document.decidedBy === body.id || document.governsBodies.includes(body.id))) return true;
  const mandate = fold(body.mandate.text);
  if (mandate === '') return false;
  return [task.name, initiative?.name ?? '', document?.title ?? ''].some((n) => fold(n) !== '' && mandate.includes(fold(n)));
}

/**
 * Only an accountable body (KF, KS, a committee) can answer for a task by itself; any other body
 * that is A needs a mandate from one that covers the task, or it answers for what no one gave it
 * (the 2023 audit, section 3.1.4: no documented steering from KS of the groups that ran the project).
 */
export const accountableWithoutMandateRule = defineRule({
  id: 'accountable-without-mandate',
  severity: 'warning',
  description: text(
    'Ett organ som ansvarar (A) för en uppgift utan att vara ansvarigt organ och utan ett mandat, beslutat av ett ansvarigt organ, som täcker uppgiften.',
    'A body accountable (A) for a task that is not an accountable body and has no mandate, decided by an accountable body, covering the task.',
  ),
  find(ctx: AnalysisContext): FoundIssue[] {
    const out: FoundIssue[] = [];
    for (const { task, A } of taskIndex(ctx).tasks) {
      for (const a of A) {
        const body = a.body ? ctx.activeBody.get(a.body) : undefined;
        if (!body || body.accountable || mandateCovers(ctx, body, task)) continue;
        const name = ctx.label(body.id);
        out.push({
          subject: `${task.id}|${body.id}`,
          elements: elements({ bodies: [body.id], tasks: [task.id] }),
          message: text(
            `${name} ansvarar (A) för uppgiften ${task.name} men är inget ansvarigt organ och har inget mandat från ett ansvarigt organ som täcker uppgiften.`,
            `${name} is accountable (A) for the task ${task.name} but is not an accountable body and has no mandate from an accountable body that covers the task.`,
          ),
          fix: text(
            `Låt ett ansvarigt organ (KS eller en nämnd) vara A, eller skriv in uppgiften i ${name}s mandat och ange vem som beslutade det.`,
            `Let an accountable body (KS or a committee) be A, or write the task into ${name}'s mandate and say who decided it.`,
          ),
        });
      }
    }
    return out;
  },
});
