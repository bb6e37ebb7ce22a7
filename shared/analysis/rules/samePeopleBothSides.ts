import { LazyText, listOf, text, type Text } from '../../i18n/text';
import type { MemberId } from '../../model/ids';
import type { AnalysisContext } from '../context';
import { defineRule, type RuleAbout, structureElements, issue, type FoundIssue } from '../finding';
import type { ReportingLine } from '../../model/types';
import type { Names } from '../names';

/** One fix for every finding of the rule (it was made anew for each). */
const FIX = text(
  'Överväg att låta andra personer ta emot rapporten, eller kvittera fyndet om dubbelrollen är avsiktlig.',
  'Consider letting other people receive the report, or acknowledge the finding if the double role is intended.',
);

/** For the checks reference (docs/reference/checks.md). */
const ABOUT: RuleAbout = {
  why: text(
    'När samma personer lämnar och tar emot en rapport granskar de sig själva.',
    'When the same people give and receive a report they review themselves.',
  ),
  fix: FIX,
  source: text(
    'Granskningen 2021 (KPMG) avsnitt 3.1: grupperna har "i många fall samma företrädare".',
    'The 2021 audit (KPMG) section 3.1: the groups "in many cases have the same representatives".',
  ),
};

export const samePeopleBothSidesRule = defineRule({
  id: 'same-people-both-sides',
  severity: 'info',
  description: text(
    'Ordinarie ledamöter i ett organ som också sitter i organet det rapporterar till.',
    'Regular members of a body who also sit in the body it reports to.',
  ),
  about: ABOUT,
  find(ctx: AnalysisContext): FoundIssue[] {
    const out: FoundIssue[] = [];
    // Index loops: a rule runs once an analysis, too seldom to be optimised, and unoptimised for…of makes an iterator result per element.
    // The lines' body positions and kinds as the context indexed them (no id looked up a line).
    const { lineFrom, lineTo, linePath } = ctx;
    for (let i = 0; i < ctx.lines.length; i++) {
      const to = lineTo[i] as number;
      if (linePath[i] !== 1 || to < 0) continue;
      const from = lineFrom[i] as number;
      if (ctx.seatCount(from) === 0 || ctx.seatCount(to) === 0 || ctx.partOfRelatedAt(from, to)) continue;
      const l = ctx.lines[i] as ReportingLine;
      const shared: MemberId[] = ctx.sharedMembers(from, to);
      if (shared.length === 0) continue;
      out.push(issue(l.id, structureElements([l.from, l.to], shared, [l.id]), sharedMessage(ctx.names, l.from, l.to, shared), FIX));
    }
    return out;
  },
});

/**
 * The sentence of a line between bodies that share members, as an object literal with the class's prototype rather than by `new`:
 * for the reason overlapMessage (overlap.ts) gives. Fields as the constructor sets them.
 */
function sharedMessage(names: Names, from: string, to: string, shared: readonly MemberId[]): Text {
  return { __proto__: SharedMessage.prototype, made: null, names, from, to, shared } as unknown as Text;
}

/** The sentence of a line between bodies that share members, made when first read (one object a finding: thousands on a large map). */
class SharedMessage extends LazyText {
  constructor(
    private readonly names: Names,
    private readonly from: string,
    private readonly to: string,
    private readonly shared: readonly MemberId[],
  ) {
    super();
  }
  protected make(): Text {
    const { names: n } = this;
    const names = listOf(this.shared.map((m) => n.memberName(m)));
    const a = n.label(this.from);
    const b = n.label(this.to);
    return text(
      `${names.sv} sitter både i ${a} och i ${b}, som ${a} rapporterar till. Uppföljningen blir mindre oberoende när samma personer rapporterar och tar emot.`,
      `${names.en} sit both in ${a} and in ${b}, which ${a} reports to. Follow-up is less independent when the same people report and receive.`,
    );
  }
}
