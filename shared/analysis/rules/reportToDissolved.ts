import { text } from '../../i18n/text';
import type { AnalysisContext } from '../context';
import { defineRule, elements, type FoundIssue } from '../finding';

export const reportToDissolvedRule = defineRule({
  id: 'report-to-dissolved',
  severity: 'error',
  description: text(
    'En gällande rapporteringslinje till ett organ som inte finns på datumet.',
    'A reporting line in force to a body that does not exist on the date.',
  ),
  find(ctx: AnalysisContext): FoundIssue[] {
    const out: FoundIssue[] = [];
    for (const l of ctx.lines) {
      if (ctx.activeBody.has(l.to)) continue;
      const to = ctx.model.bodies.get(l.to);
      if (!to) continue;
      const dissolved = to.validTo !== null && to.validTo < ctx.asOf;
      const from = ctx.label(l.from);
      const name = ctx.label(l.to);
      out.push({
        subject: l.id,
        elements: elements({ bodies: [l.from, l.to], reportingLines: [l.id] }),
        message: dissolved
          ? text(
              `${from} rapporterar till ${name}, som avvecklades ${to.validTo}. Rapporterna når ingen.`,
              `${from} reports to ${name}, which was dissolved on ${to.validTo}. The reports reach no one.`,
            )
          : text(`${from} rapporterar till ${name}, som inrättas först ${to.validFrom}.`, `${from} reports to ${name}, which is only set up on ${to.validFrom}.`),
        fix: FIX,
      });
    }
    return out;
  },
});

const FIX = text(
  'Avsluta linjen på samma datum som mottagaren, eller flytta den till organet som tog över uppdraget.',
  'End the line on the same date as the receiver, or move it to the body that took over the mandate.',
);
