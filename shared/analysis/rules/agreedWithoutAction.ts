import { auditsOn } from '../../audits/followUp';
import { STANCE_LABELS } from '../../audits/labels';
import { text } from '../../i18n/text';
import type { AnalysisContext } from '../context';
import { defineRule, type RuleAbout, type FoundIssue } from '../finding';
import { quoted, recommendationElements } from '../../audits/recommendationWords';

/** For the checks reference (docs/reference/checks.md). */
const ABOUT: RuleAbout = {
  why: text(
    'Att dela en rekommendation är ett åtagande. Står det inte vad som görs, av vem och till när, kan varken fullmäktige eller nästa granskning följa upp det.',
    'Agreeing with a recommendation is a commitment. If it does not say what is done, by whom and by when, neither the council nor the next audit can follow it up.',
  ),
  fix: text(
    'Lägg in vad som görs: en åtgärd med ansvarigt organ, klart-datum och status.',
    'Record what is being done: an action with an owner, a due date and a status.',
  ),
  source: text(
    'Kommunstyrelsens svar på granskningen 2023, avsnittet "Kommentarer utifrån respektive rekommendation": rekommendationerna besvaras med "delar", "delar delvis" eller "delar inte", och där de delas beskrivs arbetet, till exempel "arbetet pågår kontinuerligt".',
    'The executive board\'s answer to the 2023 audit, the part "Kommentarer utifrån respektive rekommendation" (comments on each recommendation): each recommendation is answered as agreed, agreed in part or not agreed, and where agreed the work is described, for example that the work is ongoing.',
  ),
};

/** A recommendation the answering body agreed with, wholly or in part, and for which no action is recorded. */
export const agreedWithoutActionRule = defineRule({
  id: 'agreed-without-action',
  severity: 'warning',
  description: text(
    'En rekommendation som det svarande organet delar (helt eller delvis) men där ingen åtgärd är registrerad.',
    'A recommendation the answering body agrees with (wholly or in part) but for which no action is recorded.',
  ),
  about: ABOUT,
  find(ctx: AnalysisContext): FoundIssue[] {
    const out: FoundIssue[] = [];
    for (const { recommendations } of auditsOn(ctx.model, ctx.asOf))
      for (const r of recommendations) {
        const answer = r.answer;
        if (answer === null || answer.stance === 'does_not_agree' || r.actions.length > 0) continue;
        const by = answer.by ? ctx.label(answer.by) : '';
        const stance = STANCE_LABELS[answer.stance];
        out.push({
          subject: r.recommendation.id,
          elements: recommendationElements(r.recommendation, answer.by ? [answer.by] : []),
          message: text(
            `${by || 'Det svarande organet'} svarade "${stance.sv.toLowerCase()}" på rekommendationen ${quoted(r.recommendation)}, men ingen åtgärd är registrerad.`,
            `${by || 'The answering body'} answered "${stance.en.toLowerCase()}" to the recommendation ${quoted(r.recommendation)}, but no action is recorded.`,
          ),
          fix: text(
            'Lägg in vad som görs: en åtgärd med ansvarigt organ, klart-datum och status, så att nästa granskning kan följa upp den.',
            'Record what is being done: an action with an owner, a due date and a status, so that the next audit can follow it up.',
          ),
        });
      }
    return out;
  },
});
