import { lazyText, listOf, text } from '../../i18n/text';
import type { BodyId, ReportingLineId } from '../../model/ids';
import type { AnalysisContext } from '../context';
import { defineRule, type RuleAbout, elements, type FoundIssue } from '../finding';
import type { ReportingLine } from '../../model/types';

const FIX = text('Markera en av linjerna som primär, eller gör de andra till "informerar".', 'Mark one of the lines as primary, or make the others "informs".');

/** For the checks reference (docs/reference/checks.md). */
const ABOUT: RuleAbout = {
  why: text(
    'Ett organ som rapporterar till flera utan att någon linje är primär vet inte vems styrning som gäller när de säger olika.',
    'A body reporting to several with no line primary does not know whose direction counts when they disagree.',
  ),
  fix: FIX,
  source: text(
    'Granskningen 2023 (KPMG) avsnitt 3.1.4: trots att arbetet sker i linjen "finns många olika grupperingar utöver den ordinarie linjen på både politisk och tjänstepersonsnivå".',
    'The 2023 audit (KPMG) section 3.1.4: although the work is done in the line organisation, there are "many different groupings beside the ordinary line at both political and officer level".',
  ),
};

export const severalMastersRule = defineRule({
  id: 'several-masters',
  severity: 'warning',
  description: text(
    'Ett organ som rapporterar till flera organ utan att någon linje är markerad som primär.',
    'A body reporting to several bodies with no line marked primary.',
  ),
  about: ABOUT,
  find(ctx: AnalysisContext): FoundIssue[] {
    // First the receivers of each body's reports-to lines; most bodies have one.
    const receivers = new Map<string, string | string[]>();
    const withPrimary = new Set<string>();
    // Index loops: a rule runs once an analysis, too seldom to be optimised, and unoptimised for…of makes an iterator result per element.
    for (let i = 0; i < ctx.lines.length; i++) {
      const l = ctx.lines[i] as ReportingLine;
      if (l.kind !== 'reports_to' || !ctx.activeBody.has(l.to)) continue;
      if (l.primary) withPrimary.add(l.from);
      const seen = receivers.get(l.from);
      if (seen === undefined) receivers.set(l.from, l.to);
      else if (typeof seen === 'string') {
        if (seen !== l.to) receivers.set(l.from, [seen, l.to]);
      } else if (!seen.includes(l.to)) seen.push(l.to);
    }
    const flagged = new Map<string, ReportingLineId[]>();
    // forEach rather than for…of over entries: that made a [key, value] pair per body.
    receivers.forEach((to, from) => {
      if (typeof to !== 'string' && !withPrimary.has(from)) flagged.set(from, []);
    });
    for (let i = 0; i < ctx.lines.length; i++) {
      const l = ctx.lines[i] as ReportingLine;
      if (l.kind === 'reports_to' && ctx.activeBody.has(l.to)) flagged.get(l.from)?.push(l.id);
    }
    const out: FoundIssue[] = [];
    for (const [from, lines] of flagged) {
      const to = receivers.get(from) as string[];
      const sorted = [...to].sort();
      out.push({
        subject: from,
        elements: elements({ bodies: [from, ...sorted] as BodyId[], reportingLines: lines }),
        message: lazyText(() => {
          const names = listOf(sorted.map((id) => ctx.label(id)));
          const label = ctx.label(from);
          return text(
            `${label} rapporterar till ${sorted.length} organ (${names.sv}) och inget av dem är markerat som huvudmottagare, så det är oklart vem som ytterst styr.`,
            `${label} reports to ${sorted.length} bodies (${names.en}) and none is marked as the main receiver, so it is unclear who steers in the end.`,
          );
        }),
        fix: FIX,
      });
    }
    return out;
  },
});
