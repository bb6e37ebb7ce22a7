import { addDays, auditsOn } from '../../audits/followUp';
import { text } from '../../i18n/text';
import type { AnalysisContext } from '../context';
import { defineRule, type RuleAbout, type FoundIssue } from '../finding';
import { quoted, recommendationElements } from '../../audits/recommendationWords';

/** For the checks reference (docs/reference/checks.md). */
const ABOUT: RuleAbout = {
  why: text(
    'Revisorerna begär svar på sin granskning, och granskningen och svaret anmäls till fullmäktige. Ett uteblivet svar gör att ingen vet om rekommendationen delas eller vad som ska göras.',
    'The auditors ask for an answer to their audit, and the audit and the answer are reported to the council. A missing answer leaves no one knowing whether the recommendation is shared or what will be done.',
  ),
  fix: text(
    'Lägg in svaret (delar, delar delvis eller delar inte) med datum och beslutsreferens, eller ändra tiden för svar i kartans inställningar.',
    'Record the answer (agrees, agrees in part or does not agree) with its date and decision reference, or change the time allowed for answers in the map\'s settings.',
  ),
  source: text(
    'Revisorernas missiv till granskningen 2023 (daterat 2023-04-24): "Vi önskar att kommunstyrelsen inkommer med svar på de frågorna senast den 2023-06-15"; kommunstyrelsens svar tar ställning till varje rekommendation och anmäls med granskningen till kommunfullmäktige. Tiden för svar i kartan är kartans val, ingen lagregel.',
    'The auditors\' covering letter to the 2023 audit (dated 2023-04-24) asks the executive board to answer by 2023-06-15; the board\'s answer takes a position on each recommendation and is reported with the audit to the municipal council. The time for answers in the map is the map\'s choice, not a rule of law.',
  ),
};

/**
 * A recommendation still without an answer when the time the map allows for one (the setting
 * answerDueDays, counted from the audit's date) has run out. An audit without a date gives no
 * deadline, so it is not flagged.
 */
export const recommendationUnansweredRule = defineRule({
  id: 'recommendation-unanswered',
  severity: 'warning',
  description: text(
    'En rekommendation från en granskning som inte har fått något svar inom den tid kartan anger.',
    'A recommendation from an audit that has had no answer within the time the map allows.',
  ),
  about: ABOUT,
  find(ctx: AnalysisContext): FoundIssue[] {
    const days = ctx.settings.answerDueDays;
    const out: FoundIssue[] = [];
    for (const { audit, recommendations } of auditsOn(ctx.model, ctx.asOf)) {
      if (audit.date === null) continue;
      const due = addDays(audit.date, days);
      if (ctx.asOf <= due) continue;
      for (const r of recommendations) {
        if (r.answer !== null) continue;
        const rec = r.recommendation;
        const to = rec.addressedTo ? ctx.label(rec.addressedTo) : '';
        out.push({
          subject: rec.id,
          elements: recommendationElements(rec),
          message: text(
            `Rekommendationen ${quoted(rec)} i ${audit.title} (${audit.date}) har inget svar${to ? ` från ${to}` : ''}, fast svaret skulle ha kommit senast ${due} (${days} dagar).`,
            `The recommendation ${quoted(rec)} in ${audit.title} (${audit.date}) has no answer${to ? ` from ${to}` : ''}, although it was due by ${due} (${days} days).`,
          ),
          fix: text(
            'Lägg in svaret (delar, delar delvis eller delar inte) med datum och beslutsreferens, eller ändra tiden för svar i kartans inställningar.',
            "Record the answer (agrees, agrees in part or does not agree) with its date and decision reference, or change the time allowed for answers in the map's settings.",
          ),
        });
      }
    }
    return out;
  },
});
