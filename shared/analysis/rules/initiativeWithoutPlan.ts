import { text } from '../../i18n/text';
import type { InitiativeId } from '../../model/ids';
import { isValidOn } from '../../time/isoDate';
import type { AnalysisContext } from '../context';
import { defineRule, elements, type FoundIssue, type RuleAbout } from '../finding';
import { documentIndex } from '../law/documentIndex';
import { SOURCES } from '../law/sources';

/** For the checks reference (docs/reference/checks.md); the source is the rule's own. */
const ABOUT: RuleAbout = {
  why: text(
    'En satsning som ingen plan styr går inte att koppla till de brottsproblem som lägesbilden pekar ut, och den följs lätt inte upp.',
    'An initiative no plan governs cannot be tied to the crime problems the situational picture points out, and it is easily left without follow-up.',
  ),
  fix: text(
    'Låt varje satsning beslutas i en plan, och ange den under planens styrda satsningar.',
    'Have each initiative decided in a plan, and list it under the plan’s governed initiatives.',
  ),
  source: SOURCES.measuresTied,
};

/**
 * An initiative in force that no plan in force governs. Only on maps that record documents at
 * all: on a map without any, `no-action-plan` already says what is missing, and an old map
 * keeps the findings it had.
 */
export const initiativeWithoutPlanRule = defineRule({
  id: 'initiative-without-plan',
  severity: 'warning',
  description: text(
    'En gällande satsning som ingen gällande plan (åtgärdsplan, plan, årsplan, överenskommelse) styr.',
    'An initiative in force that no plan in force (action plan, plan, yearly plan, agreement) governs.',
  ),
  about: ABOUT,
  source: SOURCES.measuresTied,
  find(ctx: AnalysisContext): FoundIssue[] {
    const index = documentIndex(ctx);
    if (index.all.length === 0) return [];
    const out: FoundIssue[] = [];
    for (const i of [...ctx.model.initiatives.values()].sort((a, b) => (a.id < b.id ? -1 : 1))) {
      if (!isValidOn(i, ctx.asOf) || index.coveredInitiatives.has(i.id)) continue;
      out.push({
        subject: i.id,
        elements: elements({ initiatives: [i.id as InitiativeId], bodies: i.responsible ? [i.responsible] : [] }),
        message: text(
          `Ingen plan som gäller ${ctx.asOf} styr ${i.name}. Då går det inte att visa vilket problem i lägesbilden satsningen ska möta.`,
          `No plan in force on ${ctx.asOf} governs ${i.name}. Then no one can show which problem in the situational picture it is to meet.`,
        ),
        fix: text(
          'Ange satsningen under "Styr satsningar" i den plan som beslutade den, eller lägg till planen.',
          'List the initiative under "Governs initiatives" in the plan that decided it, or add that plan.',
        ),
      });
    }
    return out;
  },
});
