import { lazyText, text, type Text } from '../../i18n/text';
import type { ReportingLine } from '../../model/types';
import type { AnalysisContext } from '../context';
import { defineRule, elements, type FoundIssue } from '../finding';

export const reportFrequencyMissingRule = defineRule({
  id: 'report-frequency-missing',
  severity: 'info',
  description: text('En rapporteringslinje utan angiven frekvens.', 'A reporting line with no frequency.'),
  find(ctx: AnalysisContext): FoundIssue[] {
    return ctx.lines
      .filter((l) => l.frequency.trim() === '')
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
  return lazyText(() => text(`Det framgår inte hur ofta rapporteringen ${ctx.lineLabel(l)} ska ske.`, `It is not stated how often the reporting ${ctx.lineLabel(l)} happens.`));
}

const FIX = text('Ange en frekvens, t.ex. "2 gånger per år" eller "löpande".', 'Give a frequency, e.g. "twice a year" or "ongoing".');
