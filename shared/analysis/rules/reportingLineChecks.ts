import { text } from '../../i18n/text';
import type { ReportingLine } from '../../model/types';
import type { AnalysisContext } from '../context';
import { elements, type Finding, type Rule } from '../types';

function lineLabel(ctx: AnalysisContext, l: ReportingLine): string {
  return `${ctx.label(l.from)} → ${ctx.label(l.to)}`;
}

export const undocumentedReportRule: Rule = {
  id: 'undocumented-report',
  severity: 'warning',
  description: text('En rapporteringslinje som är markerad som odokumenterad.', 'A reporting line marked as undocumented.'),
  run(ctx: AnalysisContext): Finding[] {
    return ctx.lines
      .filter((l) => l.documented === 'no')
      .map((l) => ({
        rule: 'undocumented-report',
        severity: 'warning',
        key: `undocumented-report:${l.id}`,
        elements: elements({ bodies: [l.from, l.to], reportingLines: [l.id] }),
        message: text(
          `Rapporteringen ${lineLabel(ctx, l)} sägs ske men är inte dokumenterad, så ingen kan i efterhand visa vad som rapporterades.`,
          `The reporting ${lineLabel(ctx, l)} is said to happen but is not documented, so no one can later show what was reported.`,
        ),
        fix: text(
          'Protokollför rapporteringen hos mottagaren (t.ex. som informationspunkt) och markera linjen som dokumenterad.',
          'Minute the report at the receiving body (e.g. as an information item) and mark the line as documented.',
        ),
      }));
  },
};

export const reportFrequencyMissingRule: Rule = {
  id: 'report-frequency-missing',
  severity: 'info',
  description: text('En rapporteringslinje utan angiven frekvens.', 'A reporting line with no frequency.'),
  run(ctx: AnalysisContext): Finding[] {
    return ctx.lines
      .filter((l) => l.frequency.trim() === '')
      .map((l) => ({
        rule: 'report-frequency-missing',
        severity: 'info',
        key: `report-frequency-missing:${l.id}`,
        elements: elements({ bodies: [l.from, l.to], reportingLines: [l.id] }),
        message: text(
          `Det framgår inte hur ofta rapporteringen ${lineLabel(ctx, l)} ska ske.`,
          `It is not stated how often the reporting ${lineLabel(ctx, l)} happens.`,
        ),
        fix: text('Ange en frekvens, t.ex. "2 gånger per år" eller "löpande".', 'Give a frequency, e.g. "twice a year" or "ongoing".'),
      }));
  },
};

export const reportToDissolvedRule: Rule = {
  id: 'report-to-dissolved',
  severity: 'error',
  description: text(
    'En gällande rapporteringslinje till ett organ som inte finns på datumet.',
    'A reporting line in force to a body that does not exist on the date.',
  ),
  run(ctx: AnalysisContext): Finding[] {
    const out: Finding[] = [];
    for (const l of ctx.lines) {
      if (ctx.activeBody.has(l.to)) continue;
      const to = ctx.model.bodies.get(l.to);
      if (!to) continue;
      const dissolved = to.validTo !== null && to.validTo < ctx.asOf;
      const from = ctx.label(l.from);
      const name = ctx.label(l.to);
      out.push({
        rule: 'report-to-dissolved',
        severity: 'error',
        key: `report-to-dissolved:${l.id}`,
        elements: elements({ bodies: [l.from, l.to], reportingLines: [l.id] }),
        message: dissolved
          ? text(
              `${from} rapporterar till ${name}, som avvecklades ${to.validTo}. Rapporterna når ingen.`,
              `${from} reports to ${name}, which was dissolved on ${to.validTo}. The reports reach no one.`,
            )
          : text(
              `${from} rapporterar till ${name}, som inrättas först ${to.validFrom}.`,
              `${from} reports to ${name}, which is only set up on ${to.validFrom}.`,
            ),
        fix: text(
          'Avsluta linjen på samma datum som mottagaren, eller flytta den till organet som tog över uppdraget.',
          'End the line on the same date as the receiver, or move it to the body that took over the mandate.',
        ),
      });
    }
    return out;
  },
};
