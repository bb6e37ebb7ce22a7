import { text } from '../../i18n/text';
import type { AnalysisContext } from '../context';
import { defineRule, type RuleAbout, elements, type FoundIssue } from '../finding';
import { taskIndex } from '../taskIndex';

/** For the checks reference (docs/reference/checks.md). */
const ABOUT: RuleAbout = {
  why: text(
    'Om den som utför arbetet inte rapporterar, direkt eller via andra, till den som ansvarar för det, kan den ansvarige inte följa upp eller styra om. Ansvaret blir då bara på papperet.',
    'If whoever does the work does not report, directly or through others, to whoever is accountable for it, the accountable body cannot follow it up or change course. The accountability is then on paper only.',
  ),
  fix: text(
    'Lägg till en rapporteringslinje från det utförande organet till det ansvariga, direkt eller via ett annat organ, eller flytta rollen A till ett organ som det utförande organet redan rapporterar till.',
    'Add a reporting line from the responsible body to the accountable one, directly or through another body, or move the role A to a body the responsible body already reports to.',
  ),
  source: text(
    'Granskningen 2023 (KPMG) avsnitt 3.2.4: "Vi har inte kunnat identifiera någon uppföljning av mandatperiodsprojektet i kommunstyrelsen under året." Avsnitt 4, fjärde rekommendationen: stärka politisk uppföljning och rapportering på kommunstyrelse- och nämndnivå.',
    'The 2023 audit (KPMG) section 3.2.4: the auditors could not identify any follow-up of the mandate-period project in the executive board during the year. Section 4, fourth recommendation: strengthen political follow-up and reporting at executive-board and committee level.',
  ),
};

/**
 * The body that carries a task out (R) must give account, directly or through others, to the
 * one body that answers for it (A): otherwise the work does not reach whoever answers for it
 * (the 2023 audit, section 3.2: nothing was reported back to KS in 2022). Judged only where A
 * is clear; a task with no or several A is `task-accountable`'s.
 */
export const responsibleNotReachingAccountableRule = defineRule({
  id: 'responsible-not-reaching-accountable',
  severity: 'warning',
  description: text(
    'Ett organ som utför (U) en uppgift utan rapporteringskedja till organet som ansvarar (A) för den.',
    'A body responsible (R) for a task with no reporting chain to the body accountable (A) for it.',
  ),
  about: ABOUT,
  find(ctx: AnalysisContext): FoundIssue[] {
    const index = taskIndex(ctx);
    const out: FoundIssue[] = [];
    for (const { task, R, A } of index.tasks) {
      const top = A.length === 1 ? A[0]?.body : null;
      if (!top) continue;
      for (const r of R) {
        if (r.body === null || r.body === top || index.reaches(r.body, top)) continue;
        const body = ctx.label(r.body);
        const answerer = ctx.label(top);
        out.push({
          subject: `${task.id}|${r.body}`,
          elements: elements({ bodies: [r.body, top], tasks: [task.id] }),
          message: text(
            `${body} utför uppgiften ${task.name} men har ingen rapporteringskedja till ${answerer}, som ansvarar för den. Arbetet når inte den som svarar för det.`,
            `${body} carries out the task ${task.name} but has no reporting chain to ${answerer}, which is accountable for it. The work does not reach whoever answers for it.`,
          ),
          fix: text(
            `Lägg till en rapporteringslinje från ${body} (direkt eller via ett annat organ) till ${answerer}, eller ge A till ett organ som ${body} rapporterar till.`,
            `Add a reporting line from ${body} (directly or through another body) to ${answerer}, or give A to a body that ${body} reports to.`,
          ),
        });
      }
    }
    return out;
  },
});
