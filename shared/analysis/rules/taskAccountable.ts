import { text } from '../../i18n/text';
import type { AnalysisContext } from '../context';
import { defineRule, type RuleAbout, elements, type FoundIssue } from '../finding';
import { bodiesOf, holderLabel, taskIndex } from '../taskIndex';

/** For the checks reference (docs/reference/checks.md). */
const ABOUT: RuleAbout = {
  why: text(
    'När ingen ansvarar för en uppgift kan ingen ställas till svars för den, och när flera ansvarar kan var och en skjuta på de andra. Då vet varken politiker eller revisorer vem som ska svara för resultatet.',
    'When no one is accountable for a task no one can be held to account for it, and when several are, each can leave it to the others. Then neither politicians nor auditors know who answers for the result.',
  ),
  fix: text(
    'Ge precis ett organ rollen A (ansvarar) för varje uppgift; de andra kan utföra (U), konsulteras (K) eller informeras (I).',
    'Give exactly one body the role A (accountable) for each task; the others can be responsible (R), consulted (C) or informed (I).',
  ),
  source: text(
    'Granskningen 2023 (KPMG) avsnitt 4, första rekommendationen: "Förtydliga berörda grupper, nämnders och förvaltningars ansvar för den verksamhet som bedrivs i mandatperiodsprojektet, för att ge förutsättningar för en tydlig uppföljning och rapportering." Avsnitt 3.1.4: organiseringen gör att "ansvaret för insatsernas helhet och mandatperiodsmedlen är otydligt".',
    'The 2023 audit (KPMG) section 4, first recommendation: clarify the responsibility of the groups, committees and departments concerned for the work done in the mandate-period project, to allow clear follow-up and reporting. Section 3.1.4: the way the work is organised makes the responsibility for the whole of the measures and for the mandate-period funds unclear.',
  ),
};

/**
 * A task needs exactly one who answers for it (A). None means no one can be held to account;
 * several means each can point at the other: the 2023 audit's finding for the mandate-period
 * project (section 3.1.4: the responsibility spread over KS, two committees and several groups).
 */
export const taskAccountableRule = defineRule({
  id: 'task-accountable',
  severity: 'warning',
  description: text(
    'En uppgift som ingen ansvarar (A) för, eller som flera ansvarar för, på datumet.',
    'A task that no one is accountable (A) for, or several are, on the date.',
  ),
  about: ABOUT,
  find(ctx: AnalysisContext): FoundIssue[] {
    const out: FoundIssue[] = [];
    for (const { task, A } of taskIndex(ctx).tasks) {
      if (A.length === 1) continue;
      const names = A.map((a) => holderLabel(ctx, a)).join(', ');
      out.push({
        subject: task.id,
        elements: elements({ bodies: bodiesOf(A), tasks: [task.id] }),
        message:
          A.length === 0
            ? text(`Ingen ansvarar (A) för uppgiften ${task.name}. Ingen kan ställas till svars för den.`, `No one is accountable (A) for the task ${task.name}. No one can be held to account for it.`)
            : text(
                `${A.length} ansvarar (A) för uppgiften ${task.name}: ${names}. När flera ansvarar kan var och en peka på de andra.`,
                `${A.length} are accountable (A) for the task ${task.name}: ${names}. When several answer for it, each can point at the others.`,
              ),
        fix:
          A.length === 0
            ? text('Ge ett organ rollen A (ansvarar) för uppgiften i ansvarsmatrisen.', 'Give one body the role A (accountable) for the task in the responsibility matrix.')
            : text('Behåll A hos ett organ och gör de andra till U (utför), K (konsulteras) eller I (informeras).', 'Keep A with one body and make the others R (responsible), C (consulted) or I (informed).'),
      });
    }
    return out;
  },
});
