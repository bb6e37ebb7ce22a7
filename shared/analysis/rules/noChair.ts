import { text } from '../../i18n/text';
import type { AnalysisContext } from '../context';
import { defineRule, type RuleAbout, structureElements, type FoundIssue } from '../finding';

const FIX = text('Ge en av ledamöterna rollen ordförande.', 'Give one of the members the chair role.');

/** For the checks reference (docs/reference/checks.md). */
const ABOUT: RuleAbout = {
  why: text(
    'Utan ordförande är det oklart vem som leder, kallar och ansvarar för att organet gör sitt uppdrag.',
    'Without a chair it is unclear who leads, convenes and answers for the body doing its mandate.',
  ),
  fix: FIX,
  source: text(
    'Mandats egen kontroll av att kartan hänger ihop; ingen av granskningarna pekar ut just detta.',
    'Mandat\'s own check that the map holds together; neither audit points to this in particular.',
  ),
};

export const noChairRule = defineRule({
  id: 'no-chair',
  severity: 'info',
  description: text('Ett organ med ledamöter men ingen ordförande.', 'A body with members but no one in the chair.'),
  about: ABOUT,
  find(ctx: AnalysisContext): FoundIssue[] {
    return ctx.ordinaryBodies
      .filter((b) => ctx.seatCount(ctx.bodyIndex.get(b.id) as number) > 0 && !ctx.chaired.has(b.id))
      .map((b) => ({
        subject: b.id,
        elements: structureElements([b.id]),
        message: text(
          `${ctx.label(b.id)} har ledamöter men ingen ordförande, så det är oklart vem som leder och kallar.`,
          `${ctx.label(b.id)} has members but no chair, so it is unclear who leads and convenes it.`,
        ),
        fix: FIX,
      }));
  },
});
