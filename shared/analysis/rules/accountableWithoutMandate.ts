import { text } from '../../i18n/text';
import type { Body, Task } from '../../model/types';
import type { AnalysisContext } from '../context';
import { defineRule, type RuleAbout, elements, type FoundIssue } from '../finding';
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

/** For the checks reference (docs/reference/checks.md). */
const ABOUT: RuleAbout = {
  why: text(
    'En grupp som inte är nämnd eller styrelse kan bara ansvara för det som ett ansvarigt organ har gett den i uppdrag. Saknas ett beslutat uppdrag finns det ett glapp mellan den som beslutar och den som gör.',
    'A group that is not a committee or board can only answer for what an accountable body has given it to do. Without a decided mandate there is a gap between whoever decides and whoever does the work.',
  ),
  fix: text(
    'Låt ett ansvarigt organ (fullmäktige, styrelsen eller en nämnd) besluta ett mandat som täcker uppgiften, eller ge rollen A till ett ansvarigt organ.',
    'Have an accountable body (the council, the executive board or a committee) decide a mandate that covers the task, or give the role A to an accountable body.',
  ),
  source: text(
    'Granskningen 2023 (KPMG) avsnitt 3.1.4: "Att det saknas dokumenterad styrning från kommunstyrelsen som tilldelats resurser för mandatperiodsprojektet, skapar ett glapp i styrkedjan för verksamheten i projektet." Avsnitt 4, första rekommendationen: förtydliga gruppers, nämnders och förvaltningars ansvar.',
    'The 2023 audit (KPMG) section 3.1.4: the lack of documented steering from the executive board, which was given the resources for the mandate-period project, creates a gap in the chain of steering for the project\'s work. Section 4, first recommendation: clarify the responsibility of groups, committees and departments.',
  ),
};

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
  about: ABOUT,
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
