import { auditsOn, laterAudits } from '../../audits/followUp';
import { lazyText, text } from '../../i18n/text';
import type { AnalysisContext } from '../context';
import { defineRule, type RuleAbout, type FoundIssue } from '../finding';
import { quoted, recommendationElements } from '../../audits/recommendationWords';

/** For the checks reference (docs/reference/checks.md). */
const ABOUT: RuleAbout = {
  why: text(
    'En iakttagelse som finns kvar vid en senare granskning visar att rekommendationen ännu inte har fått avsedd verkan, trots svar och åtgärder. Då behöver arbetet ändras, inte bara redovisas.',
    'A finding still present at a later audit shows that the recommendation has not yet had the intended effect, despite answers and actions. Then the work needs to change, not only be reported.',
  ),
  fix: text(
    'Åtgärda det iakttagelserna pekar på, eller registrera en åtgärd och förklara i svaret varför läget består.',
    'Fix what the findings point at, or record an action and explain in the answer why the situation remains.',
  ),
  source: text(
    'Granskningen 2021 (KPMG) avsnitt 4 rekommenderade att "Vidareutveckla metoderna för återrapportering av det operativa arbetet"; granskningen 2023 avsnitt 3.2.4 fann att "det saknas en ändamålsenlig uppföljning och rapportering av resultat och effekter". Kommunstyrelsens svar 2023 tar upp den föregående granskningen.',
    'The 2021 audit (KPMG) section 4 recommended further developing the methods for reporting back the operational work; the 2023 audit section 3.2.4 found that appropriate follow-up and reporting of results and effects was missing. The executive board\'s answer in 2023 refers to the earlier audit.',
  ),
};

/** A finding's message as a sentence of its own, however it ends. */
const sentence = (s: string): string => (/[.!?]$/.test(s.trim()) ? s.trim() : `${s.trim()}.`);

/**
 * A recommendation tied to findings of the checks (its finding keys) where one of those findings
 * is still there on the date of a later audit: the auditors will see the same thing again. The
 * findings on that date come from `ctx.findingsOn`, which analyse() provides (the other rules
 * on the map as it stood then); without it the rule finds nothing.
 */
export const repeatFindingRule = defineRule({
  id: 'repeat-finding',
  severity: 'warning',
  description: text(
    'En rekommendation vars motsvarande iakttagelse finns kvar vid en senare granskning (en upprepad iakttagelse).',
    'A recommendation whose corresponding finding is still present at a later audit (a repeat finding).',
  ),
  about: ABOUT,
  find(ctx: AnalysisContext): FoundIssue[] {
    const findingsOn = ctx.findingsOn;
    if (!findingsOn) return [];
    const out: FoundIssue[] = [];
    for (const { audit, recommendations } of auditsOn(ctx.model, ctx.asOf)) {
      const withKeys = recommendations.filter((r) => r.recommendation.findingKeys.length > 0);
      if (withKeys.length === 0) continue;
      const later = laterAudits(ctx.model, audit, ctx.asOf).pop();
      if (!later || later.date === null) continue;
      const present = findingsOn(later.date);
      for (const { recommendation: rec } of withKeys) {
        // The findings themselves, in their own words on the later date: their keys
        // ("report-frequency-missing:line-deab-kftg") are the file's, not a reader's.
        const still = rec.findingKeys.flatMap((k) => present.get(k) ?? []);
        if (still.length === 0) continue;
        const said = (lang: 'sv' | 'en'): string => still.map((f) => sentence(f.message[lang])).join(' ');
        out.push({
          subject: rec.id,
          elements: recommendationElements(rec),
          message: lazyText(() =>
            text(
              `Rekommendationen ${quoted(rec)} från ${audit.title} (${audit.date ?? 'odaterad'}) gällde iakttagelser som fanns kvar vid ${later.title} (${later.date}): ${said('sv')}`,
              `The recommendation ${quoted(rec)} from ${audit.title} (${audit.date ?? 'undated'}) concerned findings still present at ${later.title} (${later.date}): ${said('en')}`,
            ),
          ),
          fix: text(
            'Åtgärda det iakttagelserna pekar på, eller registrera en åtgärd och förklara i svaret varför läget består.',
            'Fix what the findings point at, or record an action and explain in the answer why the situation remains.',
          ),
        });
      }
    }
    return out;
  },
});
