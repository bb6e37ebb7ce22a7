import { auditsOn, isClosed } from '../../audits/followUp';
import { ACTION_STATUS_LABELS } from '../../audits/labels';
import { text } from '../../i18n/text';
import type { AnalysisContext } from '../context';
import { defineRule, type RuleAbout, type FoundIssue } from '../finding';
import { quoted, recommendationElements } from '../../audits/recommendationWords';

/** For the checks reference (docs/reference/checks.md). */
const ABOUT: RuleAbout = {
  why: text(
    'En åtgärd som har passerat sitt klart-datum utan att vara klar visar att det som utlovades i svaret till revisorerna inte har blivit gjort, eller att ingen har noterat att det blev det.',
    'An action past its due date and not done shows that what the answer to the auditors promised has not been done, or that no one has recorded that it was.',
  ),
  fix: text(
    'Ange en ny status med datum (klar, pågår, avbruten) och underlag, eller ett nytt klart-datum om ett sådant är beslutat.',
    'Record a new status with its date (done, in progress, dropped) and the evidence, or a new due date if one has been decided.',
  ),
  source: text(
    'Granskningscykeln i källorna: kommunstyrelsens svar på granskningen 2023 beskriver arbete "som påbörjats utifrån den förra revisionen" och arbete som "pågår", och granskningen 2023 (avsnitt 3.2.4) hänvisar till den tidigare revisionsrapporten. Att klart-datumet har passerat är Mandats egen konsekvenskontroll.',
    'The audit cycle in the sources: the executive board\'s answer to the 2023 audit describes work begun after the previous audit and work in progress, and the 2023 audit (section 3.2.4) refers to the earlier audit report. That the due date has passed is Mandat\'s own consistency check.',
  ),
};

/** An action whose due date has passed while it is neither done nor dropped. */
export const actionOverdueRule = defineRule({
  id: 'action-overdue',
  severity: 'warning',
  description: text('En åtgärd efter en granskning som är försenad: klart-datumet har passerat och den är inte klar.', 'An action after an audit that is overdue: its due date has passed and it is not done.'),
  about: ABOUT,
  find(ctx: AnalysisContext): FoundIssue[] {
    const out: FoundIssue[] = [];
    for (const { recommendations } of auditsOn(ctx.model, ctx.asOf))
      for (const r of recommendations)
        for (const { action, status } of r.actions) {
          if (action.due === null || action.due >= ctx.asOf || isClosed(status)) continue;
          const owner = action.owner ? ctx.label(action.owner) : '';
          out.push({
            subject: action.id,
            elements: recommendationElements(r.recommendation, action.owner ? [action.owner] : []),
            message: text(
              `Åtgärden "${action.text}"${owner ? ` (${owner})` : ''} skulle vara klar ${action.due} men är "${ACTION_STATUS_LABELS[status].sv.toLowerCase()}". Den hör till rekommendationen ${quoted(r.recommendation)}.`,
              `The action "${action.text}"${owner ? ` (${owner})` : ''} was due ${action.due} but is "${ACTION_STATUS_LABELS[status].en.toLowerCase()}". It belongs to the recommendation ${quoted(r.recommendation)}.`,
            ),
            fix: text(
              'Ange en ny status med datum (klar, pågår, avbruten) och underlag, eller ett nytt klart-datum om det är beslutat.',
              'Record a new status with its date (done, in progress, dropped) and the evidence, or a new due date if one was decided.',
            ),
          });
        }
    return out;
  },
});
