import { text } from '../../i18n/text';
import type { AnalysisContext } from '../context';
import { defineRule, elements, type FoundIssue, type RuleAbout } from '../finding';
import { documentIndex, startOf } from '../law/documentIndex';
import { SOURCES } from '../law/sources';

/** For the checks reference (docs/reference/checks.md); the source is the rule's own. */
const ABOUT: RuleAbout = {
  why: text(
    'En årsplan som gäller utanför sin överenskommelses eller plans period saknar det beslut som ska bära den.',
    'A yearly plan running outside its agreement’s or plan’s period lacks the decision that should carry it.',
  ),
  fix: text(
    'Håll årsplanernas perioder inom det överordnade dokumentets period, och knyt en ny årsplan till den överenskommelse som gäller då.',
    'Keep yearly plans’ periods within their parent document’s period, and put a new yearly plan under the agreement in force at the time.',
  ),
  source: SOURCES.yearlyPlan,
};

/** A yearly plan in force whose period reaches outside the period of the agreement or plan it sits under. */
export const yearlyPlanOutsideParentRule = defineRule({
  id: 'yearly-plan-outside-parent',
  severity: 'warning',
  description: text(
    'En gällande handlingsplan/årsplan vars period går utanför det överordnade dokumentets period.',
    'A yearly plan in force whose period reaches outside its parent document’s period.',
  ),
  about: ABOUT,
  source: SOURCES.yearlyPlan,
  find(ctx: AnalysisContext): FoundIssue[] {
    const out: FoundIssue[] = [];
    for (const d of documentIndex(ctx).inForceOf('yearly_plan')) {
      const parent = d.parent === null ? undefined : ctx.model.documents.get(d.parent);
      if (!parent) continue;
      const start = startOf(d);
      const parentStart = startOf(parent);
      const early = parentStart !== null && (start === null || start < parentStart);
      const late = parent.validTo !== null && (d.validTo === null || d.validTo > parent.validTo);
      if (!early && !late) continue;
      const period = `${parentStart ?? '…'}–${parent.validTo ?? '…'}`;
      out.push({
        subject: d.id,
        elements: elements({ documents: [d.id, parent.id] }),
        message: text(
          `"${d.title}" gäller ${start ?? '…'}–${d.validTo ?? '…'}, utanför "${parent.title}" (${period}) som den hör till.`,
          `"${d.title}" runs ${start ?? '…'}–${d.validTo ?? '…'}, outside "${parent.title}" (${period}), which it belongs to.`,
        ),
        fix: text(
          'Rätta planens period, eller knyt den till den överenskommelse eller plan som gäller under dess period.',
          'Correct the plan’s period, or put it under the agreement or plan in force during its period.',
        ),
      });
    }
    return out;
  },
});
