import { text, type Text } from '../../i18n/text';
import type { AnalysisContext } from '../context';
import { defineRule, elements, type FoundIssue, type RuleAbout } from '../finding';
import { documentIndex } from '../law/documentIndex';
import { missingSides, signatorySides, type Side } from '../law/signatories';
import { SOURCES } from '../law/sources';

const MISSING: Record<Side, Text> = {
  municipality: text('kommunens', "the municipality's"),
  police: text('polisens', "the police's"),
};

/** For the checks reference (docs/reference/checks.md); the source is the rule's own. */
const ABOUT: RuleAbout = {
  why: text(
    'En överenskommelse som inte är undertecknad av båda parterna visar inte att ledningen på båda sidor står bakom den.',
    'An agreement not signed by both parties does not show that the leadership on both sides stands behind it.',
  ),
  fix: text(
    'Låt kommunstyrelsens ordförande och chefen för lokalpolisområdet underteckna överenskommelsen och ange dem som undertecknare.',
    'Have the chair of the executive board and the head of the local police area sign the agreement and enter them as signatories.',
  ),
  source: SOURCES.agreement,
};

/** Brå step 3: the agreement is signed by the local police area's head and the executive board's chair, one on each side. */
export const agreementUnsignedRule = defineRule({
  id: 'agreement-unsigned',
  severity: 'warning',
  description: text(
    'En gällande samverkansöverenskommelse saknar undertecknare från kommunen eller från polisen.',
    'A cooperation agreement in force lacks a signatory for the municipality or for the police.',
  ),
  about: ABOUT,
  source: SOURCES.agreement,
  find(ctx: AnalysisContext): FoundIssue[] {
    const agreements = documentIndex(ctx).inForceOf('cooperation_agreement');
    if (agreements.length === 0) return [];
    const signatories = new Set<string>();
    for (const a of agreements) for (const s of a.signatories) signatories.add(s);
    const sides = signatorySides(ctx.model, ctx.asOf, signatories);
    const out: FoundIssue[] = [];
    for (const a of agreements) {
      const missing = missingSides(a.signatories, sides);
      if (missing.length === 0) continue;
      const who = missing.map((m) => MISSING[m]);
      out.push({
        subject: a.id,
        elements: elements({ documents: [a.id], members: a.signatories, bodies: a.parties }),
        message: text(
          `Samverkansöverenskommelsen "${a.title}" saknar ${who.map((w) => w.sv).join(' och ')} undertecknare. Enligt Brå undertecknas den av chefen för lokalpolisområdet och kommunstyrelsens ordförande.`,
          `The cooperation agreement "${a.title}" lacks ${who.map((w) => w.en).join(' and ')} signatory. Brå has it signed by the head of the local police area and the chair of the executive board.`,
        ),
        fix: text(
          'Ange undertecknarna under Undertecknare: kommunstyrelsens ordförande och chefen för lokalpolisområdet (som ledamöter med plats i sina organ).',
          'Enter the signatories: the chair of the executive board and the head of the local police area (as members seated in their bodies).',
        ),
      });
    }
    return out;
  },
});
