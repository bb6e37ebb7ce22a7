import { addDays, auditsOn } from '../../audits/followUp';
import { text } from '../../i18n/text';
import type { AnalysisContext } from '../context';
import { defineRule, type FoundIssue } from '../finding';
import { quoted, recommendationElements } from '../../audits/recommendationWords';

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
