import { text } from '../../i18n/text';
import type { AnalysisContext } from '../context';
import { defineRule, type RuleAbout, structureElements, type FoundIssue } from '../finding';

const FIX = text('Lägg till ledamöterna (befattningar räcker), eller avsluta organet om det inte längre finns.', 'Add its members (positions are enough), or end the body if it no longer exists.');

/** For the checks reference (docs/reference/checks.md). */
const ABOUT: RuleAbout = {
  why: text(
    'Ett organ utan ledamöter kan inte fullgöra sitt uppdrag; antingen saknas uppgifterna eller organet finns inte längre.',
    'A body without members cannot carry out its mandate; either the information is missing or the body no longer exists.',
  ),
  fix: FIX,
  source: text(
    'Mandats egen kontroll av att kartan hänger ihop; ingen av granskningarna pekar ut just detta.',
    'Mandat\'s own check that the map holds together; neither audit points to this in particular.',
  ),
};

export const emptyBodyRule = defineRule({
  id: 'empty-body',
  severity: 'warning',
  description: text(
    'Ett organ (varken ansvarigt eller externt) utan nuvarande ordinarie ledamöter.',
    'A body (neither accountable nor external) with no current regular members.',
  ),
  about: ABOUT,
  find(ctx: AnalysisContext): FoundIssue[] {
    return ctx.ordinaryBodies
      .filter((b) => ctx.seatCount(ctx.bodyIndex.get(b.id) as number) === 0)
      .map((b) => ({
        subject: b.id,
        elements: structureElements([b.id]),
        message: text(
          `${ctx.label(b.id)} har inga ordinarie ledamöter på datumet, så det framgår inte vem som bär dess uppdrag.`,
          `${ctx.label(b.id)} has no regular members on the date, so it is not clear who carries its mandate.`,
        ),
        fix: FIX,
      }));
  },
});
