import { text, type Text } from '../../i18n/text';
import type { AnalysisContext } from '../context';
import { defineRule, elements, type FoundIssue, type RuleAbout } from '../finding';
import { documentIndex } from '../law/documentIndex';
import { SOURCES } from '../law/sources';

const PARTS: readonly Text[] = [text('beslutsreferens', 'decision reference'), text('beslutande organ', 'deciding body')];

/** For the checks reference (docs/reference/checks.md); the source is the rule's own. */
const ABOUT: RuleAbout = {
  why: text(
    'Utan beslutsreferens och beslutande organ går det inte att visa vem som står bakom ett styrdokument eller vem som ska följa upp det.',
    'Without a decision reference and deciding body no one can show who stands behind a governing document or who is to follow it up.',
  ),
  fix: text(
    'Ange för varje styrdokument vilket organ som beslutade det och beslutsreferensen som i protokollet.',
    'For each governing document enter the body that decided it and the decision reference as in the minutes.',
  ),
  source: SOURCES.decision,
};

/**
 * A governing document in force with no decision reference or no deciding body. A lägesbild is
 * left out: the law has the municipality produce it (4 §), not decide it.
 */
export const documentWithoutDecisionRule = defineRule({
  id: 'document-without-decision',
  severity: 'warning',
  description: text(
    'Ett gällande styrdokument (ej lägesbild) utan beslutsreferens eller beslutande organ.',
    'A governing document in force (not a situational picture) with no decision reference or deciding body.',
  ),
  about: ABOUT,
  source: SOURCES.decision,
  find(ctx: AnalysisContext): FoundIssue[] {
    const out: FoundIssue[] = [];
    for (const d of documentIndex(ctx).inForce) {
      if (d.kind === 'situational_picture') continue;
      const missing = [d.decisionRef.trim() === '', d.decidedBy === null];
      if (!missing[0] && !missing[1]) continue;
      const parts = PARTS.filter((_, i) => missing[i]);
      out.push({
        subject: d.id,
        elements: elements({ documents: [d.id] }),
        message: text(
          `"${d.title}" saknar ${parts.map((p) => p.sv).join(' och ')}. Utan det går det inte att visa vem som står bakom dokumentet.`,
          `"${d.title}" has no ${parts.map((p) => p.en).join(' or ')}. Without it no one can show who stands behind the document.`,
        ),
        fix: text(
          'Ange organet som beslutade dokumentet och beslutsreferensen exakt som i protokollet (t.ex. "KF 2018-11-22 § 213").',
          'Enter the body that decided the document and the decision reference exactly as in the minutes (e.g. "KF 2018-11-22 § 213").',
        ),
      });
    }
    return out;
  },
});
