import { listOf, text } from '../../i18n/text';
import type { BodyId, MemberId } from '../../model/ids';
import type { AnalysisContext } from '../context';
import { elements, type Finding, type Rule } from '../types';

/**
 * Pairs of bodies that share members, counted through each member's bodies rather
 * than by comparing every pair of bodies, so the cost follows the memberships.
 */
export function sharedMemberCounts(ctx: AnalysisContext): Map<number, number> {
  const index = new Map<string, number>();
  ctx.bodies.forEach((b, i) => index.set(b.id, i));
  const bodiesOf = new Map<MemberId, number[]>();
  for (const [body, members] of ctx.regularMembers) {
    const bi = index.get(body) as number;
    for (const m of members) {
      const list = bodiesOf.get(m);
      if (list) list.push(bi);
      else bodiesOf.set(m, [bi]);
    }
  }
  const n = ctx.bodies.length;
  const counts = new Map<number, number>();
  for (const list of bodiesOf.values()) {
    if (list.length < 2) continue;
    list.sort((a, b) => a - b);
    for (let i = 0; i < list.length; i++) {
      const base = (list[i] as number) * n;
      for (let j = i + 1; j < list.length; j++) {
        const key = base + (list[j] as number);
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
  }
  return counts;
}

export const overlapRule: Rule = {
  id: 'overlap',
  severity: 'warning',
  description: text(
    'Två organ som till stor del har samma ordinarie ledamöter (andel av det mindre organet, minst två gemensamma).',
    'Two bodies that largely share their regular members (share of the smaller body, at least two in common).',
  ),
  run(ctx: AnalysisContext): Finding[] {
    const { overlapThreshold, overlapMinShared } = ctx.settings;
    const minShared = Math.max(2, overlapMinShared);
    const n = ctx.bodies.length;
    const out: Finding[] = [];
    for (const [key, count] of sharedMemberCounts(ctx)) {
      if (count < minShared) continue;
      const a = ctx.bodies[Math.floor(key / n)];
      const b = ctx.bodies[key % n];
      if (!a || !b) continue;
      const ma = ctx.regularMembers.get(a.id) as ReadonlySet<MemberId>;
      const mb = ctx.regularMembers.get(b.id) as ReadonlySet<MemberId>;
      const smaller = Math.min(ma.size, mb.size);
      if (count / smaller < overlapThreshold || ctx.partOfRelated(a.id, b.id)) continue;
      const shared = [...ma].filter((m) => mb.has(m)).sort();
      const pct = Math.round((count / smaller) * 100);
      const la = ctx.label(a.id);
      const lb = ctx.label(b.id);
      const names = listOf(shared.map((m) => ctx.memberName(m)));
      out.push({
        rule: 'overlap',
        severity: 'warning',
        key: `overlap:${a.id}|${b.id}`,
        elements: elements({ bodies: [a.id, b.id] as BodyId[], members: shared }),
        message: text(
          `${la} och ${lb} har ${count} gemensamma ordinarie ledamöter (${pct} % av det mindre organet): ${names.sv}. När samma personer sitter i båda blir gränsen mellan organens uppdrag otydlig.`,
          `${la} and ${lb} share ${count} regular members (${pct}% of the smaller body): ${names.en}. When the same people sit in both, the line between their mandates blurs.`,
        ),
        fix: text(
          `Renodla uppdragen eller slå ihop organen; eller kvittera fyndet om överlappet är avsiktligt.`,
          `Separate the mandates or merge the bodies; or acknowledge the finding if the overlap is intended.`,
        ),
      });
    }
    return out;
  },
};
