import { lazyText, text, type Text } from '../../i18n/text';
import type { ReportingLine } from '../../model/types';
import type { AnalysisContext } from '../context';
import type { Names } from '../names';
import { defineRule, type RuleAbout, NONE, structureElements, issue, type FoundIssue } from '../finding';

const FIX = text(
  'Protokollför rapporteringen hos mottagaren (t.ex. som informationspunkt) och markera linjen som dokumenterad.',
  'Minute the report at the receiving body (e.g. as an information item) and mark the line as documented.',
);

/** For the checks reference (docs/reference/checks.md). */
const ABOUT: RuleAbout = {
  why: text(
    'En rapportering som inte syns i något protokoll går inte att granska i efterhand.',
    'A report that appears in no minutes cannot be audited afterwards.',
  ),
  fix: FIX,
  source: text(
    'Mandats egen kontroll av att kartan hänger ihop; ingen av granskningarna pekar ut just detta.',
    'Mandat\'s own check that the map holds together; neither audit points to this in particular.',
  ),
};

export const undocumentedReportRule = defineRule({
  id: 'undocumented-report',
  severity: 'warning',
  description: text('En rapporteringslinje som är markerad som odokumenterad.', 'A reporting line marked as undocumented.'),
  about: ABOUT,
  find(ctx: AnalysisContext): FoundIssue[] {
    const out: FoundIssue[] = [];
    // One pass and findings in their final shape: hundreds of lines on a large map.
    for (let i = 0; i < ctx.lines.length; i++) {
      const l = ctx.lines[i] as ReportingLine;
      if (l.documented === 'no') out.push(issue(l.id, structureElements([l.from, l.to], NONE, [l.id]), lineMessage(ctx.names, l), FIX));
    }
    return out;
  },
});

/** The sentence for one line, made when first read: hundreds of lines on a large map, most never shown. */
function lineMessage(names: Names, l: ReportingLine): Text {
  return lazyText(() =>
    text(
      `Rapporteringen ${names.lineLabel(l)} sägs ske men är inte dokumenterad, så ingen kan i efterhand visa vad som rapporterades.`,
      `The reporting ${names.lineLabel(l)} is said to happen but is not documented, so no one can later show what was reported.`,
    ),
  );
}
