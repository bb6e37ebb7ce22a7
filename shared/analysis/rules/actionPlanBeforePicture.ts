import { text } from '../../i18n/text';
import type { GoverningDocument } from '../../model/types';
import type { AnalysisContext } from '../context';
import { defineRule, elements, type FoundIssue, type RuleAbout } from '../finding';
import { datedOn, documentIndex } from '../law/documentIndex';
import { LAW_IN_FORCE, SOURCES } from '../law/sources';

/** For the checks reference (docs/reference/checks.md); the source is the rule's own. */
const ABOUT: RuleAbout = {
  why: text(
    'En plan som beslutades före den senaste lägesbilden kan inte ha tagit hänsyn till den, så åtgärderna kan rikta sig mot fel problem.',
    'A plan decided before the newest situational picture cannot have taken it into account, so the measures may aim at the wrong problems.',
  ),
  fix: text(
    'Gå igenom åtgärdsplanen mot den nya lägesbilden varje gång en ny tas fram, och besluta en reviderad plan eller att planen står kvar.',
    'Review the action plan against each new situational picture and decide a revised plan or that the plan stands.',
  ),
  source: SOURCES.actionPlan,
};

/** The action plan is to rest on the situational picture; one decided before the newest picture cannot. */
export const actionPlanBeforePictureRule = defineRule({
  id: 'action-plan-before-picture',
  severity: 'warning',
  description: text(
    'En gällande åtgärdsplan beslutades före den senaste gällande lägesbilden och kan inte bygga på den.',
    'An action plan in force was decided before the newest situational picture in force and cannot rest on it.',
  ),
  about: ABOUT,
  source: SOURCES.actionPlan,
  find(ctx: AnalysisContext): FoundIssue[] {
    if (ctx.asOf < LAW_IN_FORCE) return [];
    const index = documentIndex(ctx);
    let newest: GoverningDocument | null = null;
    for (const d of index.inForceOf('situational_picture')) {
      const on = datedOn(d);
      if (on !== null && (newest === null || on > (datedOn(newest) as string))) newest = d;
    }
    if (newest === null) return [];
    const picture = newest;
    const pictureOn = datedOn(picture) as string;
    const out: FoundIssue[] = [];
    for (const plan of index.inForceOf('action_plan')) {
      const planOn = datedOn(plan);
      if (planOn === null || planOn >= pictureOn) continue;
      out.push({
        subject: plan.id,
        elements: elements({ documents: [plan.id, picture.id] }),
        message: text(
          `Åtgärdsplanen "${plan.title}" (${planOn}) är äldre än lägesbilden "${picture.title}" (${pictureOn}). Åtgärderna ska väljas utifrån lägesbilden.`,
          `The action plan "${plan.title}" (${planOn}) is older than the situational picture "${picture.title}" (${pictureOn}). The measures are to be chosen from the picture.`,
        ),
        fix: text(
          'Ta ställning till åtgärdsplanen utifrån den nya lägesbilden och besluta om en reviderad plan, eller dokumentera beslutet att planen står kvar.',
          'Review the action plan against the new situational picture and decide a revised plan, or record the decision that the plan stands.',
        ),
      });
    }
    return out;
  },
});
