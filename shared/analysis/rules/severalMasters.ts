import { lazyText, listOf, text, type Text } from '../../i18n/text';
import type { BodyId, ReportingLineId } from '../../model/ids';
import type { AnalysisContext } from '../context';
import type { Names } from '../names';
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
    // First, by body position, the first receiver of its reports-to lines, whether another
    // follows and whether one is primary (typed arrays: a map and a set of every reporting
    // body were garbage); the bodies in the order their first such line comes.
    const n = ctx.bodies.length;
    const firstTo = new Int32Array(n).fill(-1);
    const several = new Uint8Array(n);
    const withPrimary = new Uint8Array(n);
    const order: number[] = [];
    // Index loops: a rule runs once an analysis, too seldom to be optimised, and unoptimised for…of makes an iterator result per element.
    const { lineFrom, lineTo } = ctx;
    for (let i = 0; i < ctx.lines.length; i++) {
      const to = lineTo[i] as number;
      if (to < 0) continue;
      const l = ctx.lines[i] as ReportingLine;
      if (l.kind !== 'reports_to') continue;
      const from = lineFrom[i] as number;
      if (l.primary) withPrimary[from] = 1;
      if (firstTo[from] === -1) {
        firstTo[from] = to;
        order.push(from);
      } else if (firstTo[from] !== to) several[from] = 1;
    }
    // Then the receivers (each once) and lines of the few bodies flagged, in line order.
    const flagged = new Map<string, { to: string[]; lines: ReportingLineId[] }>();
    for (let k = 0; k < order.length; k++) {
      const b = order[k] as number;
      if (several[b] === 1 && withPrimary[b] === 0) flagged.set((ctx.bodies[b] as { id: string }).id, { to: [], lines: [] });
    }
    for (let i = 0; i < ctx.lines.length && flagged.size > 0; i++) {
      if ((lineTo[i] as number) < 0) continue;
      const l = ctx.lines[i] as ReportingLine;
      if (l.kind !== 'reports_to') continue;
      const f = flagged.get(l.from);
      if (!f) continue;
      f.lines.push(l.id);
      if (!f.to.includes(l.to)) f.to.push(l.to);
    }
    const out: FoundIssue[] = [];
    for (const [from, { to, lines }] of flagged) {
      const sorted = to.sort();
      out.push({
        subject: from,
        elements: elements({ bodies: [from, ...sorted] as BodyId[], reportingLines: lines }),
        message: severalMessage(ctx.names, from, sorted),
        fix: FIX,
      });
    }
    return out;
  },
});

/**
 * The sentence for a body reporting to the bodies `sorted`, made when first read. Made here,
 * not in `find`: a sentence made there shared its scope with the context and kept it alive.
 */
function severalMessage(names: Names, from: string, sorted: readonly string[]): Text {
  return lazyText(() => {
    const receivers = listOf(sorted.map((id) => names.label(id)));
    const label = names.label(from);
    return text(
      `${label} rapporterar till ${sorted.length} organ (${receivers.sv}) och inget av dem är markerat som huvudmottagare, så det är oklart vem som ytterst styr.`,
      `${label} reports to ${sorted.length} bodies (${receivers.en}) and none is marked as the main receiver, so it is unclear who steers in the end.`,
    );
  });
}
