import { text } from '../../i18n/text';
import type { AnalysisContext } from '../context';
import { defineRule, type RuleAbout, NONE, structureElements, type FoundIssue } from '../finding';
import type { ReportingLine } from '../../model/types';

const FIX = text(
  'Avsluta linjen på samma datum som mottagaren, eller flytta den till organet som tog över uppdraget.',
  'End the line on the same date as the receiver, or move it to the body that took over the mandate.',
);

/** For the checks reference (docs/reference/checks.md). */
const ABOUT: RuleAbout = {
  why: text(
    'En rapport till ett organ som inte längre finns når ingen.',
    'A report to a body that no longer exists reaches no one.',
  ),
  fix: FIX,
  source: text(
    'Mandats egen kontroll av att kartan hänger ihop; ingen av granskningarna pekar ut just detta.',
    'Mandat\'s own check that the map holds together; neither audit points to this in particular.',
  ),
};

export const reportToDissolvedRule = defineRule({
  id: 'report-to-dissolved',
  severity: 'error',
  description: text(
    'En gällande rapporteringslinje till ett organ som inte finns på datumet.',
    'A reporting line in force to a body that does not exist on the date.',
  ),
  about: ABOUT,
  find(ctx: AnalysisContext): FoundIssue[] {
    const out: FoundIssue[] = [];
    // Index loops: a rule runs once an analysis, too seldom to be optimised, and unoptimised for…of makes an iterator result per element.
    for (let i = 0; i < ctx.lines.length; i++) {
      // The receiver's position, looked up once by the context (-1: it does not exist on the date).
      if ((ctx.lineTo[i] as number) >= 0) continue;
      const l = ctx.lines[i] as ReportingLine;
      const to = ctx.model.bodies.get(l.to);
      if (!to) continue;
      const dissolved = to.validTo !== null && to.validTo < ctx.asOf;
      const from = ctx.label(l.from);
      const name = ctx.label(l.to);
      out.push({
        subject: l.id,
        elements: structureElements([l.from, l.to], NONE, [l.id]),
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
