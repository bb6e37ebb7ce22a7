import { text } from '../../i18n/text';
import type { AnalysisContext } from '../context';
import { defineRule, elements, type FoundIssue, type RuleAbout } from '../finding';
import { documentIndex } from '../law/documentIndex';
import { LAW_IN_FORCE, SOURCES } from '../law/sources';

/** For the checks reference (docs/reference/checks.md); the source is the rule's own. */
const ABOUT: RuleAbout = {
  why: text(
    'Utan en beslutad åtgärdsplan finns inget som visar vad kommunen har bestämt att göra utifrån lägesbilden, vem som ska göra det och hur det följs upp.',
    'Without a decided action plan nothing shows what the municipality decided to do based on the situational picture, who is to do it and how it is followed up.',
  ),
  fix: text(
    'Ta ställning till behovet av åtgärder utifrån lägesbilden, låt ett ansvarigt organ besluta en åtgärdsplan och lägg in den med beslutsreferens och giltighet.',
    'Take a position on the need for measures based on the situational picture, have an accountable body decide an action plan and add it with its decision reference and validity.',
  ),
  source: SOURCES.actionPlan,
};

/** Lag (2023:196), prop. 2022/23:43: the municipality decides an åtgärdsplan, from the day the law came into force. */
export const noActionPlanRule = defineRule({
  id: 'no-action-plan',
  severity: 'error',
  description: text(
    'Ingen åtgärdsplan gäller på datumet (från 2023-07-01, när lagen trädde i kraft).',
    'No action plan is in force on the date (from 2023-07-01, when the act came into force).',
  ),
  about: ABOUT,
  source: SOURCES.actionPlan,
  find(ctx: AnalysisContext): FoundIssue[] {
    if (ctx.asOf < LAW_IN_FORCE || documentIndex(ctx).inForceOf('action_plan').length > 0) return [];
    return [
      {
        subject: 'municipality',
        elements: elements({}),
        message: text(
          `Kartan har ingen åtgärdsplan som gäller ${ctx.asOf}. Lagen kräver att kommunen utifrån lägesbilden tar ställning till behovet av åtgärder och beslutar om en åtgärdsplan.`,
          `The map has no action plan in force on ${ctx.asOf}. The act requires the municipality to take a position, based on the situational picture, on the need for measures and to decide an action plan.`,
        ),
        fix: text(
          'Lägg till åtgärdsplanen som styrdokument (slag: åtgärdsplan) med beslutande organ, beslutsreferens och giltighet.',
          'Add the action plan as a governing document (kind: action plan) with its deciding body, decision reference and validity.',
        ),
      },
    ];
  },
});
