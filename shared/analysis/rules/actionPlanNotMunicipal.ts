import { text } from '../../i18n/text';
import { isExternal, type AnalysisContext } from '../context';
import { defineRule, elements, type FoundIssue, type RuleAbout } from '../finding';
import { documentIndex } from '../law/documentIndex';
import { LAW_IN_FORCE, SOURCES } from '../law/sources';

/** For the checks reference (docs/reference/checks.md); the source is the rule's own. */
const ABOUT: RuleAbout = {
  why: text(
    'Kommunen ansvarar för åtgärdsplanen. Beslutar bara en samverkansgrupp eller en extern part planen blir det oklart vem i kommunen som står för den och ska följa upp den.',
    'The municipality is responsible for the action plan. If only a cooperation group or an outside party decides it, it is unclear who in the municipality stands behind it and follows it up.',
  ),
  fix: text(
    'Låt fullmäktige, kommunstyrelsen eller en nämnd besluta åtgärdsplanen, och ange det organet som beslutande.',
    'Have the assembly, the executive board or a committee decide the action plan, and enter that body as the deciding body.',
  ),
  source: SOURCES.actionPlan,
};

/** The law has the municipality decide the action plan: a plan decided by no one, or by a body that is not accountable, is not such a decision. */
export const actionPlanNotMunicipalRule = defineRule({
  id: 'action-plan-not-municipal',
  severity: 'warning',
  description: text(
    'En gällande åtgärdsplan är inte beslutad av ett ansvarigt organ i kommunen (fullmäktige, styrelse eller nämnd).',
    'An action plan in force is not decided by an accountable body of the municipality (assembly, executive board or committee).',
  ),
  about: ABOUT,
  source: SOURCES.actionPlan,
  find(ctx: AnalysisContext): FoundIssue[] {
    if (ctx.asOf < LAW_IN_FORCE) return [];
    const out: FoundIssue[] = [];
    for (const plan of documentIndex(ctx).inForceOf('action_plan')) {
      const by = plan.decidedBy === null ? undefined : ctx.model.bodies.get(plan.decidedBy);
      if (by && by.accountable && !isExternal(by)) continue;
      const name = by ? ctx.label(by.id) : null;
      out.push({
        subject: plan.id,
        elements: elements({ documents: [plan.id], bodies: by ? [by.id] : [] }),
        message:
          name === null
            ? text(
                `Åtgärdsplanen "${plan.title}" anger inget beslutande organ. Lagen kräver att kommunen beslutar om åtgärdsplanen.`,
                `The action plan "${plan.title}" names no deciding body. The act requires the municipality to decide the action plan.`,
              )
            : text(
                `Åtgärdsplanen "${plan.title}" är beslutad av ${name}, som inte är ett ansvarigt organ i kommunen. Lagen kräver att kommunen beslutar om åtgärdsplanen.`,
                `The action plan "${plan.title}" was decided by ${name}, which is not an accountable body of the municipality. The act requires the municipality to decide the action plan.`,
              ),
        fix: text(
          'Låt fullmäktige, kommunstyrelsen eller en nämnd besluta planen och ange organet och beslutsreferensen, eller markera det beslutande organet som ansvarigt om det är det.',
          'Have the assembly, the executive board or a committee decide the plan and enter the body and decision reference, or mark the deciding body accountable if it is.',
        ),
      });
    }
    return out;
  },
});
