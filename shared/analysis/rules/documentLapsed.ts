import { text } from '../../i18n/text';
import type { AnalysisContext } from '../context';
import { defineRule, elements, type FoundIssue, type RuleAbout } from '../finding';
import { documentIndex } from '../law/documentIndex';
import { SOURCES } from '../law/sources';

/** For the checks reference (docs/reference/checks.md); the source is the rule's own. */
const ABOUT: RuleAbout = {
  why: text(
    'Ett styrdokument som inte har reviderats eller som har upphört utan ersättare styr inte längre, men kan fortfarande tas för gällande.',
    'A governing document that has not been reviewed, or that has ended with nothing in its place, no longer steers, yet may still be taken as in force.',
  ),
  fix: text(
    'Planera uppföljning och revidering av varje styrdokument, och lägg in den nya versionen eller ett nytt revideringsdatum när översynen är gjord.',
    'Plan the follow-up and review of each governing document, and add the new version or a new review date when the review is done.',
  ),
  source: SOURCES.followUp,
};

/**
 * A document in force past its review date, or one that has ended, with no document that
 * replaces it: one that names it in `replaces` (in a map that uses that field), else a later
 * document of its kind and title. A document past its review date that a document in force
 * already replaces is not flagged either. Expired agreements with the police are
 * `agreement-expired`'s.
 */
export const documentLapsedRule = defineRule({
  id: 'document-lapsed',
  severity: 'warning',
  description: text(
    'Ett styrdokument som har passerat sitt revideringsdatum, eller som har upphört utan att något nytt har ersatt det.',
    'A governing document past its review date, or one that has ended with nothing new in its place.',
  ),
  about: ABOUT,
  source: SOURCES.followUp,
  find(ctx: AnalysisContext): FoundIssue[] {
    const index = documentIndex(ctx);
    const out: FoundIssue[] = [];
    for (const d of index.all) {
      const ended = d.validTo !== null && d.validTo < ctx.asOf;
      if (ended) {
        if (d.kind === 'cooperation_agreement' || index.hasSuccessor(d)) continue;
        out.push({
          subject: d.id,
          elements: elements({ documents: [d.id] }),
          message: text(
            `"${d.title}" gällde till ${d.validTo}, och inget nytt dokument av samma slag har ersatt det.`,
            `"${d.title}" was in force until ${d.validTo}, and no new document of its kind has taken its place.`,
          ),
          fix: text(
            'Lägg till dokumentet som ersätter det, eller förläng giltigheten om det har beslutats att det fortsätter gälla.',
            'Add the document that replaces it, or extend its validity if it was decided that it stays in force.',
          ),
        });
      } else if (d.reviewBy !== null && d.reviewBy < ctx.asOf && (d.validFrom === null || d.validFrom <= ctx.asOf) && !index.replacedInForce(d)) {
        out.push({
          subject: d.id,
          elements: elements({ documents: [d.id] }),
          message: text(
            `"${d.title}" skulle ha reviderats senast ${d.reviewBy} men gäller oförändrat.`,
            `"${d.title}" was to be reviewed by ${d.reviewBy} but is in force unchanged.`,
          ),
          fix: text(
            'Revidera dokumentet och lägg till den nya versionen, eller ange ett nytt revideringsdatum om översynen är gjord.',
            'Review the document and add the new version, or enter a new review date if the review was done.',
          ),
        });
      }
    }
    return out;
  },
});
