import { text } from '../../i18n/text';
import { isValidOn } from '../../time/isoDate';
import type { AnalysisContext } from '../context';
import { defineRule, elements, type FoundIssue, type RuleAbout } from '../finding';
import { LAW_IN_FORCE, SOURCES } from '../law/sources';

/** For the checks reference (docs/reference/checks.md); the source is the rule's own. */
const ABOUT: RuleAbout = {
  why: text(
    'Utan en utpekad samordningsfunktion finns ingen som håller ihop det brottsförebyggande arbetet mellan förvaltningar, bolag och polis.',
    'Without a designated coordination function no one holds crime prevention together across departments, companies and the police.',
  ),
  fix: text(
    'Peka ut vilket organ eller vilken person som är kommunens samordningsfunktion och från vilket datum, och lägg in det i kartan.',
    'Designate which body or person is the municipality’s coordination function and from which date, and enter it in the map.',
  ),
  source: SOURCES.coordination,
};

/** Lag (2023:196), prop. 2022/23:43: a samordningsfunktion, held by a body that exists or a member on the map. */
export const noCoordinationFunctionRule = defineRule({
  id: 'no-coordination-function',
  severity: 'error',
  description: text(
    'Ingen samordningsfunktion finns på datumet (från 2023-07-01, när lagen trädde i kraft).',
    'No coordination function exists on the date (from 2023-07-01, when the act came into force).',
  ),
  about: ABOUT,
  source: SOURCES.coordination,
  find(ctx: AnalysisContext): FoundIssue[] {
    if (ctx.asOf < LAW_IN_FORCE) return [];
    for (const c of ctx.model.coordination.values()) {
      if (!isValidOn(c, ctx.asOf)) continue;
      if ((c.body !== null && ctx.activeBody.has(c.body)) || (c.member !== null && ctx.model.members.has(c.member))) return [];
    }
    return [
      {
        subject: 'municipality',
        elements: elements({}),
        message: text(
          `Kartan anger ingen samordningsfunktion ${ctx.asOf}. Lagen kräver att kommunen inrättar en samordningsfunktion för det brottsförebyggande arbetet.`,
          `The map names no coordination function on ${ctx.asOf}. The act requires the municipality to set up a coordination function for crime prevention.`,
        ),
        fix: text(
          'Ange vilket organ eller vilken person som är kommunens samordningsfunktion och från vilket datum.',
          'Enter which body or person is the municipality’s coordination function, and from which date.',
        ),
      },
    ];
  },
});
