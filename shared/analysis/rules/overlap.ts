import { LazyText, listOf, text, type Text } from '../../i18n/text';
import type { BodyId, MemberId } from '../../model/ids';
import type { AnalysisContext } from '../context';
import { defineRule, type RuleAbout, structureElements, issue, type FoundIssue } from '../finding';
import { forEachSharedPair } from '../seats';
import type { Names } from '../names';

const FIX = text(
  'Renodla uppdragen eller slå ihop organen; eller kvittera fyndet om överlappet är avsiktligt.',
  'Separate the mandates or merge the bodies; or acknowledge the finding if the overlap is intended.',
);

/** For the checks reference (docs/reference/checks.md). */
const ABOUT: RuleAbout = {
  why: text(
    'Samma personer i två grupper gör det oklart vilken grupp som beslutar vad, och tid går åt till att behandla samma fråga två gånger.',
    'The same people in two groups make it unclear which group decides what, and time goes to handling one matter twice.',
  ),
  fix: FIX,
  source: text(
    'Granskningen 2021 (KPMG) avsnitt 3.1: rollfördelningen mellan SOG och ledningsgruppen var otydlig, "mycket troligtvis beroende på att grupperna i många fall har samma företrädare".',
    'The 2021 audit (KPMG) section 3.1: the division of roles between SOG and the management group was unclear, "very likely because the groups in many cases have the same representatives".',
  ),
};

export const overlapRule = defineRule({
  id: 'overlap',
  severity: 'warning',
  description: text(
    'Två organ som till stor del har samma ordinarie ledamöter (andel av det mindre organet, minst två gemensamma).',
    'Two bodies that largely share their regular members (share of the smaller body, at least two in common).',
  ),
  about: ABOUT,
  find(ctx: AnalysisContext): FoundIssue[] {
    const { overlapThreshold, overlapMinShared } = ctx.settings;
    const out: FoundIssue[] = [];
    forEachSharedPair(ctx, Math.max(2, overlapMinShared), (first, second, count) => {
      const a = ctx.bodies[first];
      const b = ctx.bodies[second];
      if (!a || !b) return;
      const smaller = Math.min(ctx.seatCount(first), ctx.seatCount(second));
      if (count / smaller < overlapThreshold || ctx.partOfRelatedAt(first, second)) return;
      const shared = ctx.sharedMembers(first, second);
      const pct = Math.round((count / smaller) * 100);
      out.push(issue(`${a.id}|${b.id}`, structureElements([a.id, b.id] as BodyId[], shared), overlapMessage(ctx.names, a.id, b.id, count, pct, shared), FIX));
    });
    return out;
  },
});

/**
 * The sentence of an overlap, as an object literal with the class's prototype rather than by `new`:
 * V8 learns for each literal whether its objects outlive a scavenge and then allocates them in the old generation,
 * an object made by `new` never, so thousands of these a run were copied by the scavenge in
 * the middle of it and promoted by the next (about 2 MB a run on the 5,800-body map with
 * the other two such rules). Fields as the constructor sets them.
 */
function overlapMessage(names: Names, a: string, b: string, count: number, pct: number, shared: readonly MemberId[]): Text {
  return { __proto__: OverlapMessage.prototype, made: null, names, a, b, count, pct, shared } as unknown as Text;
}

/** The sentence of an overlap, made when first read (one object a finding: thousands on a large map). */
class OverlapMessage extends LazyText {
  constructor(
    private readonly names: Names,
    private readonly a: string,
    private readonly b: string,
    private readonly count: number,
    private readonly pct: number,
    private readonly shared: readonly MemberId[],
  ) {
    super();
  }
  protected make(): Text {
    const { names: n, count, pct } = this;
    const la = n.label(this.a);
    const lb = n.label(this.b);
    const names = listOf(this.shared.map((m) => n.memberName(m)));
    return text(
      `${la} och ${lb} har ${count} gemensamma ordinarie ledamöter (${pct} % av det mindre organet): ${names.sv}. När samma personer sitter i båda blir gränsen mellan organens uppdrag otydlig.`,
      `${la} and ${lb} share ${count} regular members (${pct}% of the smaller body): ${names.en}. When the same people sit in both, the line between their mandates blurs.`,
    );
  }
}
