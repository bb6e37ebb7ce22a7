import { lazyText, text, type Text } from '../../i18n/text';
import type { ReportingLine } from '../../model/types';
import type { AnalysisContext } from '../context';
import { defineRule, elements, type FoundIssue } from '../finding';

export const undocumentedReportRule = defineRule({
  id: 'undocumented-report',
  severity: 'warning',
  description: text('En rapporteringslinje som är markerad som odokumenterad.', 'A reporting line marked as undocumented.'),
  find(ctx: AnalysisContext): FoundIssue[] {
    return ctx.lines
      .filter((l) => l.documented === 'no')
      .map((l) => ({
        subject: l.id,
        elements: elements({ bodies: [l.from, l.to], reportingLines: [l.id] }),
        message: lineMessage(ctx, l),
        fix: FIX,
      }));
  },
});

/** The sentence for one line, made when first read: hundreds of lines on a large map, most never shown. */
function lineMessage(ctx: AnalysisContext, l: ReportingLine): Text {
  return lazyText(() =>
    text(
      `Rapporteringen ${ctx.lineLabel(l)} sägs ske men är inte dokumenterad, så ingen kan i efterhand visa vad som rapporterades.`,
      `The reporting ${ctx.lineLabel(l)} is said to happen but is not documented, so no one can later show what was reported.`,
    ),
  );
}

const FIX = text(
  'Protokollför rapporteringen hos mottagaren (t.ex. som informationspunkt) och markera linjen som dokumenterad.',
  'Minute the report at the receiving body (e.g. as an information item) and mark the line as documented.',
);
