import { text } from '../../i18n/text';
import type { AnalysisContext } from '../context';
import { defineRule, elements, type FoundIssue } from '../finding';

export const noChairRule = defineRule({
  id: 'no-chair',
  severity: 'info',
  description: text('Ett organ med ledamöter men ingen ordförande.', 'A body with members but no one in the chair.'),
  find(ctx: AnalysisContext): FoundIssue[] {
    return ctx.ordinaryBodies
      .filter((b) => ctx.seatCount(ctx.bodyIndex.get(b.id) as number) > 0 && !ctx.chaired.has(b.id))
      .map((b) => ({
        subject: b.id,
        elements: elements({ bodies: [b.id] }),
        message: text(
          `${ctx.label(b.id)} har ledamöter men ingen ordförande, så det är oklart vem som leder och kallar.`,
          `${ctx.label(b.id)} has members but no chair, so it is unclear who leads and convenes it.`,
        ),
        fix: FIX,
      }));
  },
});

const FIX = text('Ge en av ledamöterna rollen ordförande.', 'Give one of the members the chair role.');
