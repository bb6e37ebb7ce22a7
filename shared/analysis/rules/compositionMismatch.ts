import { listOf, text } from '../../i18n/text';
import type { MemberId } from '../../model/ids';
import { get } from '../../model/records';
import type { AnalysisContext } from '../context';
import { elements, type Finding, type Rule } from '../types';

/** Titles compare ignoring case and surrounding spaces. */
export function sameTitle(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase('sv') === b.trim().toLocaleLowerCase('sv');
}

export const compositionMismatchRule: Rule = {
  id: 'composition-mismatch',
  severity: 'warning',
  description: text(
    'En titel eller ledamot som uppdraget kräver men som ingen nuvarande ordinarie ledamot fyller.',
    'A title or member the mandate requires that no current regular member fills.',
  ),
  run(ctx: AnalysisContext): Finding[] {
    const out: Finding[] = [];
    for (const b of ctx.bodies) {
      if (b.mandate.requiredMembers.length === 0) continue;
      const regular = ctx.regularMembers.get(b.id) ?? new Set<MemberId>();
      const titles = [...regular].map((m) => get(ctx.model.members, m)?.title ?? '');
      const unfilled = b.mandate.requiredMembers.filter((req) =>
        get(ctx.model.members, req) !== undefined ? !regular.has(req as MemberId) : !titles.some((t) => sameTitle(t, req)),
      );
      if (unfilled.length === 0) continue;
      const shown = listOf(unfilled.map((r) => get(ctx.model.members, r)?.name ?? r.trim()));
      const label = ctx.label(b.id);
      out.push({
        rule: 'composition-mismatch',
        severity: 'warning',
        key: `composition-mismatch:${b.id}`,
        elements: elements({
          bodies: [b.id],
          members: unfilled.filter((r) => get(ctx.model.members, r) !== undefined) as MemberId[],
        }),
        message: text(
          `Enligt uppdraget ska ${label} ha ${shown.sv}, men ingen nuvarande ordinarie ledamot fyller det.`,
          `By its mandate ${label} shall include ${shown.en}, but no current regular member fills that.`,
        ),
        fix: text(
          'Lägg till en ledamot med den titeln (som ordinarie, inte "bjuds in vid behov"), eller ändra uppdraget om kravet inte längre gäller.',
          'Add a member with that title (as a regular member, not "invited when needed"), or change the mandate if the requirement no longer applies.',
        ),
      });
    }
    return out;
  },
};
