import { text } from '../../i18n/text';
import type { AnalysisContext } from '../context';
import { defineRule, elements, type FoundIssue } from '../finding';
import { documentIndex } from '../law/documentIndex';
import { LAW_IN_FORCE, SOURCES } from '../law/sources';

/** Lag (2023:196), prop. 2022/23:43: the municipality decides an åtgärdsplan, from the day the law came into force. */
export const noActionPlanRule = defineRule({
  id: 'no-action-plan',
  severity: 'error',
  description: text(
    'Ingen åtgärdsplan gäller på datumet (från 2023-07-01, när lagen trädde i kraft).',
    'No action plan is in force on the date (from 2023-07-01, when the act came into force).',
  ),
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
