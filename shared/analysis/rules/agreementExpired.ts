import { text } from '../../i18n/text';
import type { AnalysisContext } from '../context';
import { defineRule, elements, type FoundIssue, type RuleAbout } from '../finding';
import { documentIndex } from '../law/documentIndex';
import { SOURCES } from '../law/sources';

/** For the checks reference (docs/reference/checks.md); the source is the rule's own. */
const ABOUT: RuleAbout = {
  why: text(
    'När samverkansöverenskommelsen med polisen har löpt ut saknas den gemensamma grunden för vad kommunen och polisen har kommit överens om att göra.',
    'Once the cooperation agreement with the police has expired, the common ground for what the municipality and the police agreed to do is gone.',
  ),
  fix: text(
    'Förnya överenskommelsen i god tid innan den löper ut och lägg in den nya med period och undertecknare.',
    'Renew the agreement well before it expires and add the new one with its period and signatories.',
  ),
  source: SOURCES.agreement,
};

/** A samverkansöverenskommelse with the police that has ended, with no later one and none in force. */
export const agreementExpiredRule = defineRule({
  id: 'agreement-expired',
  severity: 'warning',
  description: text(
    'Samverkansöverenskommelsen med polisen har löpt ut och ingen ny gäller.',
    'The cooperation agreement with the police has expired and no new one is in force.',
  ),
  about: ABOUT,
  source: SOURCES.agreement,
  find(ctx: AnalysisContext): FoundIssue[] {
    const index = documentIndex(ctx);
    if (index.inForceOf('cooperation_agreement').length > 0) return [];
    const out: FoundIssue[] = [];
    for (const d of index.all) {
      if (d.kind !== 'cooperation_agreement' || d.validTo === null || d.validTo >= ctx.asOf || index.hasSuccessor(d)) continue;
      out.push({
        subject: d.id,
        elements: elements({ documents: [d.id], bodies: d.parties }),
        message: text(
          `Samverkansöverenskommelsen "${d.title}" gällde till ${d.validTo}, och ingen ny överenskommelse med polisen gäller ${ctx.asOf}.`,
          `The cooperation agreement "${d.title}" was in force until ${d.validTo}, and no new agreement with the police is in force on ${ctx.asOf}.`,
        ),
        fix: text(
          'Lägg till den nya överenskommelsen med dess period och undertecknare, eller förläng den gamla om parterna har beslutat det.',
          'Add the new agreement with its period and signatories, or extend the old one if the parties decided so.',
        ),
      });
    }
    return out;
  },
});
