import { lazyText, text, type Text } from '../../i18n/text';
import type { ReportingLine } from '../../model/types';
import type { AnalysisContext } from '../context';
import type { Names } from '../names';
import { defineRule, type RuleAbout, NONE, structureElements, issue, type FoundIssue } from '../finding';

const FIX = text('Ange en frekvens, t.ex. "2 gånger per år" eller "löpande".', 'Give a frequency, e.g. "twice a year" or "ongoing".');

/** For the checks reference (docs/reference/checks.md). */
const ABOUT: RuleAbout = {
  why: text(
    'Utan en frekvens vet varken avsändaren eller mottagaren när rapporten ska komma, och uteblivna rapporter märks inte.',
    'Without a frequency neither sender nor receiver knows when the report is due, and missing reports go unnoticed.',
  ),
  fix: FIX,
  source: text(
    'Mandats egen kontroll av att kartan hänger ihop; ingen av granskningarna pekar ut just detta.',
    'Mandat\'s own check that the map holds together; neither audit points to this in particular.',
  ),
};

export const reportFrequencyMissingRule = defineRule({
  id: 'report-frequency-missing',
  severity: 'info',
  description: text('En rapporteringslinje utan angiven frekvens.', 'A reporting line with no frequency.'),
  about: ABOUT,
  find(ctx: AnalysisContext): FoundIssue[] {
    const out: FoundIssue[] = [];
    // One pass and findings in their final shape: hundreds of lines on a large map.
    for (let i = 0; i < ctx.lines.length; i++) {
      const l = ctx.lines[i] as ReportingLine;
      if (l.frequency.trim() === '') out.push(issue(l.id, structureElements([l.from, l.to], NONE, [l.id]), lineMessage(ctx.names, l), FIX));
    }
    return out;
  },
});

/** The sentence for one line, made when first read: hundreds of lines on a large map, most never shown. */
function lineMessage(names: Names, l: ReportingLine): Text {
  return lazyText(() => text(`Det framgår inte hur ofta rapporteringen ${names.lineLabel(l)} ska ske.`, `It is not stated how often the reporting ${names.lineLabel(l)} happens.`));
}
