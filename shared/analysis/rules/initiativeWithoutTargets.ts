import { text } from '../../i18n/text';
import type { InitiativeId } from '../../model/ids';
import { isValidOn } from '../../time/isoDate';
import type { AnalysisContext } from '../context';
import { defineRule, type RuleAbout, elements, type FoundIssue } from '../finding';

/** For the checks reference (docs/reference/checks.md). */
const ABOUT: RuleAbout = {
  why: text(
    'Utan mål och indikatorer går det inte att säga om en satsning gav något.',
    'Without targets and indicators nobody can say whether an initiative achieved anything.',
  ),
  fix: text(
    'Skriv in satsningens mål och hur de ska mätas.',
    'Write down the initiative\'s targets and how they are measured.',
  ),
  source: text(
    'Granskningen 2023 (KPMG) avsnitt 3.2.4 och 4: "det saknas en framtagen modell för att mäta effekter och resultat".',
    'The 2023 audit (KPMG) sections 3.2.4 and 4: "there is no model for measuring effects and results" ("det saknas en framtagen modell för att mäta effekter och resultat").',
  ),
};

export const initiativeWithoutTargetsRule = defineRule({
  id: 'initiative-without-targets',
  severity: 'warning',
  description: text('En satsning utan mål eller indikatorer.', 'An initiative with no targets or indicators.'),
  about: ABOUT,
  find(ctx: AnalysisContext): FoundIssue[] {
    return [...ctx.model.initiatives.values()]
      .filter((i) => isValidOn(i, ctx.asOf) && i.targets.trim() === '')
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map((i) => ({
        subject: i.id,
        elements: elements({ initiatives: [i.id as InitiativeId], bodies: i.responsible ? [i.responsible] : [] }),
        message: text(
          `${i.name} har inga mål eller indikatorer, så det går inte att följa upp vad pengarna ger.`,
          `${i.name} has no targets or indicators, so no one can follow up what the money achieves.`,
        ),
        fix: text(
          'Fastställ konkreta målnivåer och verksamhetsnära indikatorer och skriv in dem i satsningen.',
          'Set concrete target levels and indicators close to the work and enter them in the initiative.',
        ),
      }));
  },
});
