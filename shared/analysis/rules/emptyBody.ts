import { text } from '../../i18n/text';
import type { AnalysisContext } from '../context';
import { elements, type Finding, type Rule } from '../types';

function checked(ctx: AnalysisContext) {
  return ctx.bodies.filter((b) => !b.accountable && b.level !== 'external' && b.kind !== 'external_organisation');
}

export const emptyBodyRule: Rule = {
  id: 'empty-body',
  severity: 'warning',
  description: text(
    'Ett organ (varken ansvarigt eller externt) utan nuvarande ordinarie ledamöter.',
    'A body (neither accountable nor external) with no current regular members.',
  ),
  run(ctx: AnalysisContext): Finding[] {
    return checked(ctx)
      .filter((b) => ctx.seatCount(ctx.bodyIndex.get(b.id) as number) === 0)
      .map((b) => ({
        rule: 'empty-body',
        severity: 'warning',
        key: `empty-body:${b.id}`,
        elements: elements({ bodies: [b.id] }),
        message: text(
          `${ctx.label(b.id)} har inga ordinarie ledamöter på datumet, så det framgår inte vem som bär dess uppdrag.`,
          `${ctx.label(b.id)} has no regular members on the date, so it is not clear who carries its mandate.`,
        ),
        fix: text('Lägg till ledamöterna (befattningar räcker), eller avsluta organet om det inte längre finns.', 'Add its members (positions are enough), or end the body if it no longer exists.'),
      }));
  },
};

export const noChairRule: Rule = {
  id: 'no-chair',
  severity: 'info',
  description: text('Ett organ med ledamöter men ingen ordförande.', 'A body with members but no one in the chair.'),
  run(ctx: AnalysisContext): Finding[] {
    return checked(ctx)
      .filter((b) => ctx.seatCount(ctx.bodyIndex.get(b.id) as number) > 0 && !ctx.chaired.has(b.id))
      .map((b) => ({
        rule: 'no-chair',
        severity: 'info',
        key: `no-chair:${b.id}`,
        elements: elements({ bodies: [b.id] }),
        message: text(
          `${ctx.label(b.id)} har ledamöter men ingen ordförande, så det är oklart vem som leder och kallar.`,
          `${ctx.label(b.id)} has members but no chair, so it is unclear who leads and convenes it.`,
        ),
        fix: text('Ge en av ledamöterna rollen ordförande.', 'Give one of the members the chair role.'),
      }));
  },
};
