import { LazyText, listOf, text, type Text } from '../../i18n/text';
import type { BodyId, MemberId } from '../../model/ids';
import type { AnalysisContext } from '../context';
import { defineRule, elements, type FoundIssue } from '../finding';
import { forEachSharedPair } from '../seats';

export const overlapRule = defineRule({
  id: 'overlap',
  severity: 'warning',
  description: text(
    'Två organ som till stor del har samma ordinarie ledamöter (andel av det mindre organet, minst två gemensamma).',
    'Two bodies that largely share their regular members (share of the smaller body, at least two in common).',
  ),
  find(ctx: AnalysisContext): FoundIssue[] {
    const { overlapThreshold, overlapMinShared } = ctx.settings;
    const out: FoundIssue[] = [];
    forEachSharedPair(ctx, Math.max(2, overlapMinShared), (first, second, count) => {
      const a = ctx.bodies[first];
      const b = ctx.bodies[second];
      if (!a || !b) return;
      const smaller = Math.min(ctx.seatCount(first), ctx.seatCount(second));
      if (count / smaller < overlapThreshold || ctx.partOfRelated(a.id, b.id)) return;
      const shared = ctx.sharedMembers(first, second);
      const pct = Math.round((count / smaller) * 100);
      out.push({
        subject: `${a.id}|${b.id}`,
        elements: elements({ bodies: [a.id, b.id] as BodyId[], members: shared }),
        message: new OverlapMessage(ctx, a.id, b.id, count, pct, shared),
        fix: FIX,
      });
    });
    return out;
  },
});

/** The sentence of an overlap, made when first read (one object a finding: thousands on a large map). */
class OverlapMessage extends LazyText {
  constructor(
    private readonly ctx: AnalysisContext,
    private readonly a: string,
    private readonly b: string,
    private readonly count: number,
    private readonly pct: number,
    private readonly shared: readonly MemberId[],
  ) {
    super();
  }
  protected make(): Text {
    const { ctx, count, pct } = this;
    const la = ctx.label(this.a);
    const lb = ctx.label(this.b);
    const names = listOf(this.shared.map((m) => ctx.memberName(m)));
    return text(
      `${la} och ${lb} har ${count} gemensamma ordinarie ledamöter (${pct} % av det mindre organet): ${names.sv}. När samma personer sitter i båda blir gränsen mellan organens uppdrag otydlig.`,
      `${la} and ${lb} share ${count} regular members (${pct}% of the smaller body): ${names.en}. When the same people sit in both, the line between their mandates blurs.`,
    );
  }
}

const FIX = text(
  'Renodla uppdragen eller slå ihop organen; eller kvittera fyndet om överlappet är avsiktligt.',
  'Separate the mandates or merge the bodies; or acknowledge the finding if the overlap is intended.',
);
