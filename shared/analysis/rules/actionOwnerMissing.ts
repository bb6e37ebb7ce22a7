import { auditsOn, isClosed } from '../../audits/followUp';
import { text } from '../../i18n/text';
import { labelOn } from '../../time/names';
import type { AnalysisContext } from '../context';
import { defineRule, type RuleAbout, type FoundIssue } from '../finding';
import { quoted, recommendationElements } from '../../audits/recommendationWords';

/** For the checks reference (docs/reference/checks.md). */
const ABOUT: RuleAbout = {
  why: text(
    'En öppen åtgärd vars ansvariga organ har avvecklats, eller ännu inte finns, har ingen som driver den. Den faller lätt bort vid en omorganisation.',
    'An open action whose owner has been dissolved, or does not exist yet, has no one driving it. It is easily lost in a reorganisation.',
  ),
  fix: text(
    'Flytta åtgärden till det organ som tagit över ansvaret, eller ange att den är klar eller avbruten.',
    'Move the action to the body that took over the responsibility, or record it as done or dropped.',
  ),
  source: text(
    'Mandats egen konsekvenskontroll; ingen av granskningarna pekar ut just detta.',
    'Mandat\'s own consistency check; neither audit points to this in particular.',
  ),
};

/**
 * An open action owned by a body that does not exist on the date viewed (dissolved, or not yet
 * set up): no one answers for it. A closed action's owner may be gone; that is history.
 */
export const actionOwnerMissingRule = defineRule({
  id: 'action-owner-missing',
  severity: 'warning',
  description: text('En åtgärd vars ansvariga organ inte finns på datumet.', 'An action whose owner body does not exist on the date.'),
  about: ABOUT,
  find(ctx: AnalysisContext): FoundIssue[] {
    const out: FoundIssue[] = [];
    for (const { recommendations } of auditsOn(ctx.model, ctx.asOf))
      for (const r of recommendations)
        for (const { action, status } of r.actions) {
          if (action.owner === null || isClosed(status) || ctx.activeBody.has(action.owner)) continue;
          const body = ctx.model.bodies.get(action.owner);
          if (!body) continue;
          const name = labelOn(body, ctx.asOf);
          const when =
            body.validTo !== null && body.validTo < ctx.asOf
              ? text(`upphörde ${body.validTo}`, `ceased on ${body.validTo}`)
              : text(`finns först från ${body.validFrom ?? ''}`, `exists only from ${body.validFrom ?? ''}`);
          out.push({
            subject: action.id,
            elements: recommendationElements(r.recommendation, [action.owner]),
            message: text(
              `Åtgärden "${action.text}" ägs av ${name}, som ${when.sv}. Ingen svarar alltså för den på ${ctx.asOf}. Den hör till rekommendationen ${quoted(r.recommendation)}.`,
              `The action "${action.text}" is owned by ${name}, which ${when.en}, so no one answers for it on ${ctx.asOf}. It belongs to the recommendation ${quoted(r.recommendation)}.`,
            ),
            fix: text('Flytta åtgärden till det organ som tagit över ansvaret, eller ange att den är klar eller avbruten.', 'Move the action to the body that took over the responsibility, or record it as done or dropped.'),
          });
        }
    return out;
  },
});
